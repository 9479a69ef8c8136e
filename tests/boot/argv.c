/* kit-test: main gets argc, a valid argv[0] and an empty environment
 * expect: argc 1, argv[0] "app", argv[1] NULL, envp[0] NULL
 * expect-exit: 0
 */
#include <stdio.h>

int main(int argc, char **argv, char **envp)
{
    int ok = argc == 1 && argv[0] && argv[0][0] && !argv[1] && envp && !envp[0];

    printf("argc %d, argv[0] \"%s\", argv[1] %s, envp[0] %s\n", argc,
           argv[0], argv[1] ? "set" : "NULL", envp && !envp[0] ? "NULL" : "set");
    return ok ? 0 : 1;
}
