/* A program with one frame wider than a 4 KiB stack guard (tests/build/
 * inputs.sh): the build names it on RISC-V, where GCC cannot probe it. */
#include <stdio.h>
#include <string.h>

static __attribute__((noinline)) int huge(int n)
{
    volatile char frame[5600];

    memset((char *)frame, n, sizeof frame);
    return frame[n];
}

int main(void)
{
    printf("%d\n", huge(3));
    return 0;
}
