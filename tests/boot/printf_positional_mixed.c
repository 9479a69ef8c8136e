/* kit-test: positional printf with widths from arguments, mixed int, short, long, double
 * libcs: newlib picolibc
 * scope: arch
 * expect: widths: [    1|   2|     3|4.500000|]
 * expect: hh: [  9 x 2.50]
 * expect: flags: [5    |00042|+2.5]
 * expect-not: WRONG
 * expect-exit: 0
 */
/* POSIX XSH fprintf, "Conversion Specifications": "%n$" numbers the
 * argument and "*m$" takes a field width from argument m.  newlib 3.3.0's
 * scan for the argument types (vfprintf.c get_arg) stopped at anything
 * but a length or a conversion after "%n$": the '*' of "%4$*8$f" left
 * argument 4 typed int, so the double was fetched as an int (riscv64
 * printed 0.000000; aarch64, whose va_list keeps doubles apart, read
 * every later argument from the wrong place and printed a huge width or
 * crashed).  "%1$hhd" and "%1$-5d" were lost the same way.  Fixed by
 * newlib/patches/0009. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[128];
    const char *want = "[    1|   2|     3|4.500000|]";

    snprintf(buf, sizeof buf, "[%1$*5$d|%2$*6$hi|%3$*7$lo|%4$*8$f|]",
             1, (short)2, 3L, 4.5, 5, 4, 6, 8);
    printf("widths: %s%s\n", buf, strcmp(buf, want) ? " WRONG" : "");
    snprintf(buf, sizeof buf, "[%1$*2$hhd %3$c %4$.2f]", 9, 3, 'x', 2.5);
    printf("hh: %s%s\n", buf, strcmp(buf, "[  9 x 2.50]") ? " WRONG" : "");
    snprintf(buf, sizeof buf, "[%1$-5d|%2$05d|%3$+.1f]", 5, 42, 2.5);
    printf("flags: %s%s\n", buf, strcmp(buf, "[5    |00042|+2.5]") ? " WRONG" : "");
    return 0;
}
