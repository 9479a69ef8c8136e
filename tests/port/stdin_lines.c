/* kit-test: make run STDIN=file ends input at the end of the file, last line with or without its newline
 * expect: [one]
 * expect: [two]
 * expect: end of input after 2 lines
 * expect-exit: 0
 */
/* tests/port/port.mk feeds "one\ntwo": no newline after "two".  The
 * console, as a terminal, takes one ^D after a partial line as the end of
 * that line only; make run's STDIN (kitrun --feed) sends two, so fgets
 * sees the end of input either way.  Before, it sent one, and this
 * program waited for ever after "two". */
#include <stdio.h>
#include <string.h>

int main(void)
{
    char line[64];
    int n = 0;

    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        printf("[%s]\n", line);
        n++;
    }
    printf("end of input after %d lines\n", n);
    return feof(stdin) && n == 2 ? 0 : 1;
}
