/* kit-test: U-Boot in S-mode boots the image as on a real board: booti from an SD card's boot script and from RAM, bootelf from elsewhere, and go at the wrong address says so
 * needs: uboot
 * archs: riscv64
 * libcs: newlib
 * case: sdcard booti | qemu: -drive file={build}/tests/uboot_riscv.sdcard,if=virtio,format=raw | expect: hello from the kit | expect: argv[1] [sdcard] | expect: argv[2] [two words] | expect: devicetree from the loader: yes | expect: heap kept clear of the devicetree: yes | expect: kit: hart {boot_hart}: NULL pointer: store/AMO page fault | expect-exit: 139
 * case: RAM booti | qemu: -device loader,file={build}/tests/uboot_riscv.bin,addr={spare},force-raw=on | stdin-after: autoboot | stdin: \nsetenv bootargs ram exit 3; booti {spare} - $fdtcontroladdr\n | expect: Moving Image from | expect: hello from the kit | expect: argv[1] [ram] | expect: devicetree from the loader: yes | expect: heap kept clear of the devicetree: yes | expect-exit: 3
 * case: bootelf | qemu: -device loader,file={build}/tests/uboot_riscv.elf,addr={spare},force-raw=on | stdin-after: autoboot | stdin: \nsetenv autostart yes; bootelf {spare} app bootelf 'one word'\n | expect: Starting application at 0x80200040 | expect: hello from the kit | expect: argv[1] [bootelf] | expect: argv[2] [one word] | expect: devicetree from the loader: none | expect-exit: 0
 * case: go elsewhere | qemu: -device loader,file={build}/tests/uboot_riscv.bin,addr={spare},force-raw=on | stdin-after: autoboot | stdin: \ngo {spare}\n | expect: kit: this image runs only at 0x0000000080200000, where it was linked, and was started at 0x | expect-not: hello from the kit | expect-exit: 126
 */
#include "lib/loader.h"
