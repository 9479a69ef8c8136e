/* kit-test: jumping into data faults (data is never executable: PMP in M-mode, the page tables in S-mode and on AArch64), exit 139
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: instruction access fault (M-mode, PMP: not executable)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: instruction page fault (S-mode, permission: page not executable)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: instruction abort (permission fault)\n  pc 0x
 * expect-once: kit: hart {boot_hart}: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

/* One "return" instruction, as data. */
#if defined(__riscv)
static uint32_t ret_insn[] = { 0x00008067 };        /* jalr x0, 0(ra) */
#else
static uint32_t ret_insn[] = { 0xd65f03c0 };        /* ret */
#endif

int main(void)
{
    void (*fn)(void) = (void (*)(void))(uintptr_t)ret_insn;

    before_fault();
    __asm__ volatile("" : "+r"(fn));
    fn();
    printf("after the fault\n");
    return 0;
}
