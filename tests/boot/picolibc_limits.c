/* kit-test: LIBC=picolibc's limits, as README.md lists them: no long double in printf/scanf
 * libcs: picolibc
 * scope: arch
 * expect: printf %Lf of 0.1L: not converted
 * expect: sscanf %Lf of "2.5": not converted
 * expect: %lld, %zu, %2$s: converted
 * expect-exit: 0
 */
/* Debian's picolibc 1.8 is built without long double conversions
 * (picolibc.h: _WANT_IO_LONG_DOUBLE undefined): %Lf reads a double where
 * a long double was passed, so it prints garbage and, on RISC-V, every
 * conversion after it is off too (README, picolibc limits).  What newlib-
 * nano lacks is there: long long, size_t, positional arguments.  If a
 * newer picolibc converts long double, this test fails: update README. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[64], pos[16];
    long double x = 0;
    volatile long double tenth = 0.1L;

    snprintf(buf, sizeof buf, "%Lf", tenth);
    printf("printf %%Lf of 0.1L: %s\n", strcmp(buf, "0.100000") ? "not converted" : "converted");
    sscanf("2.5", "%Lf", &x);
    printf("sscanf %%Lf of \"2.5\": %s\n", x == 2.5L ? "converted" : "not converted");
    snprintf(buf, sizeof buf, "%lld %zu", -5LL, (size_t)7);
    snprintf(pos, sizeof pos, "%2$s %1$s", "a", "b");
    printf("%%lld, %%zu, %%2$s: %s\n",
           strcmp(buf, "-5 7") || strcmp(pos, "b a") ? "NOT converted" : "converted");
    return 0;
}
