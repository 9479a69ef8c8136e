/* kit-test: U-Boot boots the image as on a real board: booti from an SD card's boot script and from RAM, bootm with its MMU on, and an image loaded elsewhere says so
 * needs: uboot
 * archs: aarch64
 * libcs: newlib
 * case: sdcard booti | qemu: -drive file={build}/tests/uboot_aarch64.sdcard,if=virtio,format=raw | expect: hello from the kit | expect[el1-entry]: entered at EL1 | expect[el2-entry]: entered at EL2 | expect: argv[1] [sdcard] | expect: argv[2] [two words] | expect: devicetree from the loader: yes | expect: heap kept clear of the devicetree: yes | expect: kit: hart 0: NULL pointer: data abort | expect-exit: 139
 * case: RAM booti | qemu: -device loader,file={build}/tests/uboot_aarch64.bin,addr={spare},force-raw=on | stdin-after: autoboot | stdin: \nsetenv bootargs ram exit 3; booti {spare} - $fdtcontroladdr\n | expect: Moving Image from | expect: hello from the kit | expect[el1-entry]: entered at EL1 | expect[el2-entry]: entered at EL2 | expect: argv[1] [ram] | expect: devicetree from the loader: yes | expect: heap kept clear of the devicetree: yes | expect-exit: 3
 * case: bootm, MMU on | qemu: -device loader,file={build}/tests/uboot_aarch64.uimg,addr={spare},force-raw=on | stdin-after: autoboot | stdin: \nsetenv autostart yes; bootm {spare} bootm 'one word'\n | expect: Loading Standalone Program | expect: hello from the kit | expect[el1-entry]: entered at EL1 | expect[el2-entry]: entered at EL2 | expect: argv[1] [bootm] | expect: argv[2] [one word] | expect: devicetree from the loader: none | expect-exit: 0
 * case: loaded elsewhere | qemu: -device loader,file={build}/tests/uboot_aarch64.elsewhere.uimg,addr={spare},force-raw=on | stdin-after: autoboot | stdin: \nsetenv autostart yes; bootm {spare}\n | expect: kit: this image runs only at 0x0000000040200000, where it was linked, and was started at 0x | expect-not: hello from the kit | expect-exit: 126
 */
#include "lib/loader.h"
