/* kit-test: a fault inside a timer callback gets the full report, says it was in a timer callback and where the interrupt came, exit 139
 * needs: timer null-guard
 * qemu: -icount shift=0,sleep=off
 * expect: before the fault
 * expect[mmode]: \nkit: hart {boot_hart}: NULL pointer: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: \nkit: hart {boot_hart}: NULL pointer: store/AMO page fault (S-mode, nothing mapped there)\n  pc 0x
 * expect[aarch64]: \nkit: hart {boot_hart}: NULL pointer: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect:  addr 0x0000000000000010 ra 0x
 * expect:   pc: on_timer+
 * expect:  at tests/boot/fault_callback.c:
 * expect:   in a timer callback (the trap handler runs them for the timer interrupt)\n  interrupted at pc 0x
 * expect:   interrupted pc: spin+
 * expect-once: kit: 
 * expect-not: nested
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "../../platform/timer.h"
#include "lib/fault.h"

struct tick { int count; };
static struct tick *volatile nowhere = (struct tick *)(uintptr_t)0x10;

/* Runs in the trap handler, on the trap stack: the store faults there. */
static void on_timer(void)
{
    nowhere->count = 1;
}

/* Where the interrupt comes: a loop of its own, so the report can say so. */
static __attribute__((noinline)) void spin(void)
{
    for (;;)
        __asm__ volatile("" ::: "memory");
}

int main(void)
{
    before_fault();
    if (kit_timer_oneshot(1000000, on_timer) != 0)
        return 3;
    spin();
    printf("after the fault\n");
    return 0;
}
