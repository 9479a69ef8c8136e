/*
 * Time from the architecture's free-running counter (RISC-V `time` CSR,
 * AArch64 CNTVCT_EL0).  There is no wall clock: the epoch is the moment the
 * counter started, i.e. reset.
 */
#include "syscalls.h"
#include <sys/time.h>
#include <sys/times.h>
#include <errno.h>
#include <time.h>
#include "../platform/platform.h"

/* A board that knows no counter rate (platform/counter.c, rule 4) has no
 * clock: say so, as POSIX clock_gettime does for an unsupported clock. */
static int no_clock(void)
{
    errno = ENOSYS;
    return -1;
}

int _gettimeofday(struct timeval *tv, void *tz)
{
    /* The rate first: the first call reads it from the devicetree
     * (platform/devicetree.c), which takes a while; the count is taken
     * after that, as close to the return as it can be. */
    uint64_t hz = kit_counter_hz(), ticks = kit_counter();

    (void)tz;                   /* obsolete; POSIX says pass NULL */
    if (hz == 0)
        return no_clock();
    if (tv == NULL)
        return 0;
    tv->tv_sec = (time_t)(ticks / hz);
    tv->tv_usec = (suseconds_t)((ticks % hz) * 1000000u / hz);
    return 0;
}

/* newlib's clock() adds tms_utime and tms_stime and divides by
 * CLOCKS_PER_SEC: report all time as user time, in those units. */
clock_t _times(struct tms *buf)
{
    /* The rate first: the first call reads it from the devicetree
     * (platform/devicetree.c), which takes a while; the count is taken
     * after that, as close to the return as it can be. */
    uint64_t hz = kit_counter_hz(), ticks = kit_counter();
    clock_t now;

    if (hz == 0)
        return (clock_t)no_clock();     /* clock() then returns -1, as C says */
    now = (clock_t)(ticks / hz * CLOCKS_PER_SEC + ticks % hz * CLOCKS_PER_SEC / hz);
    if (buf) {
        buf->tms_utime = now;
        buf->tms_stime = 0;
        buf->tms_cutime = 0;
        buf->tms_cstime = 0;
    }
    return now;
}
