/* kit-test: unbounded recursion ends in the stack guard: stack overflow, exit 139
 * expect: before the fault
 * expect: kit: hart {boot_hart}: stack overflow: 
 * expect: stack guard of hart {boot_hart}
 * expect-not: after the fault
 * expect-exit: 139
 */
#include "lib/fault.h"

/* Not on virt-rv64-sbi: bare S-mode has no hardware guard, and the
 * recursion runs down over the kit's own code before OpenSBI's PMP stops
 * it (README "Faults": Sv39 would fix it). */

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
