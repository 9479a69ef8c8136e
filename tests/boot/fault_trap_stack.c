/* kit-test: a timer callback that overflows the trap stack hits its guard: named a trap stack overflow, with the interrupted pc, exit 139
 * needs: timer
 * qemu: -icount shift=0,sleep=off
 * expect: before the fault
 * expect[mmode]: \nkit: hart {boot_hart}: trap stack overflow: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: \nkit: hart {boot_hart}: trap stack overflow: store/AMO page fault (S-mode, nothing mapped there)\n  pc 0x
 * expect[aarch64]: \nkit: hart {boot_hart}: trap stack overflow: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect:   pc: deep
 * expect:   in the trap stack guard of hart {boot_hart}: 0x
 * expect:   in a timer callback (the trap handler runs them for the timer interrupt)\n  interrupted at pc 0x
 * expect:   interrupted pc: spin+
 * expect-once: kit: 
 * expect-not: smashing
 * expect-not: after the fault
 * expect-exit: 139
 */
#include "board_config.h"
#include "../../platform/timer.h"
#include "lib/fault.h"

/* About 128 bytes a level (a 96-byte frame and the call's), to well past
 * the trap stack's end: the first store into its guard faults.  Without
 * the guard this wrote over the stacks below (sifive_e: silently). */
static int deep(int n)
{
    volatile char frame[96];

    frame[0] = (char)n;
    return n ? deep(n - 1) + frame[0] : 0;
}

static volatile int sink;

static void on_timer(void)
{
    sink = deep(KIT_TRAP_STACK_SIZE / 96 + 16);
}

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
