# riscv32: compiler flags per ABI (see arch-riscv64.mk for the -march rule).
KIT_ABI      := $(or $(ABI),ilp32)
CROSS        := riscv64-unknown-elf-
abi_march_ilp32  := rv32imac
abi_march_ilp32d := rv32imafdc
KIT_MARCH    := $(abi_march_$(KIT_ABI))
$(if $(KIT_MARCH),,$(error riscv32 has no ABI '$(KIT_ABI)' (choose ilp32 or ilp32d)))

ARCH_CFLAGS  := -march=$(KIT_MARCH) -mabi=$(KIT_ABI) -mcmodel=medany \
                -Wa,-march=$(KIT_MARCH)_zicsr_zifencei
# For the kit's own code: with ISA spec 2.2, I includes the CSR and fence.i
# instructions.  -Wa,-march alone is not enough: GCC writes the -march
# string into the assembly (.attribute arch), and gas obeys that over its
# command line, so rv32imac code could not use csrr.  (Kept out of
# NEWLIB_CFLAGS: newlib has no CSR code outside F/D, which imply Zicsr.)
KIT_ARCH_CFLAGS := -misa-spec=2.2
ARCH_LDFLAGS :=
NEWLIB_TARGET := riscv32-unknown-elf
ARCH_FAMILY  := riscv
