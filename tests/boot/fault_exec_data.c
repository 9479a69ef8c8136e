/* kit-test: jumping into data faults (data is never executable), exit 139
 * expect: before the fault
 * expect: kit: hart {boot_hart}: 
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
