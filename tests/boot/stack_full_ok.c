/* kit-test: a correct program is never stopped: deep bounded recursion and a frame using nearly all of the stack run clean with every guard on
 * expect: recursion depth 
 * expect: used the whole stack: ok
 * expect-exit: 0
 */
#include <stdio.h>
#include <string.h>
#include "board_config.h"

/* Leave room for printf and the frames above main. */
#define MARGIN 1536

static int down(int n)
{
    volatile char frame[32];

    frame[0] = (char)n;
    return n ? down(n - 1) + 1 + (frame[0] & 0) : 0;
}

static int fill(void)
{
    volatile char big[KIT_STACK_SIZE - MARGIN];

    memset((char *)big, 1, sizeof big);
    return big[0] + big[sizeof big - 1];
}

int main(void)
{
    /* About 64 bytes a level (frame, ra, s0): half the stack. */
    printf("recursion depth %d\n", down(KIT_STACK_SIZE / 2 / 64));
    printf("used the whole stack: %s\n", fill() == 2 ? "ok" : "WRONG");
    return 0;
}
