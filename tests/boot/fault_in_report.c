/* kit-test: a fault in the report of a fault (the trap handler's own code) is reported too, keeping the first fault's cause and pc, exit 139
 * needs: mmode
 * expect: watching the trap handler's stack
 * expect: \nkit: hart {boot_hart}: fault in the trap handler: breakpoint (M-mode)\n  pc 0x
 * expect:   while reporting the first fault: illegal instruction (M-mode)\n  interrupted at pc 0x
 * expect:   interrupted pc: main+
 * expect-once: kit: 
 * expect-not: after the fault
 * expect-exit: 139
 */
/*
 * Makes the trap handler fault while it reports: a debug trigger (RISC-V
 * Debug Spec 0.13, 5.2: tdata1 type 2, "mcontrol", action 0 = breakpoint
 * exception, M-mode, on a store; tdata2 the address) on the word the
 * handler's C stores first, just below the first trap's frame
 * (boot/trap.h).  The illegal instruction traps, its report's first store
 * there raises a breakpoint inside the handler, and that fault's frame
 * and report lie lower on the trap stack, where the trigger does not
 * watch: the report names both.  M-mode only (S-mode cannot reach the
 * trigger CSRs).
 */
#include <stdint.h>
#include "../../boot/trap.h"
#include "../../platform/hart.h"
#include "../../platform/stack.h"
#include "lib/fault.h"

#define MCONTROL   ((uintptr_t)2 << (sizeof(uintptr_t) * 8 - 4))
#define MC_M       (1u << 6)
#define MC_STORE   (1u << 1)

int main(void)
{
    uintptr_t where = kit_trap_stack_top(kit_hart_self()) - TRAP_BLOCK - TRAP_FRAME
                      - sizeof(uintptr_t);

    printf("watching the trap handler's stack at %p\n", (void *)where);
    before_fault();
    __asm__ volatile("csrw tselect, zero\n csrw tdata2, %0\n csrw tdata1, %1"
                     :: "r"(where), "r"(MCONTROL | MC_M | MC_STORE));
    __asm__ volatile(".word 0");
    printf("after the fault\n");
    return 0;
}
