/* kit-test: writing through a NULL pointer is named, exit 139
 * needs: null-guard
 * expect: before the fault
 * expect: kit: hart {boot_hart}: NULL pointer: 
 * expect: addr 0x0000000
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
