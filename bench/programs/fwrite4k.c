/* Console cost through stdio: write4k.c's 4 KiB with fwrite() and
 * fflush() on stdout, as printf-style programs write.  The first line
 * sets stdio up (buffer allocation) outside the measurement. */
#include <stdio.h>
#include "bench.h"

static char buf[4096];

int main(void)
{
    int i;

    for (i = 0; i < (int)sizeof buf; i++)
        buf[i] = i % 64 == 63 ? '\n' : 'a' + i % 64 % 26;
    fputs("stdio ready\n", stdout);
    fflush(stdout);
    bench_begin();
    if (fwrite(buf, 1, sizeof buf, stdout) != sizeof buf || fflush(stdout) != 0)
        return 1;
    bench_end();
    return 0;
}
