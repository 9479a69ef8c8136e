# QEMU `virt`, riscv32, running in M-mode with no firmware (-bios none).
# Same machine as virt-rv64, seen by a 32-bit hart.
BOARD_ARCH           := riscv32
BOARD_MODE           := m
BOARD_QEMU           := qemu-system-riscv32 -M virt -m 128M -bios none
BOARD_RAM_ORIGIN     := 0x80000000
# The top 2 MiB of RAM hold QEMU's DTB (see virt-rv64.mk).
BOARD_RAM_LENGTH     := 126M
BOARD_CONSOLE        := ns16550a
BOARD_CONSOLE_BASE   := 0x10000000
BOARD_EXIT           := sifive_test
BOARD_EXIT_BASE      := 0x100000
BOARD_TIMER_HZ       := 10000000
BOARD_BOOT_HART      := 0
# The privilege level the image is entered in: 3 = M-mode.
BOARD_ENTRY_LEVEL    := 3
BOARD_MAX_HARTS      := 8
# kit_hart_start: a CLINT software interrupt (msip registers at the base)
BOARD_HART_START     := clint
BOARD_CLINT_BASE     := 0x2000000
