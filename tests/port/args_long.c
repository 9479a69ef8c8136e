/* kit-test: ARGS and ENV of thousands of characters reach main whole
 * expect: argc 3
 * expect: argv[1]: 3000 characters, all there
 * expect: argv[2] [last]
 * expect: LONG: 2000 characters, all there
 * expect: args ok
 * expect-exit: 0
 */
/* tests/port/port.mk runs it with ARGS="<3000 x a..j> last" ENV="LONG=<2000>".
 * The semihosting command line is asked for in 256 bytes on the stack,
 * then in bigger buffers from the heap (platform/bootargs.c); before, a
 * line past the first 256 bytes was dropped without a word: argc 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "abcdefghij" repeated, n characters of it. */
static int pattern(const char *s, size_t n)
{
    size_t i;

    if (!s || strlen(s) != n)
        return 0;
    for (i = 0; i < n; i++)
        if (s[i] != 'a' + (char)(i % 10))
            return 0;
    return 1;
}

int main(int argc, char **argv)
{
    const char *env = getenv("LONG");
    int ok = argc == 3 && pattern(argv[1], 3000) && !strcmp(argv[2], "last") &&
             pattern(env, 2000);

    printf("argc %d\n", argc);
    printf("argv[1]: %zu characters, %s\n", argc > 1 ? strlen(argv[1]) : 0,
           argc > 1 && pattern(argv[1], 3000) ? "all there" : "WRONG");
    printf("argv[2] [%s]\n", argc > 2 ? argv[2] : "");
    printf("LONG: %zu characters, %s\n", env ? strlen(env) : 0,
           pattern(env, 2000) ? "all there" : "WRONG");
    if (ok)
        printf("args ok\n");
    return ok ? 0 : 1;
}
