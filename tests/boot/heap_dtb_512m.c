/* kit-test: with -m 512M the heap grows to the end of RAM the devicetree reports
 * needs: devicetree
 * qemu: -m 512M
 * expect: heap past the board file's RAM: yes
 * expect: heap follows -m 512M: yes
 * expect-exit: 0
 */

#define RAM_MB 512
#include "lib/heap_dtb.h"
