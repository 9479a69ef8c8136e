/* kit-test: near the stack's end one frame wider than the rest of the stack is caught: 1.5 KiB (as newlib's printf frames) everywhere, 5.6 KiB where GCC probes (AArch64), exit 139
 * expect: before the fault
 * expect[mmode]: \nkit: hart {boot_hart}: stack overflow: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: \nkit: hart {boot_hart}: stack overflow: store/AMO page fault (S-mode, nothing mapped there)\n  pc 0x
 * expect[aarch64]: \nkit: hart {boot_hart}: stack overflow: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect:   pc: wide
 * expect:   in the stack guard of hart {boot_hart}: 0x
 * expect-once: kit: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "board_config.h"
#include "../../platform/hart.h"
#include "../../platform/stack.h"
#include "lib/fault.h"

/* RISC-V: GCC probes no fixed frame, so a frame is caught when it is
 * narrower than the guard: every board's guard is now at least 2 KiB,
 * wider than newlib's deepest frame (sifive_e's was 256 bytes: a 1.5 KiB
 * step wrote over .bss and the program went on).  AArch64: probed every
 * 4 KiB, a frame of any size is (a 5.6 KiB one was not, before
 * -fstack-clash-protection). */
#if defined(__aarch64__)
#define WIDE 5800
#else
#define WIDE 1536
#endif

static __attribute__((noinline)) int wide(int n)
{
    volatile char frame[WIDE];

    frame[0] = (char)n;
    return frame[0];
}

static uintptr_t bottom;

/* Down in small frames to within 200 bytes of the stack's end. */
static __attribute__((noinline)) int descend(int n)
{
    volatile char here = (char)n;

    if ((uintptr_t)&here > bottom + 200)
        return descend(n + 1) + here;
    return wide(n);
}

int main(void)
{
    before_fault();
    bottom = kit_stack_top(kit_hart_self()) - KIT_STACK_SIZE;
    printf("%d\n", descend(0));
    printf("after the fault\n");
    return 0;
}
