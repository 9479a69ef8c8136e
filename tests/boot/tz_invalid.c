/* kit-test: an invalid or unset TZ means UTC, not what a partial parse left
 * scope: arch
 * expect: EST5: 19:00 ok
 * expect: XYZ (no offset): 00:00 ok
 * expect: EST5 again: 19:00 ok
 * expect: EST5EDT,M13.1.0,M11.1.0 (month 13): 00:00 ok
 * expect: EST5 a third time: 19:00 ok
 * expect: "" (empty): 00:00 ok
 * expect: EST5 a fourth time: 19:00 ok
 * expect: unset: 00:00 ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* POSIX leaves an invalid TZ to the implementation; glibc, like an unset
 * TZ, takes UTC.  newlib 3.3.0 returned from tzset halfway: "XYZ" and an
 * empty TZ kept the previous zone, a bad rule kept the offsets already
 * stored, and unsetting TZ reset _timezone but left the offset localtime
 * reads (__tzrule[0].offset) at the old zone's.  Each invalid TZ comes
 * after a valid one, so a left-over zone shows.  Fixed by
 * newlib/patches/0011.  Time 0 is 1970-01-01 00:00 UTC, 19:00 the day
 * before in EST. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void check(const char *tz, const char *label, int hour)
{
    time_t t = 0;
    struct tm tm;

    if (tz)
        setenv("TZ", tz, 1);
    else
        unsetenv("TZ");
    tzset();
    localtime_r(&t, &tm);
    printf("%s: %02d:%02d %s\n", label, tm.tm_hour, tm.tm_min,
           tm.tm_hour == hour && tm.tm_min == 0 ? "ok" : "WRONG");
}

int main(void)
{
    check("EST5", "EST5", 19);
    check("XYZ", "XYZ (no offset)", 0);
    check("EST5", "EST5 again", 19);
    check("EST5EDT,M13.1.0,M11.1.0", "EST5EDT,M13.1.0,M11.1.0 (month 13)", 0);
    check("EST5", "EST5 a third time", 19);
    check("", "\"\" (empty)", 0);
    check("EST5", "EST5 a fourth time", 19);
    check(NULL, "unset", 0);
    return 0;
}
