# QEMU `virt`, aarch64 entered at EL1, with SVE (-cpu max, vector length
# limited to 256 bits): virt-aarch64 with a CPU that has SVE.
# Not in boards.list: make test boots only the checked-call suite on it
# (tests/tests.mk, ABI_VECTOR_BOARDS), which fills the SVE registers.
include boards/virt-aarch64.mk
BOARD_QEMU           := qemu-system-aarch64 -M virt -cpu max,sve-max-vq=2 \
                        -m 128M -semihosting -nic none
# The vector length the CPU above allows, in bits: abi/tests checks that
# boot enabled SVE (CPACR_EL1.ZEN) and asked for it (ZCR_EL1: at reset the
# length may be 128 bits).
BOARD_ABI_VECTOR_BITS := 256
