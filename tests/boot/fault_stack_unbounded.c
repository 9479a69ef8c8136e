/* kit-test: unbounded recursion ends in the stack guard: stack overflow, exit 139
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: stack overflow: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: stack overflow: store/AMO page fault (S-mode, nothing mapped there)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: stack overflow: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect: stack guard of hart {boot_hart}
 * expect-once: kit: hart {boot_hart}: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include "lib/fault.h"

#pragma GCC diagnostic ignored "-Winfinite-recursion"

static int down(volatile char *prev)
{
    volatile char frame[64];

    frame[0] = prev ? prev[0] + 1 : 0;
    return down(frame) + frame[1];      /* not a tail call */
}

int main(void)
{
    before_fault();
    printf("%d\n", down(0));
    printf("after the fault\n");
    return 0;
}
