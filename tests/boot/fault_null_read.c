/* kit-test: reading through a NULL pointer is named, with the address, and kitrun names main, exit 139
 * needs: null-guard
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: NULL pointer: load access fault (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: NULL pointer: load page fault (S-mode, nothing mapped there)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: NULL pointer: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect: addr 0x0000000000000000
 * expect:   pc: main+0x
 * expect-once: kit: hart {boot_hart}: 
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
