/*
 * _gettimeofday: newlib's gettimeofday(2) and time() (picolibc's through
 * syscalls/picolibc/posix.c): the real-time clock, the host's date on a
 * board with an RTC (syscalls/clock.c).
 */
#include "syscalls.h"
#include <errno.h>
#include "clock.h"
#include "result.h"

int _gettimeofday(struct timeval *tv, void *tz)
{
    struct kit_time t;
    int r = kit_clock_get(1, &t);

    (void)tz;                   /* obsolete; POSIX says pass NULL */
    if (r < 0)
        return (int)kit_result(r);
    if (tv) {
        tv->tv_sec = (time_t)t.sec;
        tv->tv_usec = (suseconds_t)(t.nsec / 1000u);
    }
    return 0;
}
