/* kit-test: a misaligned plain load works (RISC-V under QEMU 7.2 too); a misaligned load-reserved / load-exclusive faults, exit 139
 * expect: before the fault
 * expect: misaligned load read 0x05040302
 * expect[mmode]: kit: hart {boot_hart}: load address misaligned (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: load address misaligned (S-mode)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: data abort (alignment fault)\n  pc 0x
 * expect: addr 0x
 * expect-once: kit: hart {boot_hart}: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

static _Alignas(16) unsigned char buf[16] = { 1, 2, 3, 4, 5, 6, 7, 8 };

int main(void)
{
    volatile uint32_t *odd = (volatile uint32_t *)(uintptr_t)(buf + 1);
    uint32_t v;

    before_fault();
    /* A plain misaligned load works on both: AArch64 does it in hardware
     * (SCTLR_EL1.A = 0, Normal memory); the RISC-V ISA lets a hart either
     * do it or trap, and QEMU 7.2's harts do it (no M-mode emulation). */
    printf("misaligned load read 0x%08x\n", (unsigned)*odd);
    fflush(stdout);
    /* An atomic must be aligned on both.  Its first instruction, the
     * load-reserved (RISC-V A extension, LR.W) or load-exclusive (AArch64
     * LDXR), faults: "load address misaligned" (an LR is a load) or an
     * alignment fault.  Not an AMO such as __atomic_fetch_add's amoadd.w:
     * QEMU 7.2 reports that as "load address misaligned" on a machine with
     * one CPU and "store/AMO address misaligned" (what the Privileged Spec
     * says, 3.1.15) with more (sifive_u), so its text depends on -smp. */
#if defined(__riscv)
    __asm__ volatile("lr.w %0, (%1)" : "=r"(v) : "r"(buf + 1) : "memory");
#else
    __asm__ volatile("ldxr %w0, [%1]" : "=r"(v) : "r"(buf + 1) : "memory");
#endif
    printf("after the fault: 0x%08x\n", (unsigned)v);
    return 0;
}
