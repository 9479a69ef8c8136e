/*
 * Interrupts the kit handles itself, called from the trap handler
 * (boot/aarch64/trap.c) with the vector slot (ARM ARM D1.10.2;
 * 1 = IRQ).  None yet: every interrupt is reported as unexpected.
 */
#include <stdint.h>
#include "../arch.h"

int kit_arch_interrupt(unsigned hart, uintptr_t code)
{
    (void)hart;
    (void)code;
    return 0;
}
