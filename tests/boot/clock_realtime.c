/* kit-test: the date from the board's real-time clock: time(), gettimeofday and clock_gettime agree
 * needs: rtc
 * scope: arch
 * expect: CLOCK_REALTIME: a date after 2024: ok
 * expect: time() and gettimeofday agree with it: ok
 * expect: CLOCK_MONOTONIC: counts from reset, and advances: ok
 * expect: realtime advances with the counter: ok
 * expect: clock_getres: ok
 * expect: an unknown clock: EINVAL: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* BOARD_RTC (goldfish on RISC-V virt, PL031 on AArch64 virt) gives the
 * host's date at the first call; the counter carries it on
 * (syscalls/clock.c).  Before the kit read an RTC, time() was 1970 plus
 * the seconds since reset. */
#include <errno.h>
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static long long ns(const struct timespec *t)
{
    return (long long)t->tv_sec * 1000000000 + t->tv_nsec;
}

static void say(const char *what, int ok)
{
    printf("%s: %s\n", what, ok ? "ok" : "WRONG");
}

int main(void)
{
    struct timespec r0, r1, m0, m1, res;
    struct timeval tv;
    time_t t;
    volatile unsigned spin = 0;

    say("CLOCK_REALTIME: a date after 2024", clock_gettime(CLOCK_REALTIME, &r0) == 0 &&
        r0.tv_sec > 1704067200 && r0.tv_nsec >= 0 && r0.tv_nsec < 1000000000);
    t = time(NULL);
    say("time() and gettimeofday agree with it", gettimeofday(&tv, NULL) == 0 &&
        t >= r0.tv_sec && t <= r0.tv_sec + 2 && tv.tv_sec >= r0.tv_sec && tv.tv_sec <= t + 1);
    clock_gettime(CLOCK_MONOTONIC, &m0);
    while (spin < 2000000)
        spin++;
    clock_gettime(CLOCK_MONOTONIC, &m1);
    clock_gettime(CLOCK_REALTIME, &r1);
    say("CLOCK_MONOTONIC: counts from reset, and advances", m0.tv_sec < 600 && ns(&m1) > ns(&m0));
    say("realtime advances with the counter", ns(&r1) > ns(&r0) &&
        ns(&r1) - ns(&r0) >= ns(&m1) - ns(&m0));
    say("clock_getres", clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0 &&
        res.tv_nsec > 0 && res.tv_nsec <= 1000);
    errno = 0;
    say("an unknown clock: EINVAL", clock_gettime((clockid_t)99, &r1) == -1 && errno == EINVAL);
    return 0;
}
