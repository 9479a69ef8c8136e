/* kit-test: stdin fed by the test is read line by line until ^D
 * stdin: hello kit\nsecond line\r\x04
 * stdin-after: ready for input
 * expect: echo: [hello kit]
 * expect: echo: [second line]
 * expect: end of input after 2 lines
 * expect-exit: 0
 */
#include <stdio.h>
#include <string.h>

int main(void)
{
    char line[128];
    int n = 0;

    printf("ready for input\n");

    /* fgets stops at each newline; ^D (EOT) reads as end of file, and CR
     * (what a terminal sends for Enter) reads as newline. */
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        printf("echo: [%s]\n", line);
        n++;
    }
    printf("end of input after %d lines\n", n);
    return feof(stdin) && n == 2 ? 0 : 1;
}
