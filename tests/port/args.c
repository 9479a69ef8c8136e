/* kit-test: make run ARGS="a 'b c' \"d\\\"e\"" ENV="GREETING='hi there'" reaches argv, envp and getenv
 * expect: argc 4
 * expect: argv[1] [a]
 * expect: argv[2] [b c]
 * expect: argv[3] [d"e]
 * expect: GREETING [hi there]
 * expect: envp[0] [GREETING=hi there]
 * expect: args ok
 * expect-exit: 0
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv, char **envp)
{
    const char *g = getenv("GREETING");
    int i, ok;

    printf("argc %d\n", argc);
    for (i = 1; i < argc; i++)
        printf("argv[%d] [%s]\n", i, argv[i]);
    printf("GREETING [%s]\n", g ? g : "(unset)");
    printf("envp[0] [%s]\n", envp[0] ? envp[0] : "(none)");
    ok = argc == 4 && !strcmp(argv[1], "a") && !strcmp(argv[2], "b c") &&
         !strcmp(argv[3], "d\"e") && !argv[4] && g && !strcmp(g, "hi there") &&
         envp[0] && !envp[1];
    if (ok)
        printf("args ok\n");
    return ok ? 0 : 1;
}
