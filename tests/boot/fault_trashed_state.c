/* kit-test: a fault after the program trashed all of .data and .bss (console, newlib, the output lock) is still reported, as itself, in one full report, exit 139
 * expect: before the fault
 * expect[mmode]: \nkit: hart {boot_hart}: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: \nkit: hart {boot_hart}: store/AMO access fault (S-mode)\n  pc 0x
 * expect[aarch64]: \nkit: hart {boot_hart}: data abort (synchronous external abort: no device or memory there)\n  pc 0x
 * expect: addr 0x00000000fffffff0 ra 0x
 * expect:  sp 0x
 * expect:   pc: main+
 * expect:  at tests/boot/fault_trashed_state.c:
 * expect:   ra: 
 * expect-once: kit: 
 * expect-not: nested fault
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

extern char __data_start[], __bss_end[];

int main(void)
{
    before_fault();
    /* Everything the console, newlib and the output lock keep in RAM: the
     * lock then looks held by no hart (taken over at once).  The trap
     * state is not there (boot/trap.h: at the top of each trap stack), so
     * the report is the store's own, in full: cause, pc, addr, ra, sp. */
    for (volatile char *p = __data_start; p < __bss_end; p++)
        *p = (char)0xa5;
    *(volatile int *)(uintptr_t)0xfffffff0u = 1;
    printf("after the fault\n");
    return 0;
}
