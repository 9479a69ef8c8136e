/* kit-test: positional arguments (%1$s) in printf and scanf (newlib built with io-pos-args)
 * libcs: newlib picolibc
 * scope: arch
 * expect: swapped: world hello
 * expect: width from arg: [   42]
 * expect: reused: 7 7 x
 * expect: scanf: 3 fields, n=12 s=ab c=9
 * expect-not: $
 * expect-exit: 0
 */
/* C leaves "%n$" to POSIX (XSH fprintf, "Conversion Specifications");
 * without --enable-newlib-io-pos-args newlib prints the format text.  The
 * board list is one board per newlib configuration family: the behaviour
 * is newlib's, not the board's. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    char s[8] = "", buf[64];
    int n = 0, c = 0, got;

    printf("swapped: %2$s %1$s\n", "hello", "world");
    printf("width from arg: [%1$*2$d]\n", 42, 5);
    printf("reused: %1$d %1$d %2$c\n", 7, 'x');

    /* scanf: the third argument receives the first field. */
    got = sscanf("12 ab 9", "%3$d %2$2s %1$d", &c, s, &n);
    snprintf(buf, sizeof buf, "scanf: %d fields, n=%d s=%s c=%d", got, n, s, c);
    puts(buf);
    return got == 3 && n == 12 && strcmp(s, "ab") == 0 && c == 9 ? 0 : 1;
}
