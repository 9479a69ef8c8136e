/*
 * Which hart is running this code.
 *
 * M-mode reads mhartid (Privileged Spec 3.1.5).  S-mode cannot, and tp
 * belongs to the program (psABI: the thread pointer), so there a hart
 * finds its id from its stack: crt0 gives hart n the STACK_SIZE slice
 * ending n strides (KIT_STACK_PITCH: the stack and its guard) below
 * __kit_stacks_end (linker/kit.ld).
 */
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"

#if defined(KIT_MODE_S)
extern char __kit_stacks_end[];
extern char __kit_trap_stacks_start[], __kit_trap_stacks_end[];

unsigned kit_arch_hart_self(void)
{
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);

    /* In the trap handler (a timer callback): hart n's trap slot is the
     * n-th KIT_TRAP_STACK_PITCH slice (linker/kit.ld). */
    if (sp >= (uintptr_t)__kit_trap_stacks_start && sp < (uintptr_t)__kit_trap_stacks_end)
        return (unsigned)((sp - (uintptr_t)__kit_trap_stacks_start) / KIT_TRAP_STACK_PITCH);
    return (unsigned)(((uintptr_t)__kit_stacks_end - sp)
                      / KIT_STACK_PITCH);
}
#else
unsigned kit_arch_hart_self(void)
{
    uintptr_t id;

    __asm__ volatile("csrr %0, mhartid" : "=r"(id));
    return (unsigned)id;
}
#endif
