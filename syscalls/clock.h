/*
 * The kit's clocks, for gettimeofday, time and clock_gettime
 * (syscalls/clock.c): a result or -errno.
 *
 *   monotonic  the architecture's counter since reset (platform/
 *              counter.c): never set, never jumps;
 *   realtime   the same counter plus the board's real-time clock, read
 *              once at the first call (BOARD_RTC: goldfish on RISC-V virt,
 *              PL031 on AArch64 virt); without one, counted from reset
 *              (1970-01-01 00:00 is the moment the board started).
 */
#ifndef KIT_CLOCK_H
#define KIT_CLOCK_H

#include <stdint.h>
#include <time.h>

/* Which of the two a POSIX clock is: 1 realtime, 0 monotonic, or -EINVAL
 * for a clock there is not.  The CPU-time clocks are monotonic: one
 * program has had the machine since reset. */
int kit_clock_kind(clockid_t id);

/* A time in seconds and nanoseconds: nanoseconds alone would overflow
 * 64 bits after 584 years of counting, which a counter set by firmware
 * may already show. */
struct kit_time {
    uint64_t sec;
    uint32_t nsec;
};

/* The time on one clock: 0, or -ENOSYS when nothing says how fast the
 * counter runs. */
int kit_clock_get(int realtime, struct kit_time *t);

/* Nanoseconds per tick of the counter, rounded up (clock_getres). */
int kit_clock_res_ns(uint64_t *ns);

#endif
