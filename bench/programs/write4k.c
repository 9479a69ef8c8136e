/* Console cost: one 4 KiB write(): 64 lines of 63 characters and '\n'. */
#include <unistd.h>
#include "bench.h"

static char buf[4096];

int main(void)
{
    int i;

    for (i = 0; i < (int)sizeof buf; i++)
        buf[i] = i % 64 == 63 ? '\n' : 'a' + i % 64 % 26;
    bench_begin();
    if (write(1, buf, sizeof buf) != (int)sizeof buf)
        return 1;
    bench_end();
    return 0;
}
