/* clock_getres (POSIX): every clock ticks with the counter
 * (syscalls/clock.c); its declaration: syscalls/include/time.h. */
#include <errno.h>
#include <time.h>
#include "clock.h"
#include "result.h"

int clock_getres(clockid_t id, struct timespec *res)
{
    uint64_t ns;
    int k = kit_clock_kind(id), r;

    if (k < 0)
        return (int)kit_result(k);
    if ((r = kit_clock_res_ns(&ns)) < 0)
        return (int)kit_result(r);
    if (res) {
        res->tv_sec = (time_t)(ns / 1000000000u);
        res->tv_nsec = (long)(ns % 1000000000u);
    }
    return 0;
}
