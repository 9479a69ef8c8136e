/*
 * The timer in S-mode under SBI firmware (OpenSBI): the TIME extension's
 * sbi_set_timer(stime_value) (SBI v1.0 chapter 6) programs the calling
 * hart's next timer event in the `time` counter's units and clears the
 * pending supervisor timer interrupt (sip.STIP, scause code 5).  Firmware
 * without TIME gets the legacy call with the same meaning (chapter 5.1).
 * Whether it is pending and whether a trap was it: timer_common.c, as for
 * M-mode.
 */
#include <errno.h>
#include <stdint.h>
#include "../arch.h"
#include "../../drivers/sbi/sbi.h"
#include "csr.h"

static long set_timer_eid = -1;     /* -1: no way to set the timer */

int kit_arch_timer_init(unsigned hart)
{
    (void)hart;
    if (set_timer_eid < 0) {
        struct sbiret r = sbi_call(SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION,
                                   SBI_EXT_TIME, 0, 0);

        /* A firmware too old for the base extension answers
         * SBI_ERR_NOT_SUPPORTED; only the legacy call is left then. */
        set_timer_eid = r.error == SBI_SUCCESS && r.value
                        ? SBI_EXT_TIME : SBI_EXT_LEGACY_SET_TIMER;
    }
    __asm__ volatile("csrs sie, %0" :: "r"(IE_TIMER));     /* sie.STIE */
    return 0;
}

void kit_arch_timer_set(unsigned hart, uint64_t deadline)
{
    long fid = set_timer_eid == SBI_EXT_TIME ? SBI_TIME_SET_TIMER : 0;

    (void)hart;             /* SBI sets the calling hart's */
    if (set_timer_eid < 0)
        return;
#if __riscv_xlen == 32
    sbi_call(set_timer_eid, fid, (long)(uint32_t)deadline, (long)(deadline >> 32), 0);
#else
    sbi_call(set_timer_eid, fid, (long)deadline, 0, 0);
#endif
}
