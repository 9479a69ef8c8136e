# examples/abi-check/app.mk: abi/app.mk adds the checked-call harness and
# this architecture's routines (riscv/, aarch64/; x86_64/ for the host).
include abi/app.mk
