/* kit-test: a breakpoint instruction is named, exit 139
 * expect: before the fault
 * expect: kit: hart {boot_hart}: breakpoint
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
