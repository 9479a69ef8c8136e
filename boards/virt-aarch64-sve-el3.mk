# virt-aarch64-sve entered at EL3 with EL2 present (secure=on,
# virtualization=on): boot passes EL3 and programs EL2 on the way down, so
# CPTR_EL3.EZ, ZCR_EL3, CPTR_EL2.TZ and ZCR_EL2 must all be right.
# Not in boards.list (see virt-aarch64-sve.mk).
include boards/virt-aarch64-el3.mk
BOARD_VARIANT_OF     := virt-aarch64-el3
BOARD_QEMU           := qemu-system-aarch64 -M virt,secure=on,virtualization=on \
                        -cpu max,sve-max-vq=2 -m 128M -semihosting -nic none
BOARD_ABI_VECTOR_BITS := 256
