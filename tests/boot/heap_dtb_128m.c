/* kit-test: with -m 128M the heap grows to the end of RAM the devicetree reports
 * boards: virt-rv64 virt-rv64-sbi virt-rv64-sbi-dyn virt-rv64-sbi-console virt-rv32 virt-aarch64 virt-aarch64-el2 virt-aarch64-el3
 * qemu: -m 128M
 * expect: heap follows -m 128M: yes
 * expect-exit: 0
 */

#define RAM_MB 128
#include "lib/heap_dtb.h"
