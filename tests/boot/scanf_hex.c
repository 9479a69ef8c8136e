/* kit-test: scanf reads hexadecimal floats (%a, %e, %f, %g), as strtod does
 * libcs: newlib
 * scope: arch
 * expect: %la "0x1.8p1": 1 3 ok
 * expect: %f "-0x1p-2": 1 -0.25 ok
 * expect: %lf "0X.8P+4 rest": 1 8 next " rest" ok
 * expect: %a "0x10": 1 16 ok
 * expect: %lf "0x1.Ap0e": 1 1.625 next "e" ok
 * expect: %le "0x1p3": 1 8 ok
 * expect: %lg "-0x.1": 1 -0.0625 ok
 * expect: %4la "0x123": 1 18 next "3" ok
 * expect: %la "0x": 0 ok
 * expect: %lf "1.5e3" still decimal: 1 1500 ok
 * expect: %lf "0042.5" still decimal: 1 42.5 ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* C11 7.21.6.2p12: a, e, f and g match "an optionally signed floating-
 * point number ... whose format is the same as expected for the subject
 * sequence of the strtod function", and strtod reads hex floats
 * (7.22.1.3).  newlib 3.3.0's scanf stopped at the 'x' and stored 0.
 * Fixed by newlib/patches/0012.  "0x" alone is a prefix of a hex float
 * but no number: a matching failure (7.21.6.2p10).  A field width counts
 * the "0x" too.  newlib only: newlib-nano's scanf and picolibc's read no
 * hex floats (docs/libc.md). */
#include <stdio.h>
#include <string.h>

static void check(const char *fmt, const char *in, const char *note, int nwant,
                  double want, const char *restwant)
{
    char f[16], rest[16] = "";
    double d = 0;
    int n;

    snprintf(f, sizeof f, "%s%%15[^!]", fmt);
    n = sscanf(in, f, &d, rest);
    if (n > 0)
        n = 1;                      /* the number; rest is the test's */
    printf("%s \"%s\"%s: %d", fmt, in, note, n);
    if (nwant)
        printf(" %g", d);
    if (restwant)
        printf(" next \"%s\"", rest);
    printf(" %s\n", n == nwant && (!nwant || d == want) &&
           (!restwant || !strcmp(rest, restwant)) ? "ok" : "WRONG");
}

int main(void)
{
    float fl = 0;
    int n;

    check("%la", "0x1.8p1", "", 1, 3, NULL);
    n = sscanf("-0x1p-2", "%f", &fl);
    printf("%%f \"-0x1p-2\": %d %g %s\n", n, fl, n == 1 && fl == -0.25f ? "ok" : "WRONG");
    check("%lf", "0X.8P+4 rest", "", 1, 8, " rest");
    n = sscanf("0x10", "%a", &fl);
    printf("%%a \"0x10\": %d %g %s\n", n, fl, n == 1 && fl == 16 ? "ok" : "WRONG");
    check("%lf", "0x1.Ap0e", "", 1, 1.625, "e");
    check("%le", "0x1p3", "", 1, 8, NULL);
    check("%lg", "-0x.1", "", 1, -0.0625, NULL);
    check("%4la", "0x123", "", 1, 0x12, "3");
    check("%la", "0x", "", 0, 0, NULL);
    check("%lf", "1.5e3", " still decimal", 1, 1500, NULL);
    check("%lf", "0042.5", " still decimal", 1, 42.5, NULL);
    return 0;
}
