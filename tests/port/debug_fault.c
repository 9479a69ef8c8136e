/* kit-test: make debug backtraces through a fault: from the report, through the trap entry, to the faulting function and main
 * expect: Breakpoint 2, kit_fault_report
 * expect: #0  kit_fault_report
 * expect: kit_trap
 * expect: <signal handler called>
 * expect: crash
 * expect: main
 * expect-exit: 0
 */
#include <stdint.h>
#include <stdio.h>

/* noinline: the backtrace shows main -> crash at -O2 too. */
__attribute__((noinline)) static void crash(volatile int *where)
{
    *where = 1;
}

int main(void)
{
    printf("debug_fault: before\n");
    crash((volatile int *)(uintptr_t)0x10);
    return 0;
}
