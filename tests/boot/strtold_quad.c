/* kit-test: strtold with a 128-bit long double (RISC-V, AArch64) returns the right value
 * scope: arch
 * libcs: newlib newlib-nano
 * expect: long double: 113-bit significand
 * expect: "1.5": ok
 * expect: "0.1": ok
 * expect: "-2.75e100": ok
 * expect: "1e4000": ok
 * expect: "6.5e-4960": ok
 * expect: "0x1.8p1": ok
 * expect: "1e5000": ok
 * expect: "inf": ok
 * expect: "nan": ok
 * expect: "12.5kg": ok
 * expect: "x": ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* Every ABI here has an IEEE binary128 long double (RISC-V psABI "long
 * double is 128-bit"; AAPCS64 7.1.1: quad precision).  newlib 3.3.0's
 * strtold packed its result in the x87 80-bit layout whatever the target,
 * so 1.5 came back as a tiny denormal.  Expected values are the
 * compiler's own (GCC converts decimal constants correctly rounded);
 * 0.1 checks round-to-nearest, 1e4000 is beyond double, 6.5e-4960 is a
 * binary128 denormal.  Fixed by newlib/patches/0005.  (printf and scanf
 * convert %Lf through double: see README, newlib limits.)  newlib only:
 * picolibc 1.8's strtold gets "-2.75e100" and "1e4000" wrong in the last
 * bits (README, picolibc limits). */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int failures;

static void check(const char *str, long double want, size_t want_len)
{
    char *end;
    long double got = strtold(str, &end);
    int same = isnan(want) ? isnan(got) != 0 : got == want && signbit(got) == signbit(want);
    int ok = same && (size_t)(end - str) == want_len;

    printf("\"%s\": %s\n", str, ok ? "ok" : "WRONG");
    if (!ok) {
        unsigned char b[sizeof got];
        memcpy(b, &got, sizeof got);
        printf("  got bytes (little-endian, high first):");
        for (size_t i = sizeof b; i-- > 0;)
            printf(" %02x", b[i]);
        printf(", end at +%ld\n", (long)(end - str));
    }
    failures += !ok;
}

int main(void)
{
    printf("long double: %d-bit significand\n", LDBL_MANT_DIG);
    check("1.5", 1.5L, 3);
    check("0.1", 0.1L, 3);
    check("-2.75e100", -2.75e100L, 9);
    check("1e4000", 1e4000L, 6);
    check("6.5e-4960", 6.5e-4960L, 9);
    check("0x1.8p1", 3.0L, 7);
    check("1e5000", HUGE_VALL, 6);              /* overflow: HUGE_VALL */
    check("inf", INFINITY, 3);
    check("nan", NAN, 3);
    check("12.5kg", 12.5L, 4);
    check("x", 0.0L, 0);                        /* no conversion: 0, end = str */
    return failures ? 1 : 0;
}
