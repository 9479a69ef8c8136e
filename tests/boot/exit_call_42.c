/* kit-test: exit(42) from a nested call gives status 42 and flushes stdout
 * expect: unflushed text
 * expect-exit: 42
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
    leave(42);
    printf("not reached\n");
    return 99;
}
