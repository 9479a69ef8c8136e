/*
 * The generic timer's virtual count, CNTVCT_EL0, and its frequency from
 * CNTFRQ_EL0 (ARM ARM D11.1, "The Generic Timer").  Firmware, or QEMU,
 * sets CNTFRQ_EL0; a board may override it with a fixed value.
 */
#include <stdint.h>
#include "../../platform/platform.h"
#include "../../platform/board.h"

uint64_t kit_counter(void)
{
    uint64_t v;

    /* isb: without it the read may be taken early, out of program order
     * (ARM ARM D11.2.2). */
    __asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(v) :: "memory");
    return v;
}

/* A devicetree may name the rate (a /cpus/timebase-frequency is rare on
 * Arm, where CNTFRQ_EL0 is the usual source). */
static uint64_t dt_hz;

void kit_counter_set_hz(uint64_t hz)
{
    dt_hz = hz;
}

uint64_t kit_counter_hz(void)
{
    uint64_t hz;

    if (kit_board.timer_hz)
        return kit_board.timer_hz;
    if (dt_hz)
        return dt_hz;
    __asm__ volatile("mrs %0, cntfrq_el0" : "=r"(hz));
    return hz;
}
