/*
 * The wait behind nanosleep, usleep and sleep.  newlib 3.3.0 declares
 * them (<time.h>, <unistd.h>) but builds them only for systems that have
 * them (its libc/posix is not part of a riscv*-/aarch64-elf libc), so the
 * kit supplies all three (nanosleep.c, usleep.c, sleep.c).  They wait in
 * wfi for a timer interrupt (platform/timer.h); on a board without one
 * (BOARD_TIMER = none) they spin on the counter, and with no known counter
 * rate they fail ENOSYS.  No signals here: a sleep is never interrupted.
 */
#include <errno.h>
#include "sleep.h"
#include "../platform/platform.h"
#include "../platform/timer.h"

int kit_sleep_ns(uint64_t ns)
{
    uint64_t deadline;

    if (kit_counter_hz() == 0)
        return -ENOSYS;
    deadline = kit_counter() + kit_timer_ns_to_ticks(ns);
    if (kit_timer_sleep_until(deadline) == 0)
        return 0;
    errno = 0;                  /* ENOSYS from the timer: spin instead */
    while (kit_counter() < deadline)
        ;
    return 0;
}
