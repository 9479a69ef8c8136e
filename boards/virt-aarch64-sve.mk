# QEMU `virt`, aarch64 entered at EL1, with SVE (-cpu max, vector length
# limited to 256 bits): virt-aarch64 with a CPU that has SVE.
# Not in boards.list: a variant of virt-aarch64, tested whenever
# virt-aarch64 is, with the tests that need or exercise what it adds (SVE):
# the checked-call suite, which fills the SVE registers, and timer_sve.
include boards/virt-aarch64.mk
BOARD_VARIANT_OF     := virt-aarch64
BOARD_QEMU           := qemu-system-aarch64 -M virt -cpu max,sve-max-vq=2 \
                        -m 128M -semihosting -nic none
# The vector length the CPU above allows, in bits: abi/tests checks that
# boot enabled SVE (CPACR_EL1.ZEN) and asked for it (ZCR_EL1: at reset the
# length may be 128 bits).
BOARD_ABI_VECTOR_BITS := 256
