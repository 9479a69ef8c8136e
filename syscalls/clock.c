/*
 * The kit's clocks (syscalls/clock.h says which).
 *
 * The real-time clock is read once: its offset from the counter is kept,
 * so later readings cost one counter read, never go backwards and have
 * the counter's resolution (a PL031 counts whole seconds only: its date
 * is up to a second late, then exact to the tick).  A board without an
 * RTC (BOARD_RTC := none), or one that answers nothing, counts from
 * reset, as the kit always did before it knew of RTCs.
 */
#define _GNU_SOURCE             /* newlib names the Linux clocks only then */
#include <errno.h>
#include "clock.h"
#include "../platform/platform.h"

#define NS 1000000000u          /* nanoseconds a second */

/* The counter since reset.  The rate first: the first call may read it
 * from the devicetree, which takes a while; the count is taken after
 * that, as close to the return as it can be.  The fraction's product
 * stays below 2^63 (62.5 MHz * 1e9). */
static int monotonic(struct kit_time *t)
{
    uint64_t hz = kit_counter_hz(), ticks = kit_counter();

    if (hz == 0)
        return -ENOSYS;
    t->sec = ticks / hz;
    t->nsec = (uint32_t)(ticks % hz * NS / hz);
    return 0;
}

/* a += b, nanoseconds carried. */
static void add(struct kit_time *a, const struct kit_time *b)
{
    a->sec += b->sec;
    a->nsec += b->nsec;
    if (a->nsec >= NS) {
        a->nsec -= NS;
        a->sec++;
    }
}

/* The RTC's date minus the counter's time, at the first call; zero
 * without an RTC (or with one behind the counter, which is no date). */
static void rtc_offset(struct kit_time *off, const struct kit_time *now)
{
    uint64_t rtc;
    struct kit_time r;

    off->sec = 0;
    off->nsec = 0;
    if (kit_rtc_ns(&rtc) != 0)
        return;
    r.sec = rtc / NS;
    r.nsec = (uint32_t)(rtc % NS);
    if (r.sec < now->sec || (r.sec == now->sec && r.nsec < now->nsec))
        return;
    off->sec = r.sec - now->sec;
    if (r.nsec >= now->nsec) {
        off->nsec = r.nsec - now->nsec;
    } else {
        off->nsec = r.nsec + NS - now->nsec;
        off->sec--;
    }
}

int kit_clock_get(int realtime, struct kit_time *t)
{
    static int have_offset;
    static struct kit_time offset;
    int r = monotonic(t);

    if (r || !realtime)
        return r;
    if (!have_offset) {
        rtc_offset(&offset, t);
        have_offset = 1;
    }
    add(t, &offset);
    return 0;
}

/* By the names the C library's <time.h> gives them (newlib and picolibc
 * number them as RTEMS does; the host tests see glibc's). */
int kit_clock_kind(clockid_t id)
{
    switch (id) {
    case CLOCK_REALTIME:
#ifdef CLOCK_REALTIME_COARSE
    case CLOCK_REALTIME_COARSE:
#endif
        return 1;
    case CLOCK_MONOTONIC:
#ifdef CLOCK_MONOTONIC_RAW
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_MONOTONIC_COARSE:
    case CLOCK_BOOTTIME:
#endif
#ifdef CLOCK_PROCESS_CPUTIME_ID
    case CLOCK_PROCESS_CPUTIME_ID:
#endif
#ifdef CLOCK_THREAD_CPUTIME_ID
    case CLOCK_THREAD_CPUTIME_ID:
#endif
        return 0;
    default:
        return -EINVAL;
    }
}

int kit_clock_res_ns(uint64_t *ns)
{
    uint64_t hz = kit_counter_hz();

    if (hz == 0)
        return -ENOSYS;
    *ns = (NS + hz - 1) / hz;
    return 0;
}
