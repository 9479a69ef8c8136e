# QEMU `virt`, riscv32, running in M-mode with no firmware (-bios none):
# the same machine as virt-rv64 (addresses, devices, DTB placement), seen
# by a 32-bit hart.
include boards/virt-rv64.mk
BOARD_ARCH           := riscv32
BOARD_QEMU           := qemu-system-riscv32 -M virt -m 128M -bios none -semihosting
