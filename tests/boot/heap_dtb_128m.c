/* kit-test: with -m 128M the heap grows to the end of RAM the devicetree reports
 * archs: riscv64 riscv32
 * needs: devicetree
 * qemu: -m 128M
 * expect: heap past the board file's RAM: yes
 * expect: heap follows -m 128M: yes
 * expect-exit: 0
 */

/* RISC-V only: there the board file stops 2 MiB short of 128 MiB, where
 * QEMU puts the DTB, and only the devicetree says the RAM goes on (the kit
 * moves the blob and takes the space).  AArch64 virt's board file already
 * ends at 128 MiB; heap_dtb_512m covers it. */
#define RAM_MB 128
#include "lib/heap_dtb.h"
