/*
 * nanosleep (POSIX), in wfi until the time has passed (syscalls/
 * sleep_ns.c).  No signals: a sleep is never cut short, *rem is always 0.
 * Its prototype: the kit's <time.h> (syscalls/include/time.h), since
 * newlib's has it only under _POSIX_TIMERS.
 */
#include <errno.h>
#include <time.h>
#include "result.h"
#include "sleep.h"

int nanosleep(const struct timespec *req, struct timespec *rem)
{
    int r;

    /* POSIX: EINVAL for a nanosecond field outside 0..999999999. */
    if (!req || req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000L)
        return (int)kit_result(-EINVAL);
    r = kit_sleep_ns((uint64_t)req->tv_sec * 1000000000u + (uint64_t)req->tv_nsec);
    if (r < 0)
        return (int)kit_result(r);
    if (rem)
        rem->tv_sec = rem->tv_nsec = 0;
    return 0;
}
