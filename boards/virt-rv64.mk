# QEMU `virt`, riscv64, running in M-mode with no firmware (-bios none).
# All data: the Makefile turns these into compiler defines, the linker
# memory map and the QEMU command line.
BOARD_ARCH           := riscv64
# privilege level main() runs in
BOARD_MODE           := m
# -semihosting: the command line (make run ARGS=) arrives in one trap
# (platform/bootargs.c); the exit still goes through the test finisher.
BOARD_QEMU           := qemu-system-riscv64 -M virt -m 128M -bios none -semihosting
BOARD_RAM_ORIGIN     := 0x80000000
# QEMU puts the DTB in the last 2 MiB below the end of RAM (hw/riscv/boot.c),
# so the image keeps out of it.
BOARD_RAM_LENGTH     := 126M
BOARD_QEMU_RAM_BASE  := 0x80000000
BOARD_CONSOLE        := ns16550a
BOARD_CONSOLE_BASE   := 0x10000000
# QEMU's test finisher device
BOARD_EXIT           := sifive_test
BOARD_EXIT_BASE      := 0x100000
# virt timebase-frequency (DTB)
BOARD_TIMER_HZ       := 10000000
BOARD_BOOT_HART      := 0
# The privilege level the image is entered in: 3 = M-mode.
BOARD_ENTRY_LEVEL    := 3
BOARD_MAX_HARTS      := 8
# kit_hart_start: a CLINT software interrupt (msip registers at the base)
BOARD_HART_START     := clint
BOARD_CLINT_BASE     := 0x2000000
# Timer interrupt: the CLINT's mtimecmp (M-mode)
BOARD_TIMER          := clint
# The date: virt's Goldfish RTC (devicetree "google,goldfish-rtc"), in
# nanoseconds since the epoch, the host's time at QEMU's start.
BOARD_RTC            := goldfish
BOARD_RTC_BASE       := 0x101000
# virt's eight virtio-mmio transports (hw/riscv/virt.c: VIRTIO, 0x1000
# apart); QEMU puts a -device on the highest free one, 0x10008000.  The
# virtio-rng device backs getentropy; virtio 1.x, not QEMU 7.2's legacy
# default (drivers/virtio/virtio_rng.c says why).
BOARD_VIRTIO_MMIO_BASE   := 0x10001000
BOARD_VIRTIO_MMIO_STRIDE := 0x1000
BOARD_VIRTIO_MMIO_COUNT  := 8
BOARD_QEMU_DEVICES   := -device virtio-rng-device -global virtio-mmio.force-legacy=false
