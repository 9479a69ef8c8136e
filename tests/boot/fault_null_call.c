/* kit-test: calling a NULL function pointer is named, pc 0, exit 139
 * needs: null-guard
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: NULL pointer: instruction access fault (M-mode)\n  pc 0x0000000000000000
 * expect[smode]: kit: hart {boot_hart}: NULL pointer: instruction page fault (S-mode, nothing mapped there)\n  pc 0x0000000000000000
 * expect[aarch64]: kit: hart {boot_hart}: NULL pointer: instruction abort (translation fault: nothing mapped there)\n  pc 0x0000000000000000
 * expect-once: kit: hart {boot_hart}: 
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
