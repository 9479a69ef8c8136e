/* kit-test: a board with no entropy source: getentropy fails ENOSYS, never made-up bytes
 * needs: !entropy
 * expect: getentropy: ENOSYS, buffer untouched: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    unsigned char a[16];
    int r, i, untouched = 1;

    memset(a, 0x5a, sizeof a);
    errno = 0;
    r = getentropy(a, sizeof a);
    for (i = 0; i < 16; i++)
        untouched &= a[i] == 0x5a;
    printf("getentropy: ENOSYS, buffer untouched: %s\n",
           r == -1 && errno == ENOSYS && untouched ? "ok" : "WRONG");
    return 0;
}
