# QEMU `sifive_u` (SiFive HiFive Unleashed, FU540), riscv64, M-mode, no
# firmware.  Five harts: hart 0 is the E51 monitor core (rv64imac: no FPU,
# no S-mode), harts 1-4 are U54 application cores (rv64gc).  The lp64d
# image's C must run on a U54, so hart 1 boots; crt0 leaves the FPU off on
# hart 0 (misa has no F/D there).
BOARD_ARCH           := riscv64
BOARD_MODE           := m
BOARD_QEMU           := qemu-system-riscv64 -M sifive_u -smp 5 -m 128M -bios none \
                        -semihosting
BOARD_RAM_ORIGIN     := 0x80000000
# The top 2 MiB hold QEMU's DTB, as on virt.
BOARD_RAM_LENGTH     := 126M
BOARD_QEMU_RAM_BASE  := 0x80000000
BOARD_CONSOLE        := sifive
BOARD_CONSOLE_BASE   := 0x10010000
# sifive_u has no test finisher, and its GPIO reset line carries no
# status: semihosting SYS_EXIT (QEMU -semihosting) does.
BOARD_EXIT           := semihosting
BOARD_EXIT_BASE      := 0
# RTCCLK: the FU540's timebase is 1 MHz
BOARD_TIMER_HZ       := 1000000
BOARD_BOOT_HART      := 1
BOARD_ENTRY_LEVEL    := 3
BOARD_MAX_HARTS      := 5
BOARD_HART_START     := clint
BOARD_CLINT_BASE     := 0x2000000
# QEMU's SiFive harts have no `time` CSR: read the CLINT's mtime
BOARD_MTIME          := 0x200bff8
# Timer interrupt: the CLINT's mtimecmp (M-mode)
BOARD_TIMER          := clint
# Two UARTs: the console is the one /chosen/stdout-path names, so this
# board reads its devicetree at boot.
BOARD_DEVICETREE     := boot
BOARD_CONSOLE_FROM_DTB := 1
# No real-time clock (the FU540 has none): the date counts from reset.
# No virtio transports: getentropy fails ENOSYS.
BOARD_RTC            := none
