/*
 * The Arm PrimeCell PL031 RTC (QEMU arm virt at 0x09010000; devicetree
 * compatible "arm,pl031"): a 32-bit count of seconds, which QEMU starts
 * at the host's time since the epoch.
 *
 * Registers (PL031 Technical Reference Manual, 3.2 "Summary of RTC
 * registers"):
 *   0x000 RTCDR  data: the counter's value, in seconds
 *   0x00c RTCCR  control: bit 0, RTC start (1: the counter runs)
 * A clock that was never started has nothing to say: -1.  It is not
 * started here, since it would then count from 0, which is no date.
 * Whole seconds: syscalls/clock.c adds the counter's fraction after
 * this first read.
 */
#include "rtc.h"
#include "../mmio.h"

#define RTCDR 0x000
#define RTCCR 0x00c
#define RTCCR_START 0x1

static int pl031_read_ns(uintptr_t base, uint64_t *ns)
{
    uint32_t s;

    if (!(mmio_read32(base + RTCCR) & RTCCR_START))
        return -1;
    s = mmio_read32(base + RTCDR);
    *ns = (uint64_t)s * 1000000000u;
    return s ? 0 : -1;
}

const struct kit_rtc pl031_rtc = { "pl031", pl031_read_ns };
