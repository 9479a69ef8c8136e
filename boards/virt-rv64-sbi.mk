# QEMU `virt`, riscv64, the image is an S-mode payload of OpenSBI.
# fw_jump (Debian's opensbi package) jumps to 0x80200000 with a0 = hart
# id, a1 = DTB.  OpenSBI owns the first 2 MiB of RAM and M-mode.
include boards/virt-rv64.mk
BOARD_MODE           := s
BOARD_QEMU           := qemu-system-riscv64 -M virt -m 128M \
                        -bios $(OPENSBI_FW_DIR)/fw_jump.bin -semihosting
BOARD_RAM_ORIGIN     := 0x80200000
BOARD_RAM_LENGTH     := 124M
# fw_jump copies the devicetree to 0x82200000 (FW_JUMP_FDT_ADDR): with
# less RAM (-m 34M and below) it stops before a word is printed.
BOARD_QEMU_RAM_NEED  := 0x82300000
# OpenSBI v1.1's SRST loses the exit code (drivers/exit/sbi_srst.c); the
# test finisher stays reachable from S-mode, so it is used directly.
BOARD_EXIT           := sifive_test
BOARD_ENTRY_LEVEL    := 1
# kit_hart_start: the SBI Hart State Management extension
BOARD_HART_START     := sbi_hsm
# Sv39 identity map (linker/mmu_tables.ld.S): RAM from where S-mode may
# go (OpenSBI keeps the first 2 MiB) up to the 256 GiB an Sv39 identity
# map can reach; devices below 2 GiB.
BOARD_MMU_RAM_START  := 0x80200000
BOARD_MMU_RAM_END    := 0x4000000000
# Timer interrupt: SBI TIME (OpenSBI owns the CLINT)
BOARD_TIMER          := sbi
# U-Boot in S-mode (u-boot-qemu's qemu-riscv64_smode), started by fw_jump
# at 0x80200000; it moves itself to the top of RAM, and its booti moves
# the image from $kernel_addr_r back to 0x80200000, as the header asks.
BOARD_UBOOT          := /usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin
# 256 MiB: its boot script goes to $scriptaddr, 0x8c100000 (a later -m
# wins over BOARD_QEMU's).
BOARD_UBOOT_QEMU     := -m 256M -kernel $(BOARD_UBOOT)
BOARD_UBOOT_SPARE    := 0x86000000
