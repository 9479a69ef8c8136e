/* kit-test: 64-bit integers print correctly (newlib built with long long I/O)
 * libcs: newlib picolibc
 * expect: lld min: -9223372036854775808
 * expect: llu max: 18446744073709551615
 * expect: llx: 0x123456789abcdef0
 * expect: PRId64: -1234567890123
 * expect: zu: 4294967296
 * expect: arithmetic: 6442450941
 * expect-exit: 0
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    volatile long long a = 0x7fffffff, b = 3;   /* volatile: no folding */

    printf("lld min: %lld\n", (long long)INT64_MIN);
    printf("llu max: %llu\n", (unsigned long long)UINT64_MAX);
    printf("llx: %#llx\n", 0x123456789abcdef0ULL);
    printf("PRId64: %" PRId64 "\n", (int64_t)-1234567890123LL);
    printf("zu: %llu\n", (unsigned long long)((uint64_t)1 << 32));
    printf("arithmetic: %lld\n", a * b);        /* 64-bit multiply */
    return 0;
}
