/* kit-test: a misaligned access faults: RISC-V (QEMU 7.2) any load, AArch64 an atomic (plain ones work), exit 139
 * expect: before the fault
 * expect: kit: hart {boot_hart}: 
 * expect: addr 0x
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include <string.h>
#include "lib/fault.h"

static _Alignas(16) unsigned char buf[16] = { 1, 2, 3, 4, 5, 6, 7, 8 };

int main(void)
{
    volatile uint32_t *odd = (volatile uint32_t *)(uintptr_t)(buf + 1);

    before_fault();
    /* AArch64 (SCTLR_EL1.A = 0, Normal memory) does a misaligned plain
     * access in hardware; QEMU 7.2's RISC-V harts raise "load address
     * misaligned" here already (the ISA lets them: no M-mode emulation). */
    printf("misaligned load read 0x%08x\n", (unsigned)*odd);
    fflush(stdout);
    /* An atomic must be aligned on both (RISC-V A extension: AMO address
     * misaligned; AArch64: alignment fault). */
    __atomic_fetch_add((uint32_t *)(uintptr_t)(buf + 1), 1, __ATOMIC_SEQ_CST);
    printf("after the fault\n");
    return 0;
}
