/* kit-test: the program's exit status is QEMU's, whether main returns or exit() is called deep down
 * stdin-after: how?
 * case: return 0   | stdin: return 0\n  | expect: returning 0  | expect-exit: 0
 * case: return 1   | stdin: return 1\n  | expect: returning 1  | expect-exit: 1
 * case: return 3   | stdin: return 3\n  | expect: returning 3  | expect-exit: 3
 * case: return 42  | stdin: return 42\n | expect: returning 42 | expect-exit: 42
 * case: exit(0)    | stdin: exit 0\n    | expect: unflushed text | expect-exit: 0
 * case: exit(1)    | stdin: exit 1\n    | expect: unflushed text | expect-exit: 1
 * case: exit(42)   | stdin: exit 42\n   | expect: unflushed text | expect-exit: 42
 * expect-not: not reached
 */

/* One image, one boot per case: the line typed says how to end and with
 * which status.  exit() is called from a nested function after a printf
 * without a newline, which only exit()'s flush of stdout can get out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void leave(int code)
{
    exit(code);
}

int main(void)
{
    char line[32];
    int code;

    printf("how?\n");
    if (!fgets(line, sizeof line, stdin))
        return 99;
    code = atoi(strchr(line, ' ') ? strchr(line, ' ') + 1 : "99");
    if (!strncmp(line, "exit", 4)) {
        printf("unflushed text");       /* sits in stdout's buffer */
        leave(code);
    } else {
        printf("returning %d\n", code);
        return code;
    }
    printf("not reached\n");
    return 99;
}
