/*
 * clock_gettime (POSIX): CLOCK_REALTIME is the date (the board's RTC, read
 * once, then the counter), CLOCK_MONOTONIC the counter since reset
 * (syscalls/clock.c).  newlib 3.3.0 and picolibc 1.8 have none for a bare
 * target and declare it only for RTEMS and Cygwin: the kit's <time.h>
 * (syscalls/include/time.h) declares it and CLOCK_MONOTONIC.
 */
#include <errno.h>
#include <time.h>
#include "clock.h"
#include "result.h"

int clock_gettime(clockid_t id, struct timespec *ts)
{
    struct kit_time t;
    int k = kit_clock_kind(id), r;

    if (k < 0)
        return (int)kit_result(k);
    if ((r = kit_clock_get(k, &t)) < 0)
        return (int)kit_result(r);
    ts->tv_sec = (time_t)t.sec;
    ts->tv_nsec = (long)t.nsec;
    return 0;
}
