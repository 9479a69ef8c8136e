# riscv64: compiler flags per ABI.
#
# lp64d (default): rv64gc is what QEMU virt's CPU implements and what the
# Debian toolchain's default multilib is; hard float exercises crt0's FPU
# enable (mstatus.FS).  lp64: soft-float rv64imac, for cores without F/D and
# for the ABI checker.
KIT_ABI      := $(or $(ABI),lp64d)
CROSS        := riscv64-unknown-elf-
abi_march_lp64d := rv64imafdc
abi_march_lp64  := rv64imac
KIT_MARCH    := $(abi_march_$(KIT_ABI))
$(if $(KIT_MARCH),,$(error riscv64 has no ABI '$(KIT_ABI)' (choose lp64d or lp64)))

# -march must stay a multilib name: with _zicsr in the driver's -march GCC 12
# silently falls back to the default multilib.  The assembler alone gets the
# extensions it needs for csrr/csrw and fence.i (DESIGN.md).
ARCH_CFLAGS  := -march=$(KIT_MARCH) -mabi=$(KIT_ABI) -mcmodel=medany \
                -Wa,-march=$(KIT_MARCH)_zicsr_zifencei
# For the kit's own code: with ISA spec 2.2, I includes the CSR and fence.i
# instructions.  -Wa,-march alone is not enough: GCC writes the -march
# string into the assembly (.attribute arch), and gas obeys that over its
# command line, so rv32imac code could not use csrr.  (Kept out of
# NEWLIB_CFLAGS: newlib has no CSR code outside F/D, which imply Zicsr.)
KIT_ARCH_CFLAGS := -misa-spec=2.2
ARCH_LDFLAGS :=
NEWLIB_TARGET := riscv64-unknown-elf
ARCH_FAMILY  := riscv
