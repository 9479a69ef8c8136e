/* kit-test: a breakpoint instruction is named, exit 139
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: breakpoint (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: breakpoint (S-mode)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: breakpoint (BRK instruction)\n  pc 0x
 * expect-once: kit: hart {boot_hart}: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include "lib/fault.h"

int main(void)
{
    before_fault();
#if defined(__riscv)
    __asm__ volatile("ebreak");
#else
    __asm__ volatile("brk #0");
#endif
    printf("after the fault\n");
    return 0;
}
