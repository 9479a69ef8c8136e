/* kit-test: a write to the program's own code faults (code is read-only: PMP in M-mode, the page tables in S-mode and on AArch64), exit 139
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: store/AMO access fault (M-mode, PMP: read-only)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: store/AMO page fault (S-mode, permission: page read-only)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: data abort (permission fault)\n  pc 0x
 * expect: addr 0x
 * expect-once: kit: hart {boot_hart}: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

int main(void)
{
    volatile uint32_t *code = (volatile uint32_t *)(uintptr_t)main;

    before_fault();
    *code = 0;
    printf("after the fault\n");
    return 0;
}
