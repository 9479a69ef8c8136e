/* kit-test: an illegal instruction is reported with cause and pc, exit 139
 * expect: before the fault
 * expect: illegal instruction
 * expect: pc 0x
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdio.h>

int main(void)
{
    printf("before the fault\n");
    fflush(stdout);
#if defined(__riscv)
    __asm__ volatile(".word 0");        /* all-zero: defined illegal (ISA 1.5) */
#else
    __asm__ volatile("udf #0");         /* permanently undefined */
#endif
    printf("after the fault\n");
    return 0;
}
