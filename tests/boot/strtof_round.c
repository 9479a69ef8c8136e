/* kit-test: strtof rounds once, to float: no double rounding through double
 * libcs: newlib
 * scope: arch
 * expect: 0x1.000001p0: 0x1p+0 ok
 * expect: 0x1.00000100000001p0: 0x1.000002p+0 ok
 * expect: 0x1.000001000000000000001p0: 0x1.000002p+0 ok
 * expect: 0x1.fffffefffffffffffp0: 0x1.fffffep+0 ok
 * expect: 1.00000005960464477539062500000001: 0x1.000002p+0 ok
 * expect: 0x1.004000000000001p-140: 0x1.008p-140 ok
 * expect: 0x1p128: inf ERANGE ok
 * expect: -0x1.8p1: -0x1.8p+1 ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* C11 7.22.1.3p5: strtof returns the float nearest the subject sequence
 * (to nearest, ties to even).  newlib 3.3.0 converted to double and then
 * to float: a value above halfway between two floats by less than a
 * double's last bit became exactly halfway as a double, then went to the
 * even float, down.  1.000000059604644775390625 (2^-24 over 1) is such a
 * halfway point in decimal.  (ERANGE for an inexact denormal is the
 * implementation's choice, C11 7.22.1.3p10: not checked.)  Fixed by
 * newlib/patches/0010; the
 * expectations come from the exact binary values, worked by hand.
 * newlib only: newlib-nano has the same strtof but prints no %a, and
 * picolibc's strtof rounds the decimal case and the denormal's ERANGE
 * its own way (docs/libc.md, picolibc limits). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check(const char *s, const char *want)
{
    char got[64];
    float f;

    errno = 0;
    f = strtof(s, NULL);
    snprintf(got, sizeof got, "%a%s", (double)f, errno == ERANGE ? " ERANGE" : "");
    printf("%s: %s %s\n", s, got, strcmp(got, want) ? "WRONG" : "ok");
}

int main(void)
{
    check("0x1.000001p0", "0x1p+0");                    /* halfway: to even */
    check("0x1.00000100000001p0", "0x1.000002p+0");     /* above, past double */
    check("0x1.000001000000000000001p0", "0x1.000002p+0");
    check("0x1.fffffefffffffffffp0", "0x1.fffffep+0");  /* below halfway */
    check("1.00000005960464477539062500000001", "0x1.000002p+0");
    check("0x1.004000000000001p-140", "0x1.008p-140");   /* denormal, above */
    check("0x1p128", "inf ERANGE");
    check("-0x1.8p1", "-0x1.8p+1");
    return 0;
}
