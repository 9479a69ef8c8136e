/*
 * Interrupts the kit handles itself, called from the trap handler
 * (boot/riscv/trap.c) with the interrupt's code (Privileged Spec table
 * 3.6).  None yet: every interrupt is reported as unexpected.
 */
#include <stdint.h>
#include "../arch.h"

int kit_arch_interrupt(unsigned hart, uintptr_t code)
{
    (void)hart;
    (void)code;
    return 0;
}
