# abi/tests/app.mk: the checked-call test suite as a kit app.
#   make run ARCH=riscv64 ABI=lp64d APP=abi/tests
# main.c (this directory) is found by the kit; this adds the harness and the
# routines under test for the architecture being built.  Both RISC-V widths
# share abi/riscv/.
abi_arch := $(if $(filter riscv%,$(KIT_ARCH)),riscv,$(KIT_ARCH))
APP_SRCS += abi/checked_call.c abi/$(abi_arch)/trampoline.S \
            abi/tests/$(abi_arch)/routines.S
