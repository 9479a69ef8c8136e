/* kit-test: integer division by zero does not trap on these CPUs (defined result), exit 0
 * expect: 7 / 0 = 
 * expect: done
 * expect-exit: 0
 */
#include <stdio.h>

/* RISC-V (ISA manual, M extension): x / 0 = -1 (all ones), x % 0 = x;
 * AArch64 SDIV/UDIV: x / 0 = 0.  Neither traps, so the kit cannot report
 * it: this test shows what the program gets instead. */
int main(void)
{
    volatile int a = 7, b = 0;
    int q = a / b;

#if defined(__riscv)
    int want = -1;
#else
    int want = 0;
#endif
    printf("7 / 0 = %d\n", q);
    printf("%s\n", q == want ? "done" : "unexpected quotient");
    return 0;
}
