/* kit-test: a bounded recursion 2 KiB deeper than the stack is caught, and kitrun names the function, exit 139
 * expect[mmode]: kit: hart {boot_hart}: stack overflow: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: stack overflow: store/AMO page fault (S-mode, nothing mapped there)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: stack overflow: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect:   pc: down
 * expect:  at tests/boot/fault_stack_bounded.c:
 * expect: stack guard of hart {boot_hart}
 * expect-not: after the fault
 * expect-exit: 139
 */
#include "board_config.h"
#include "lib/fault.h"

/* About 128 bytes a level, 2 KiB past the stack's end, where the guard
 * stops the first store (docs/faults.md quotes this file's lines). */
static int down(int n)
{
    volatile char frame[96];

    frame[0] = (char)n;
    return n ? down(n - 1) + frame[0] : 0;
}

int main(void)
{
    before_fault();
    down(KIT_STACK_SIZE / 96 + 16);
    printf("after the fault\n");
    return 0;
}
