/* kit-test: exit(1) from a nested call gives status 1 and flushes stdout
 * expect: unflushed text
 * expect-exit: 1
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
    leave(1);
    printf("not reached\n");
    return 99;
}
