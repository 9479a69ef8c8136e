# RISC-V (riscv32 and riscv64): compiler flags per ABI, keyed by XLEN.
#
# riscv64 lp64d (default): rv64gc is what QEMU virt's CPU implements and
# the Debian toolchain's default multilib; hard float exercises crt0's FPU
# enable (mstatus.FS).  lp64: soft-float rv64imac, for cores without F/D
# and for the ABI checker.  riscv32: ilp32 (rv32imac, default, what the
# FE310 has) and ilp32d.
XLEN         := $(patsubst riscv%,%,$(KIT_ARCH))
abi_default_64 := lp64d
abi_default_32 := ilp32
KIT_ABI      := $(or $(ABI),$(abi_default_$(XLEN)))
# Every ABI of this width (make test runs the checker's suites on each).
KIT_ABIS     := $(if $(filter 64,$(XLEN)),lp64d lp64,ilp32 ilp32d)
CROSS        := riscv64-unknown-elf-
abi_march_lp64d  := rv64imafdc
abi_march_lp64   := rv64imac
abi_march_ilp32d := rv32imafdc
abi_march_ilp32  := rv32imac
KIT_MARCH    := $(filter rv$(XLEN)%,$(abi_march_$(KIT_ABI)))
$(if $(KIT_MARCH),,$(error $(KIT_ARCH) has no ABI '$(KIT_ABI)' (choose one of: \
    $(if $(filter 64,$(XLEN)),lp64d lp64,ilp32 ilp32d))))

# -march must stay a multilib name: with _zicsr in the driver's -march,
# GCC 12 silently falls back to the default multilib and links the wrong
# libgcc.  The assembler alone gets the extensions it needs for csrr/csrw
# and fence.i.
ARCH_CFLAGS  := -march=$(KIT_MARCH) -mabi=$(KIT_ABI) -mcmodel=medany \
                -Wa,-march=$(KIT_MARCH)_zicsr_zifencei
# For the kit's own code: with ISA spec 2.2, I includes the CSR and fence.i
# instructions.  -Wa,-march alone is not enough: GCC writes the -march
# string into the assembly (.attribute arch), and gas obeys that over its
# command line, so rv32imac code could not use csrr.  (Kept out of
# NEWLIB_CFLAGS: newlib has no CSR code outside F/D, which imply Zicsr.)
KIT_ARCH_CFLAGS := -misa-spec=2.2
# The kit's own code only (not the program's): prologues and epilogues
# through libgcc's shared __riscv_save_N/__riscv_restore_N routines, a few
# instructions more per call, a few hundred bytes less kit code.
KIT_ARCH_OPT := -msave-restore
# ... except on the per-call path (the Makefile's KIT_CALL_SRCS, KIT_HOT_SRCS).
KIT_ARCH_HOT_OPT := -mno-save-restore
ARCH_LDFLAGS :=
NEWLIB_TARGET := riscv$(XLEN)-unknown-elf
# The compiler's own headers come with it (aarch64 adds them by hand).
ARCH_INCLUDES :=
GCC_INCLUDE   :=
ARCH_FAMILY  := riscv
