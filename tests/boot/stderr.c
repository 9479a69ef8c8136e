/* kit-test: stderr is unbuffered, stdout line-buffered, both reach the console
 * expect: err: unbuffered|out: held in the buffer until the newline\nerr: after stdout's line
 * expect: write(2) returned 12
 * expect-exit: 0
 */
/*
 * One expect line tells the three kinds of buffering apart:
 *   - stderr unbuffered: "err: unbuffered|", which has no "\n", comes out
 *     at once, ahead of stdout's half line (line-buffered stderr would
 *     hold it until a "\n", after stdout's line);
 *   - stdout not unbuffered: its half line waits for the rest;
 *   - stdout line-buffered, not fully: its line is out at its "\n", before
 *     the next stderr line (fully buffered, it would come at exit).
 * The same with every C library (libcs: none listed): newlib and
 * newlib-nano set the streams up themselves, picolibc's are the kit's
 * (syscalls/picolibc/stdio.c).
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    printf("out: held in the buffer");
    fputs("err: unbuffered|", stderr);
    printf(" until the newline\n");
    fputs("err: after stdout's line\n", stderr);

    int n = (int)write(STDERR_FILENO, "via write 2\n", 12);
    printf("write(2) returned %d\n", n);
    return 0;
}
