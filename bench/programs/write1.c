/* Console cost: the same 4 KiB as write4k.c in 4096 one-byte write()s. */
#include <unistd.h>
#include "bench.h"

static char buf[4096];

int main(void)
{
    int i;

    for (i = 0; i < (int)sizeof buf; i++)
        buf[i] = i % 64 == 63 ? '\n' : 'a' + i % 64 % 26;
    bench_begin();
    for (i = 0; i < (int)sizeof buf; i++)
        if (write(1, buf + i, 1) != 1)
            return 1;
    bench_end();
    return 0;
}
