/* kit-test: exit(0) from a nested call gives status 0 and flushes stdout
 * expect: unflushed text
 * expect-exit: 0
 */
#include <stdio.h>
#include <stdlib.h>

static void leave(int code)
{
    exit(code);
}

int main(void)
{
    /* No newline: this sits in stdout's buffer until exit() flushes it. */
    printf("unflushed text");
    leave(0);
    printf("not reached\n");
    return 99;
}
