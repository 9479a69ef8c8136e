# QEMU `virt`, aarch64, entered at EL2 (virtualization extensions on).
# crt0 (boot/aarch64/el.S) drops to EL1 before any C runs.
include boards/virt-aarch64.mk
BOARD_QEMU           := qemu-system-aarch64 -M virt,virtualization=on \
                        -cpu cortex-a53 -m 128M -semihosting -nic none
BOARD_ENTRY_LEVEL    := 2
