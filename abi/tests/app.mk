# abi/tests/app.mk: the checked-call test suite as a kit app.
#   make run ARCH=riscv64 ABI=lp64d APP=abi/tests
# main.c (this directory) is found by the kit; abi/app.mk adds the harness
# and the routines under test for the architecture being built
# (abi/tests/<arch>/routines.S; both RISC-V widths share riscv/).
include abi/app.mk
