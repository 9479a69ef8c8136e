/*
 * _times: newlib's clock() adds tms_utime and tms_stime and divides by
 * CLOCKS_PER_SEC: report all time since reset as the program's user
 * time, in those units.
 */
#include "syscalls.h"
#include <errno.h>
#include <time.h>
#include "result.h"
#include "../platform/platform.h"

clock_t _times(struct tms *buf)
{
    /* The rate first: the first call may read it from the devicetree,
     * which takes a while; the count is taken after that. */
    uint64_t hz = kit_counter_hz(), ticks = kit_counter();
    clock_t now;

    if (hz == 0)                /* clock() then returns -1, as C says */
        return (clock_t)kit_result(-ENOSYS);
    now = (clock_t)(ticks / hz * CLOCKS_PER_SEC + ticks % hz * CLOCKS_PER_SEC / hz);
    if (buf) {
        buf->tms_utime = now;
        buf->tms_stime = 0;
        buf->tms_cutime = 0;
        buf->tms_cstime = 0;
    }
    return now;
}
