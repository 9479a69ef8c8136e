# QEMU `virt`, aarch64, entered at EL3 (TrustZone on: secure=on).
# crt0 (boot/aarch64/el.S) drops to Non-secure EL1 before any C runs.
include boards/virt-aarch64.mk
BOARD_QEMU           := qemu-system-aarch64 -M virt,secure=on \
                        -cpu cortex-a53 -m 128M -semihosting -nic none
BOARD_ENTRY_LEVEL    := 3
# U-Boot starts at EL1 or EL2 (virt-aarch64, -el2); not tested from EL3.
BOARD_UBOOT          :=
