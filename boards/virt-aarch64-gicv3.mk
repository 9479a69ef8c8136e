# QEMU `virt`, aarch64 entered at EL1, with a GICv3 interrupt controller
# (-M virt,gic-version=3) instead of the default GICv2: virt-aarch64 with
# the timer through the GICv3's redistributor and system registers.
# Not in boards.list: a variant of virt-aarch64, tested whenever
# virt-aarch64 is, with the tests that exercise what it adds (the GICv3).
include boards/virt-aarch64.mk
BOARD_VARIANT_OF     := virt-aarch64
BOARD_QEMU           := qemu-system-aarch64 -M virt,gic-version=3 -cpu cortex-a53 \
                        -m 128M -semihosting -nic none
BOARD_TIMER          := gicv3
BOARD_GIC_DIST       := 0x08000000
BOARD_GIC_REDIST     := 0x080a0000
BOARD_GIC_CPU        := 0
