# QEMU `virt`, aarch64, entered at EL1 (QEMU's default for -kernel ELF).
BOARD_ARCH           := aarch64
BOARD_MODE           := el1
BOARD_QEMU           := qemu-system-aarch64 -M virt -cpu cortex-a53 -m 128M \
                        -semihosting -nic none
# The image starts 2 MiB into RAM: QEMU 7.2 places its 1 MiB DTB at the
# start of RAM only when every loaded segment is in RAM and the image starts
# at least 1 MiB above it (at 0x40080000 the blob does not fit and QEMU
# silently loads none; checked with a probe reading the FDT magic).
BOARD_RAM_ORIGIN     := 0x40200000
BOARD_RAM_LENGTH     := 126M
BOARD_QEMU_RAM_BASE  := 0x40000000
BOARD_CONSOLE        := pl011
BOARD_CONSOLE_BASE   := 0x09000000
# SYS_EXIT; needs QEMU -semihosting
BOARD_EXIT           := semihosting
BOARD_EXIT_BASE      := 0
# 0: read CNTFRQ_EL0 at run time
BOARD_TIMER_HZ       := 0
BOARD_BOOT_HART      := 0
# QEMU starts a -kernel ELF at EL1 unless the machine has EL2/EL3.
BOARD_ENTRY_LEVEL    := 1
# Where QEMU puts the DTB: the start of RAM (the image leaves it room).
BOARD_DTB_ADDR       := 0x40000000
# QEMU 7.2 with -dtb FILE opens the blob into (size + 10000) x 2 bytes and
# loads none at all, silently, when that exceeds the 2 MiB below the image:
# a -dtb file may have at most 2 MiB / 2 - 10000 = 1038576 bytes
# (checked: 1038000 loads, 1039000 does not; QEMU's own -M virt,dumpdtb=
# blob is 1 MiB, too big).
BOARD_DTB_MAX        := 1038576
BOARD_MAX_HARTS      := 8
# Normal (cacheable) memory for the MMU: where virt can have RAM (from
# 1 GiB up to 256 GiB: -m 8G puts RAM above 4 GiB, and the heap follows)
BOARD_MMU_RAM_START  := 0x40000000
BOARD_MMU_RAM_END    := 0x4000000000
# kit_hart_start: PSCI CPU_ON; QEMU answers HVC for an EL1 guest
BOARD_HART_START     := psci
BOARD_PSCI           := hvc
# Timer interrupt: the EL1 virtual timer (PPI 27) through virt's default
# GICv2 (QEMU 7.2: -M virt,gic-version=2); -el2/-el3 include this file
BOARD_TIMER          := gicv2
BOARD_GIC_DIST       := 0x08000000
BOARD_GIC_CPU        := 0x08010000
# The date: virt's PL031 RTC (devicetree "arm,pl031"), whole seconds since
# the epoch, the host's time at QEMU's start.
BOARD_RTC            := pl031
BOARD_RTC_BASE       := 0x09010000
# virt's 32 virtio-mmio transports (hw/arm/virt.c: VIRT_MMIO, 0x200
# apart); QEMU puts a -device on the highest free one, 0x0a003e00.  The
# virtio-rng device backs getentropy; virtio 1.x, not QEMU 7.2's legacy
# default (drivers/virtio/virtio_rng.c says why).  Both are Device memory
# in the kit's page tables (all of the low 4 GiB outside RAM).
BOARD_VIRTIO_MMIO_BASE   := 0x0a000000
BOARD_VIRTIO_MMIO_STRIDE := 0x200
BOARD_VIRTIO_MMIO_COUNT  := 32
BOARD_QEMU_DEVICES   := -device virtio-rng-device -global virtio-mmio.force-legacy=false
# U-Boot (u-boot-qemu's qemu_arm64) as QEMU's firmware: it starts at EL1,
# or EL2 with virtualization=on (virt-aarch64-el2), and boots the image
# with booti from $kernel_addr_r (booti moves it to 0x40200000, as the
# header asks) or with bootm (a standalone uImage: MMU and caches on).
BOARD_UBOOT          := /usr/lib/u-boot/qemu_arm64/u-boot.bin
BOARD_UBOOT_SPARE    := 0x44000000
