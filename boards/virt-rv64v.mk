# QEMU `virt`, riscv64 in M-mode, with the vector extension (RVV 1.0,
# VLEN = 256 bits): virt-rv64 with a CPU that has V.
# Not in boards.list: a variant of virt-rv64, tested whenever virt-rv64 is,
# with the tests that need or exercise what it adds (a vector unit): the
# checked-call suite, which fills the vector registers.
include boards/virt-rv64.mk
BOARD_VARIANT_OF     := virt-rv64
BOARD_QEMU           := qemu-system-riscv64 -M virt -m 128M -bios none \
                        -cpu rv64,v=true,vlen=256,elen=64,vext_spec=v1.0 -semihosting
# The vector length the CPU above has, in bits: abi/tests checks that boot
# enabled the unit (mstatus.VS) and that the harness found this length.
BOARD_ABI_VECTOR_BITS := 256
