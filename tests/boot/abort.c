/* kit-test: abort() ends the program with status 134 (128 + SIGABRT)
 * expect: about to abort
 * expect: kit: abort() called
 * expect-not: after abort
 * expect-exit: 134
 */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("about to abort\n");
    fflush(stdout);
    abort();
    printf("after abort\n");
    return 0;
}
