/*
 * Host tests of the kit's clocks (syscalls/clock.c, gettimeofday.c,
 * times.c, clock_gettime.c) against a counter and an RTC the test
 * controls: seconds and microseconds from ticks, clock() units, the RTC
 * read once and carried on by the counter, and a board that knows no
 * counter rate (hz 0) getting ENOSYS instead of a division by zero.  One
 * line per check.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "../../platform/platform.h"
#include "../../syscalls/syscalls.h"

static uint64_t ticks, hz, rtc_ns;
static int rtc_reads, failures;

int kit_rtc_ns(uint64_t *ns)
{
    rtc_reads++;
    if (!rtc_ns)
        return -ENODEV;
    *ns = rtc_ns;
    return 0;
}

uint64_t kit_counter(void)
{
    return ticks;
}

uint64_t kit_counter_hz(void)
{
    return hz;
}

#define CHECK(name, cond) check(name, (cond), #cond)

static void check(const char *name, int ok, const char *expr)
{
    if (ok)
        printf("PASS host/time: %s\n", name);
    else {
        printf("FAIL host/time: %s: %s\n", name, expr);
        failures++;
    }
}

/* The RTC: read at the first realtime call only, then the counter. */
static void test_rtc(void)
{
    struct timespec ts;
    struct timeval tv;

    hz = 10000000;
    ticks = 20000000;               /* 2 s after reset */
    rtc_ns = UINT64_C(1765000000) * 1000000000 + 250000000;    /* a date, .25 s */
    CHECK("monotonic: the counter since reset",
          clock_gettime(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec == 2 && ts.tv_nsec == 0
          && rtc_reads == 0);
    CHECK("realtime: the RTC's date",
          clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec == 1765000000
          && ts.tv_nsec == 250000000 && rtc_reads == 1);
    ticks += 15000000;              /* 1.5 s later */
    rtc_ns = 1;                     /* would be 1970: must not be read again */
    CHECK("realtime: the counter carries it on, the RTC read once",
          clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec == 1765000001
          && ts.tv_nsec == 750000000 && rtc_reads == 1);
    CHECK("gettimeofday is realtime",
          _gettimeofday(&tv, NULL) == 0 && tv.tv_sec == 1765000001 && tv.tv_usec == 750000);
    errno = 0;
    CHECK("an unknown clock: EINVAL", clock_gettime((clockid_t)42, &ts) == -1 && errno == EINVAL);
    CHECK("clock_getres: 100 ns at 10 MHz",
          clock_getres(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec == 0 && ts.tv_nsec == 100);
}

int main(void)
{
    struct timeval tv;
    struct tms t;
    clock_t c;
    int status;

    /* The RTC's offset is kept for the process's life: a process of its
     * own for the board with an RTC, this one for the board without. */
    fflush(stdout);
    if (fork() == 0) {
        test_rtc();
        return failures ? 1 : 0;
    }
    wait(&status);
    failures += !WIFEXITED(status) || WEXITSTATUS(status);

    hz = 10000000;                  /* QEMU virt's timebase */
    ticks = 25000000 + 1234;        /* 2.5001234 s */
    CHECK("gettimeofday splits ticks into s and us",
          _gettimeofday(&tv, NULL) == 0 && tv.tv_sec == 2 && tv.tv_usec == 500123);
    c = _times(&t);
    CHECK("times counts CLOCKS_PER_SEC units",
          c == (clock_t)(2.5001234 * CLOCKS_PER_SEC) && t.tms_utime == c && t.tms_stime == 0);

    ticks = UINT64_C(1) << 62;      /* no overflow in ticks * units */
    CHECK("a large count does not overflow",
          _gettimeofday(&tv, NULL) == 0
          && (uint64_t)tv.tv_sec == (UINT64_C(1) << 62) / hz);

    hz = 0;                         /* nothing says how fast it runs */
    errno = 0;
    CHECK("no counter rate: gettimeofday is ENOSYS",
          _gettimeofday(&tv, NULL) == -1 && errno == ENOSYS);
    errno = 0;
    CHECK("no counter rate: times is -1 ENOSYS",
          _times(&t) == (clock_t)-1 && errno == ENOSYS);
    return failures ? 1 : 0;
}
