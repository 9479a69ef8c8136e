/* kit-test: make run tells the program's status from the runner's: a program's own exit 124 under RUN_TIMEOUT is its status, and exit(256), which the shell sees as 0, is said
 * stdin-after: status?
 * case: exit 124 | stdin: 124\n | expect: kit: program exited with status 124 | expect-not: no exit within | expect-exit: 2
 * case: exit 256 | stdin: 256\n | expect: kit: exit(256): the shell sees status 0 (an exit status is 0-255) | expect-not: program exited | expect-exit: 0
 * case: exit -1 | stdin: -1\n | expect: kit: exit(-1): the shell sees status 255 | expect: kit: program exited with status 255 | expect-exit: 2
 */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char line[32];

    printf("status?\n");
    if (!fgets(line, sizeof line, stdin))
        return 3;
    exit(atoi(line));
}
