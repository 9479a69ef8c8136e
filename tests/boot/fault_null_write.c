/* kit-test: writing through a NULL pointer is named, exit 139
 * needs: null-guard
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: NULL pointer: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: NULL pointer: store/AMO page fault (S-mode, nothing mapped there)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: NULL pointer: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect: addr 0x0000000000000008
 * expect-once: kit: hart {boot_hart}: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

int main(void)
{
    volatile int *volatile p = (volatile int *)(uintptr_t)8;   /* a NULL struct's field */

    before_fault();
    *p = 1;
    printf("after the fault\n");
    return 0;
}
