/*
 * Interrupts on AArch64 at EL1: PSTATE.I masks IRQs (DAIF, ARM ARM
 * C5.2.2), wfi waits for one (D1.16.2: a pending IRQ wakes it even while
 * masked), and the trap handler (boot/aarch64/trap.c) hands over an IRQ
 * by its vector slot (D1.10.2; 1 = IRQ from the program).  Which device
 * raised it is the interrupt controller's business: the timer method
 * asks it (timer_<method>.c).
 */
#include <stdint.h>
#include "../arch.h"

#define DAIF_I (1ul << 7)

unsigned long kit_arch_irq_save(void)
{
    unsigned long daif;

    __asm__ volatile("mrs %0, daif; msr daifset, #2" : "=r"(daif) :: "memory");
    return daif & DAIF_I;
}

void kit_arch_irq_restore(unsigned long state)
{
    if (!(state & DAIF_I))
        kit_arch_irq_enable();
}

void kit_arch_irq_enable(void)
{
    /* isb: a pending IRQ is taken here, not some instructions later. */
    __asm__ volatile("msr daifclr, #2; isb" ::: "memory");
}

void kit_arch_wait(void)
{
    __asm__ volatile("dsb sy; wfi" ::: "memory");
}

int (*kit_timer_irq_hook)(unsigned hart, uintptr_t code);

int kit_arch_interrupt(unsigned hart, uintptr_t code)
{
    int (*irq)(unsigned, uintptr_t) = kit_timer_irq_hook;

    return code == 1 && irq && irq(hart, code);
}
