/* kit-test: strtol family: "0x" without a hex digit, and an invalid base
 * libcs: newlib picolibc
 * scope: arch
 * expect: strtol "0xz" base 16: 0, end at "xz"
 * expect: strtol "0xz" base 0: 0, end at "xz"
 * expect: strtoul "0xz" base 16: 0, end at "xz"
 * expect: strtoll "0xz" base 0: 0, end at "xz"
 * expect: strtoull "0Xg" base 16: 0, end at "Xg"
 * expect: strtoimax "0x" base 16: 0, end at "x"
 * expect: strtoumax "0x!" base 0: 0, end at "x!"
 * expect: strtol "0x1f" base 0: 31, end at ""
 * expect: strtol base 37: 0, end at nptr, EINVAL
 * expect: strtol base 1: 0, end at nptr, EINVAL
 * expect: strtoul base 37: 0, end at nptr, EINVAL
 * expect: strtoll base -2: 0, end at nptr, EINVAL
 * expect: strtoull base 37: 0, end at nptr, EINVAL
 * expect: strtoimax base 37: 0, end at nptr, EINVAL
 * expect: strtoumax base 1: 0, end at nptr, EINVAL
 * expect-not: WRONG
 * expect-exit: 0
 */
/* C11 7.22.1.4: for base 16 (or 0) the subject sequence is an optional
 * "0x" followed by hex digits; in "0xz" the longest such sequence is "0",
 * so the value is 0 and *endptr points at "xz".  newlib 3.3.0 consumed
 * "0x" and then, finding no digit, set *endptr = nptr ("no conversion").
 * A base outside 0 and 2..36 is not C (7.22.1.4p3); POSIX says EINVAL, and
 * no conversion means *endptr = nptr: newlib 3.3.0 left endptr unset
 * (strtol) or even converted in base 37 (strtoul, strtoll, strtoull).
 * Fixed by newlib/patches/0004. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

/* One conversion: its value and end pointer against what C says. */
static void report(const char *call, long long value, const char *end,
                   long long want, const char *want_end)
{
    int ok = value == want && end == want_end;

    printf("%s: %lld, end at \"%s\"%s\n", call, value,
           end ? end : "(unset)", ok ? "" : " WRONG");
    failures += !ok;
}

/* A bad base: value 0, *endptr == nptr, errno EINVAL. */
static void report_base(const char *call, long long value, const char *end,
                        const char *nptr, int err)
{
    int ok = value == 0 && end == nptr && err == EINVAL;

    printf("%s: %lld, end at %s, %s%s\n", call, value,
           end == nptr ? "nptr" : "not nptr",
           err == EINVAL ? "EINVAL" : "errno not EINVAL", ok ? "" : " WRONG");
    failures += !ok;
}

/* Call FN(STR, &end, BASE); expect WANT with the end at STR + OFF. */
#define CONVERT(FN, STR, BASE, WANT, OFF) do {                             \
        const char *str_ = (STR);                                          \
        char *end_ = NULL;                                                 \
        long long v_ = (long long)FN(str_, &end_, BASE);                   \
        report(#FN " \"" STR "\" base " #BASE, v_, end_, WANT, str_ + OFF); \
    } while (0)

/* Call FN("10", &end, BASE) with a base C does not allow. */
#define BAD_BASE(FN, BASE) do {                                            \
        static const char str_[] = "10";                                   \
        char *end_ = (char *)"unset";                                      \
        errno = 0;                                                         \
        long long v_ = (long long)FN(str_, &end_, BASE);                   \
        report_base(#FN " base " #BASE, v_, end_, str_, errno);            \
    } while (0)

int main(void)
{
    CONVERT(strtol, "0xz", 16, 0, 1);
    CONVERT(strtol, "0xz", 0, 0, 1);
    CONVERT(strtoul, "0xz", 16, 0, 1);
    CONVERT(strtoll, "0xz", 0, 0, 1);
    CONVERT(strtoull, "0Xg", 16, 0, 1);
    CONVERT(strtoimax, "0x", 16, 0, 1);
    CONVERT(strtoumax, "0x!", 0, 0, 1);
    CONVERT(strtol, "0x1f", 0, 31, 4);          /* the prefix still works */

    BAD_BASE(strtol, 37);
    BAD_BASE(strtol, 1);
    BAD_BASE(strtoul, 37);
    BAD_BASE(strtoll, -2);
    BAD_BASE(strtoull, 37);
    BAD_BASE(strtoimax, 37);
    BAD_BASE(strtoumax, 1);
    return failures ? 1 : 0;
}
