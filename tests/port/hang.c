/* kit-test: make run RUN_TIMEOUT=2 stops a program that never exits, and says so
 * expect: spinning
 * expect: kit: no exit within RUN_TIMEOUT=2 s
 * expect-exit: 2
 */
#include <stdio.h>

int main(void)
{
    volatile int spin = 1;

    printf("spinning\n");
    while (spin)
        ;
    return 0;
}
