/* kit-test: a program that broke the trap stack pointer (mscratch, sscratch, SP_EL1) and then faults still gets its fault's own full report, naming its hart, exit 139
 * expect: before the fault
 * expect[mmode]: \nkit: hart {boot_hart}: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: \nkit: hart {boot_hart}: store/AMO access fault (S-mode)\n  pc 0x
 * expect[aarch64]: \nkit: hart {boot_hart}: data abort (synchronous external abort: no device or memory there)\n  pc 0x
 * expect:  addr 0x00000000fffffff0 ra 0x
 * expect:   pc: main+
 * expect-once: kit: 
 * expect-not: nested
 * expect-not: trap entry
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "board_config.h"
#include "lib/fault.h"

int main(void)
{
    before_fault();
    /* The register the trap entry once took its stack from, set to 16.
     * The entry no longer trusts it (boot/trap.h: each hart's trap state
     * is found from constants), so the report is the store's own, and in
     * S-mode it still names the hart (it once said "hart ?"). */
#if defined(__riscv) && defined(KIT_MODE_S)
    __asm__ volatile("csrw sscratch, %0" :: "r"(16));
#elif defined(__riscv)
    __asm__ volatile("csrw mscratch, %0" :: "r"(16));
#else
    /* SP_EL1: reachable from EL1 through SPSel. */
    __asm__ volatile("msr spsel, #1\n mov sp, %0\n msr spsel, #0" :: "r"(16) : "memory");
#endif
    __asm__ volatile("" ::: "memory");
    *(volatile int *)(uintptr_t)0xfffffff0u = 1;
    printf("after the fault\n");
    return 0;
}
