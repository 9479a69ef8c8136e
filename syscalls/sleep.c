/*
 * nanosleep, usleep and sleep.  newlib 3.3.0 declares them (<time.h>,
 * <unistd.h>) but builds them only for systems that have them (its
 * libc/posix is not part of a riscv*-/aarch64-elf libc), so the kit
 * supplies all three.  They wait in wfi for a timer interrupt
 * (platform/timer.h); on a board without one (BOARD_TIMER = none) they
 * spin on the counter, and with no known counter rate they fail ENOSYS.
 * No signals here: a sleep is never interrupted, *rem is always 0.
 * nanosleep's prototype is in platform/timer.h: newlib's <time.h> has it
 * only under _POSIX_TIMERS.
 */
#include <errno.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include "../platform/platform.h"
#include "../platform/timer.h"

static int sleep_ns(uint64_t ns)
{
    uint64_t deadline;

    if (kit_counter_hz() == 0) {
        errno = ENOSYS;
        return -1;
    }
    deadline = kit_counter() + kit_timer_ns_to_ticks(ns);
    if (kit_timer_sleep_until(deadline) == 0)
        return 0;
    errno = 0;                  /* ENOSYS from the timer: spin instead */
    while (kit_counter() < deadline)
        ;
    return 0;
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
    /* POSIX: EINVAL for a nanosecond field outside 0..999999999. */
    if (!req || req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000L) {
        errno = EINVAL;
        return -1;
    }
    if (sleep_ns((uint64_t)req->tv_sec * 1000000000u + (uint64_t)req->tv_nsec) < 0)
        return -1;
    if (rem)
        rem->tv_sec = rem->tv_nsec = 0;
    return 0;
}

int usleep(useconds_t us)
{
    return sleep_ns((uint64_t)us * 1000u);
}

unsigned sleep(unsigned seconds)
{
    /* No signals, so it sleeps in full: 0 seconds left. */
    return sleep_ns((uint64_t)seconds * 1000000000u) < 0 ? seconds : 0;
}
