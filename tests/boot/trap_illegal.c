/* kit-test: an illegal instruction is reported with the hart, the cause in words and pc, exit 139
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: illegal instruction (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: illegal instruction (S-mode)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: undefined/illegal instruction\n  pc 0x
 * expect-once: kit: hart {boot_hart}: 
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
