# QEMU `raspi3b` (Raspberry Pi 3 Model B, BCM2837, 4 x Cortex-A53).
# The image loads at 0x80000 as on the real board (the firmware's
# kernel8.img address); RAM starts at 0, the peripherals at 0x3f000000.
BOARD_ARCH           := aarch64
BOARD_MODE           := el1
BOARD_QEMU           := qemu-system-aarch64 -M raspi3b -semihosting
BOARD_RAM_ORIGIN     := 0x80000
BOARD_RAM_LENGTH     := 0xff80000
BOARD_CONSOLE        := pl011
BOARD_CONSOLE_BASE   := 0x3f201000
# No power-off device with a status: semihosting SYS_EXIT.
BOARD_EXIT           := semihosting
BOARD_EXIT_BASE      := 0
# 0: read CNTFRQ_EL0
BOARD_TIMER_HZ       := 0
BOARD_BOOT_HART      := 0
# QEMU starts a bare ELF on raspi3b at EL3 (the real firmware: EL2)
BOARD_ENTRY_LEVEL    := 3
BOARD_MAX_HARTS      := 4
# Normal memory: the ARM's share of SDRAM, below the peripherals.
BOARD_MMU_RAM_START  := 0x0
BOARD_MMU_RAM_END    := 0x3f000000
# kit_hart_start: the firmware's spin table of release addresses at 0xd8
BOARD_HART_START     := spintable
BOARD_SPIN_TABLE     := 0xd8
# The doorbell that wakes a waiting core: the BCM2836 "ARM local
# peripherals" block (interrupt routing, per-core mailboxes), whose
# mailbox 3 of a core raises that core's IRQ line (QEMU
# hw/intc/bcm2836_control.c; the BCM2836 ARM-local peripherals document)
BOARD_HART_DOORBELL  := 0x40000000
# The firmware's spin table (0xd8) is in page 0: keep it mapped, so NULL
# is not caught on this board
BOARD_MMU_NULL_GUARD := 0
# No timer interrupt: the BCM2836 local interrupt controller routes the
# cores' timers, not a GIC, and the kit has no driver for it (ENOSYS)
BOARD_TIMER          := none
# QEMU's raspi3b hands a bare ELF no devicetree: link none of the reader.
BOARD_DEVICETREE     := none
# No real-time clock (the BCM2837 has none; the Pi keeps time over the
# network): the date counts from reset.  QEMU 7.2 models no RNG200 for
# raspi3b the kit drives: getentropy fails ENOSYS.
BOARD_RTC            := none
