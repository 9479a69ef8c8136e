/*
 * <time.h>, as the C library has it, plus the POSIX clocks the kit
 * supplies.
 *
 * newlib 3.3.0 and picolibc 1.8 declare clock_gettime, clock_getres and
 * nanosleep, and define CLOCK_MONOTONIC, only where _POSIX_TIMERS and
 * _POSIX_MONOTONIC_CLOCK are set: RTEMS and Cygwin.  For a bare target a
 * program calling them did not compile, though the kit defines them
 * (syscalls/clock_gettime.c, clock_getres.c, nanosleep.c).  This header
 * comes first on the include path of every build the kit makes or hands
 * out flags for (mk/newlib.mk, mk/picolibc.mk: LIBC_CFLAGS) and includes
 * the C library's own (GCC's #include_next).  It defines neither
 * _POSIX_TIMERS nor _POSIX_MONOTONIC_CLOCK: the timers those promise
 * (timer_create ...) are not here.
 */
#include_next <time.h>

#ifndef KIT_INCLUDE_TIME_H
#define KIT_INCLUDE_TIME_H

#if !defined(_POSIX_TIMERS) && __POSIX_VISIBLE >= 199309
#ifdef __cplusplus
extern "C" {
#endif
int clock_gettime(clockid_t clock_id, struct timespec *tp);
int clock_getres(clockid_t clock_id, struct timespec *res);
int nanosleep(const struct timespec *rqtp, struct timespec *rmtp);
#ifdef __cplusplus
}
#endif
#endif

#if !defined(CLOCK_MONOTONIC) && __POSIX_VISIBLE >= 199309
#define CLOCK_MONOTONIC ((clockid_t)4)      /* as newlib numbers it for RTEMS */
#endif

#endif
