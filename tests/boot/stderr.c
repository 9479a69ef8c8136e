/* kit-test: stderr is unbuffered, stdout line-buffered, both reach the console
 * expect: err: unbuffered
 * expect: out: held in the buffer until the newline
 * expect: write(2) returned 12
 * expect-exit: 0
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    /* stdout is a terminal, so it is line-buffered: this half line waits
     * in the buffer, while the unbuffered stderr line goes out at once and
     * so appears first. */
    printf("out: held in the buffer");
    fprintf(stderr, "err: unbuffered\n");
    printf(" until the newline\n");

    int n = (int)write(STDERR_FILENO, "via write 2\n", 12);
    printf("write(2) returned %d\n", n);
    return 0;
}
