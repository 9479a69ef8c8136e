/* kit-test: TZ with POSIX <...> quoted zone names
 * scope: arch
 * expect: <+0330>-3:30: name +0330, timezone -12600, 1970-01-01 03:30
 * expect: <+10>-10<+11>,M10.1.0,M4.1.0/3 in January: +11 dst 1 23:00
 * expect: <+10>-10<+11>,M10.1.0,M4.1.0/3 in July: +10 dst 0 22:00
 * expect: EST5EDT,M3.2.0,M11.1.0 in July: EDT dst 1 08:00
 * expect-not: WRONG
 * expect-exit: 0
 */
/* POSIX XBD 8.3 (TZ): a zone name is either letters, or "<" letters,
 * digits, '+' and '-' ">" (the form zones without an abbreviation use,
 * e.g. Asia/Tehran "<+0330>-3:30").  newlib 3.3.0 read "<" as the whole
 * name and "+0330" as 330 hours.  Fixed by newlib/patches/0006.  Expected
 * local times were worked out by hand from the rules (12:00 UTC on
 * 2020-01-12 and 2020-07-12). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int failures;

static void local(const char *tz, const char *when, time_t t, const char *name,
                  int dst, int hour)
{
    struct tm tm;

    setenv("TZ", tz, 1);
    tzset();
    localtime_r(&t, &tm);
    int ok = tm.tm_isdst == dst && tm.tm_hour == hour && tm.tm_min == 0 &&
             strcmp(tzname[tm.tm_isdst > 0], name) == 0;
    printf("%s in %s: %s dst %d %02d:%02d%s\n", tz, when, tzname[tm.tm_isdst > 0],
           tm.tm_isdst, tm.tm_hour, tm.tm_min, ok ? "" : " WRONG");
    failures += !ok;
}

int main(void)
{
    const char *tehran = "<+0330>-3:30", *sydney = "<+10>-10<+11>,M10.1.0,M4.1.0/3";
    time_t zero = 0;
    struct tm tm;

    setenv("TZ", tehran, 1);
    tzset();
    localtime_r(&zero, &tm);
    int ok = strcmp(tzname[0], "+0330") == 0 && _timezone == -12600 &&
             tm.tm_year == 70 && tm.tm_hour == 3 && tm.tm_min == 30;
    printf("%s: name %s, timezone %ld, %04d-%02d-%02d %02d:%02d%s\n", tehran,
           tzname[0], (long)_timezone, tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, ok ? "" : " WRONG");
    failures += !ok;

    local(sydney, "January", 1578830400, "+11", 1, 23);
    local(sydney, "July", 1594555200, "+10", 0, 22);
    local("EST5EDT,M3.2.0,M11.1.0", "July", 1594555200, "EDT", 1, 8);  /* unchanged */
    return failures ? 1 : 0;
}
