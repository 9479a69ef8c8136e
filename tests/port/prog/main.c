/* kit-test: an out-of-tree program (3 files, include/, -DPROG_SCALE=3) builds and runs
 * expect: prog: scale 3
 * expect: prog: sum 15, scaled 45, mean 3.00
 * expect: prog: ok
 * expect-exit: 0
 */
#include <stdio.h>
#include "prog.h"

int main(void)
{
    static const int v[] = { 1, 2, 3, 4, 5 };
    long sum = prog_sum(v, 5), scaled = prog_scaled(sum);

    printf("prog: scale %d\n", PROG_SCALE);
    printf("prog: sum %ld, scaled %ld, mean %s\n", sum, scaled, prog_fixed(sum * 100 / 5));
    if (sum != 15 || scaled != 15 * PROG_SCALE)
        return 1;
    printf("prog: ok\n");
    return 0;
}
