# examples/abi-check/app.mk: add the checked-call harness and this
# architecture's routine to the app (both RISC-V widths share riscv/).
abi_arch := $(if $(filter riscv%,$(KIT_ARCH)),riscv,$(KIT_ARCH))
APP_SRCS += abi/checked_call.c abi/$(abi_arch)/trampoline.S \
            examples/abi-check/$(abi_arch)/my_memcpy.S
