/* kit-test: stdout is line-buffered, stderr unbuffered, "\n" reaches the UART as "\r\n", a closed stdout fails with EBADF
 * expect-raw: line one 42 -7 ff str\r\n[stderr, no newline] partial line, then the rest\r\n[stderr after the line]\r\n
 * expect: printf after close(1): -1, ferror yes, errno EBADF
 * expect-not: lost
 * expect-exit: 0
 */
/* The same with every C library: newlib's stdio calls _write, picolibc's
 * tinystdio calls the put function of the kit's stdout FILE
 * (syscalls/picolibc/stdio.c), which calls _write too.  The expect-raw
 * line holds the order: stdout's first line out at its "\n" (not held as
 * a fully buffered stream would), then the stderr text without a "\n" out
 * at once, before stdout's pending half line (a line-buffered stderr would
 * hold it), then stdout's line whole before the next stderr line. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    int r;

    printf("line one %d %ld %x %s\n", 42, -7L, 255u, "str");
    printf("partial line, ");                   /* kept until its "\n" */
    fputs("[stderr, no newline] ", stderr);     /* out at once */
    printf("then the rest\n");
    fputs("[stderr after the line]\n", stderr);

    close(1);
    errno = 0;
    r = printf("lost\n");
    fprintf(stderr, "printf after close(1): %d, ferror %s, errno %s\n", r,
            ferror(stdout) ? "yes" : "NO", errno == EBADF ? "EBADF" : "something else");
    return 0;
}
