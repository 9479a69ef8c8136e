# virt-aarch64-sve entered at EL2 (virtualization=on): boot must also clear
# CPTR_EL2.TZ and set ZCR_EL2 before SVE works at EL1 with 256 bits.
# Not in boards.list (see virt-aarch64-sve.mk).
include boards/virt-aarch64-el2.mk
BOARD_VARIANT_OF     := virt-aarch64-el2
BOARD_QEMU           := qemu-system-aarch64 -M virt,virtualization=on \
                        -cpu max,sve-max-vq=2 -m 128M -semihosting -nic none
BOARD_ABI_VECTOR_BITS := 256
