/* kit-test: exit() writes out a last line without "\n" and the status reaches the host
 * expect: last words without a newline
 * expect-exit: 3
 */
/* stdout is line-buffered: exit() must flush it (newlib: its exit
 * handlers; picolibc: the kit's destructor in syscalls/picolibc/stdio.c,
 * run by picolibc's exit()). */
#include <stdio.h>

int main(void)
{
    printf("last words without a newline");
    return 3;
}
