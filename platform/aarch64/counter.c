/*
 * The generic timer's virtual count, CNTVCT_EL0, and the frequency
 * firmware (or QEMU) wrote to CNTFRQ_EL0 (ARM ARM D11.1, "The Generic
 * Timer").  Which source of the frequency wins is platform/counter.c's
 * rule, the same on every architecture.
 */
#include <stdint.h>
#include "../arch.h"
#include "../platform.h"

uint64_t kit_counter(void)
{
    uint64_t v;

    /* isb: without it the read may be taken early, out of program order
     * (ARM ARM D11.2.2). */
    __asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(v) :: "memory");
    return v;
}

uint64_t kit_arch_counter_hz(void)
{
    uint64_t hz;

    __asm__ volatile("mrs %0, cntfrq_el0" : "=r"(hz));
    return hz;
}
