/* kit-test: FAULT_CODES=1 (PROFILE=tiny): a fault is one line of numbers on the UART, and the runner prints the full report from it, named and symbolised, exit 139
 * needs: tiny null-guard
 * expect: before the fault
 * expect[mmode]: \nkit: fault {boot_hart} m 0x0000000000000007 0x
 * expect[smode]: \nkit: fault {boot_hart} s 0x000000000000000f 0x
 * expect[aarch64]: \nkit: fault {boot_hart} a 0x0000000096000046 0x
 * expect[mmode]: kit: hart {boot_hart}: NULL pointer: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: NULL pointer: store/AMO page fault (S-mode)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: NULL pointer: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect: addr 0x0000000000000008
 * expect:   pc: main+
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
