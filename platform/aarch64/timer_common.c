/*
 * The AArch64 timer, the half that does not depend on the interrupt
 * controller (timer_gicv2.c, timer_gicv3.c; generic_timer.h says what
 * they share): the EL1 virtual timer's comparator and whether its
 * interrupt is pending at this core.  mk/kit.mk links it with either.
 */
#include <stdint.h>
#include "../arch.h"

/* CNTV_CVAL_EL0 (ARM ARM D11.2.4): the interrupt fires once CNTVCT_EL0 >=
 * deadline; isb: the new value counts before the next instruction. */
void kit_arch_timer_set(unsigned hart, uint64_t deadline)
{
    (void)hart;             /* the calling core's own timer */
    __asm__ volatile("msr cntv_cval_el0, %0; isb" :: "r"(deadline) : "memory");
}

/* ISR_EL1.I (bit 7): an IRQ is pending at this core, i.e. the GIC
 * forwarded it (ARM ARM D13.2.66). */
int kit_arch_timer_pending(unsigned hart)
{
    uint64_t isr;

    (void)hart;
    __asm__ volatile("mrs %0, isr_el1" : "=r"(isr));
    return (isr >> 7) & 1;
}
