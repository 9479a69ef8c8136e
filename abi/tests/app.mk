# abi/tests/app.mk: the checked-call test suite as a kit app.
#   make run ARCH=riscv64 ABI=lp64d APP=abi/tests
# main.c (this directory) is found by the kit; abi/app.mk adds the harness
# and the routines under test for the architecture being built
# (abi/tests/<arch>/routines.S; both RISC-V widths share riscv/).
include abi/app.mk

# A board whose QEMU CPU has a vector unit says so in its data
# (BOARD_ABI_VECTOR_BITS: RVV VLEN or SVE VL); the suite then fails unless
# boot enabled that unit at that length.
ifneq ($(BOARD_ABI_VECTOR_BITS),)
$(BUILD)/obj/abi/tests/main.o: private CFLAGS += -DCC_BOARD_VECTOR_BITS=$(BOARD_ABI_VECTOR_BITS)
endif
