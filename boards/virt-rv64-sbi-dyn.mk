# As virt-rv64-sbi, but with QEMU's own firmware (-bios default: OpenSBI
# v1.1 fw_dynamic), which jumps to the lowest loaded address of the ELF.
# linker/kit.ld makes that the image header, whose first word jumps to
# _start: no ELF header is loaded.
include boards/virt-rv64-sbi.mk
BOARD_QEMU           := qemu-system-riscv64 -M virt -m 128M -bios default -semihosting
# fw_dynamic takes the devicetree where QEMU put it: the image's own
# needs are all there is.
BOARD_QEMU_RAM_NEED  :=
# The U-Boot flows are virt-rv64-sbi's (fw_jump starts U-Boot there).
BOARD_UBOOT          :=
