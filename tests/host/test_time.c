/*
 * Host tests of syscalls/time.c against a counter the test controls:
 * seconds and microseconds from ticks, clock() units, and a board that
 * knows no counter rate (hz 0) getting ENOSYS instead of a division by
 * zero.  One line per check.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include "../../platform/platform.h"
#include "../../syscalls/syscalls.h"

static uint64_t ticks, hz;
static int failures;

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

int main(void)
{
    struct timeval tv;
    struct tms t;
    clock_t c;

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
