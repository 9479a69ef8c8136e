#include "prog.h"

long prog_sum(const int *v, int n)
{
    long s = 0;

    while (n-- > 0)
        s += *v++;
    return s;
}

long prog_scaled(long x)
{
    return x * PROG_SCALE;
}
