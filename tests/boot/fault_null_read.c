/* kit-test: reading through a NULL pointer is named, with the address, and kitrun names main, exit 139
 * needs: null-guard
 * expect: before the fault
 * expect: kit: hart {boot_hart}: NULL pointer: 
 * expect: addr 0x00000000
 * expect:   pc: main+0x
 * expect-not: after the fault
 * expect-exit: 139
 */
#include "lib/fault.h"

int main(void)
{
    volatile int *p = NULL;

    before_fault();
    printf("read %d\n", *p);
    printf("after the fault\n");
    return 0;
}
