/* kit-test: timegm: struct tm in UTC to time_t, whatever TZ says
 * libcs: newlib picolibc
 * scope: arch
 * expect: 2020-01-12 12:00:00: 1578830400
 * expect: 1969-12-31 23:59:59: -1
 * expect: 2100-03-01 00:00:00: 4107542400
 * expect: 1900-01-01 00:00:00: -2208988800
 * expect: 2019-12-32 24:00:00 normalised: 1577923200 2020-01-02 wday 4 yday 1
 * expect-not: WRONG
 * expect-exit: 0
 */
/* timegm is mktime for UTC (BSD and glibc; standard since C23, 7.29.2.7):
 * ported code converting a UTC date has nothing else that ignores TZ.
 * newlib 3.3.0 has none; newlib/patches/0007 adds it.  Expected values
 * are days since 1970-01-01 by the Gregorian rules, times 86400: e.g.
 * 2020-01-12 is 50 years (12 of them leap) + 11 days = 18273 days. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int failures;

static time_t utc(int y, int mon, int d, int h, int min, int s, long long want)
{
    struct tm tm = { .tm_year = y - 1900, .tm_mon = mon - 1, .tm_mday = d,
                     .tm_hour = h, .tm_min = min, .tm_sec = s, .tm_isdst = -1 };
    time_t t = timegm(&tm);
    int ok = (long long)t == want;

    printf("%04d-%02d-%02d %02d:%02d:%02d: %lld%s\n", y, mon, d, h, min, s,
           (long long)t, ok ? "" : " WRONG");
    failures += !ok;
    return t;
}

int main(void)
{
    setenv("TZ", "EST5EDT", 1);     /* timegm must not care */
    tzset();
    utc(2020, 1, 12, 12, 0, 0, 1578830400);
    utc(1969, 12, 31, 23, 59, 59, -1);
    utc(2100, 3, 1, 0, 0, 0, 4107542400LL);     /* 2100 is not leap */
    utc(1900, 1, 1, 0, 0, 0, -2208988800LL);

    /* Out-of-range fields are normalised, and tm is rewritten, as mktime does. */
    struct tm tm = { .tm_year = 119, .tm_mon = 11, .tm_mday = 32, .tm_hour = 24 };
    time_t t = timegm(&tm);
    int ok = t == 1577923200 && tm.tm_year == 120 && tm.tm_mon == 0 &&
             tm.tm_mday == 2 && tm.tm_wday == 4 && tm.tm_yday == 1 && tm.tm_isdst == 0;
    printf("2019-12-32 24:00:00 normalised: %lld %04d-%02d-%02d wday %d yday %d%s\n",
           (long long)t, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_wday,
           tm.tm_yday, ok ? "" : " WRONG");
    failures += !ok;
    return failures ? 1 : 0;
}
