/*
 * The EL1 virtual timer of the Arm generic timer (ARM ARM D11.2), the part
 * of the AArch64 timer back-end that does not depend on the interrupt
 * controller: timer_gicv2.c and timer_gicv3.c differ only in how the
 * interrupt (PPI 27) reaches the core.  What both set up is here; the two
 * functions they would otherwise repeat (set the deadline, is it pending)
 * are timer_common.c, which mk/kit.mk links with either.
 */
#ifndef KIT_AARCH64_GENERIC_TIMER_H
#define KIT_AARCH64_GENERIC_TIMER_H

#include <stdint.h>

#define INTID_VTIMER     27         /* the virtual timer's PPI */
#define INTID_SPURIOUS   1023
#define TIMER_PRIORITY   0xa0
#define CNTV_CTL_ENABLE  1          /* IMASK (bit 1) = 0: the interrupt is on */

/* ID_AA64PFR0_EL1.SVE, bits 35:32 (ARM ARM D13.2.64).  The trap path saves
 * the FP/SIMD registers (boot/aarch64/vectors.S), not SVE's Z, P and FFR:
 * on a core with SVE every NEON write in the handler would zero the
 * interrupted code's Z bits above 128, so the timer answers ENOSYS there. */
static inline int core_has_sve(void)
{
    uint64_t pfr0;

    __asm__ volatile("mrs %0, id_aa64pfr0_el1" : "=r"(pfr0));
    return ((pfr0 >> 32) & 0xf) != 0;
}

static inline void vtimer_enable(void)
{
    __asm__ volatile("msr cntv_ctl_el0, %0; isb" :: "r"((uint64_t)CNTV_CTL_ENABLE));
}

#endif
