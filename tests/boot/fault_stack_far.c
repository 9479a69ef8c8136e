/* kit-test: a 1 MiB frame takes sp far below its stack: still named a stack overflow, whatever address faulted, exit 139
 * expect: before the fault
 * expect[mmode]: \nkit: hart {boot_hart}: stack overflow: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: \nkit: hart {boot_hart}: stack overflow: store/AMO page fault (S-mode, nothing mapped there)\n  pc 0x
 * expect[aarch64]: \nkit: hart {boot_hart}: stack overflow: data abort (translation fault: nothing mapped there)\n  pc 0x
 * expect:   pc: huge
 * expect[!stack-probes]:   sp is out of hart {boot_hart}'s stack 0x
 * expect[stack-probes]:   in the stack guard of hart {boot_hart}: 0x
 * expect-once: kit: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

/* One frame of 1 MiB: on RISC-V (no probes) sp lands a megabyte below the
 * stack and the first store at its bottom faults wherever that is (no
 * memory in M-mode; unmapped in S-mode): before, a plain "load/store
 * fault".  AArch64 probes the frame as it grows: the guard stops it. */
static __attribute__((noinline)) int huge(int n)
{
    volatile char frame[1 << 20];

    frame[0] = (char)n;
    frame[sizeof frame - 1] = (char)n;
    return frame[0] + frame[sizeof frame - 1];
}

int main(void)
{
    before_fault();
    printf("%d\n", huge(3));
    printf("after the fault\n");
    return 0;
}
