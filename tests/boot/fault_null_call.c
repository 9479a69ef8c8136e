/* kit-test: calling a NULL function pointer is named, pc 0, exit 139
 * needs: null-guard
 * expect: before the fault
 * expect: kit: hart {boot_hart}: NULL pointer: 
 * expect: pc 0x0000000
 * expect-not: after the fault
 * expect-exit: 139
 */
#include "lib/fault.h"

int main(void)
{
    void (*volatile fn)(void) = NULL;

    before_fault();
    fn();
    printf("after the fault\n");
    return 0;
}
