/* printf with an integer conversion: pulls in vfprintf. */
#include <stdio.h>

int main(void)
{
    volatile int n = 42;        /* not folded into puts() */

    printf("Hello, %d\n", n);
    return 0;
}
