/* kit-test: LIBC=newlib-nano's malloc limit (README.md): a free block more than 2 GiB larger than the request is not reused
 * libcs: newlib-nano
 * scope: arch
 * qemu: -m 2600M
 * expect: two 1250 MiB blocks: yes
 * expect: 200 MiB once both are free: NULL
 * expect: 600 MiB once both are free: yes, inside the freed blocks
 * expect-exit: 0
 */
/*
 * nano-mallocr.c compares a free block with a request through
 * `int rem = r->size - alloc_size`: with the two freed blocks merged into
 * one of 2500 MiB, a 200 MiB request leaves 2300 MiB, more than an int
 * holds, so the block is passed over and the request goes to sbrk, where
 * less than 200 MiB of the 2600 MiB is left: NULL.  A 600 MiB request
 * leaves 1900 MiB (under 2 GiB, 2048 MiB), and is served from the freed
 * blocks.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MIB ((size_t)1 << 20)

int main(void)
{
    char *a = malloc(1250 * MIB), *b = a ? malloc(1250 * MIB) : NULL;
    char *c, *d;
    uintptr_t lo, hi;                   /* where a and b were */

    printf("two 1250 MiB blocks: %s\n", a && b ? "yes" : "NO");
    if (!a || !b)
        return 1;
    lo = (uintptr_t)a;
    hi = (uintptr_t)b;
    if (lo > hi) {
        uintptr_t t = lo;

        lo = hi;
        hi = t;
    }
    hi += 1250 * MIB;
    free(a);
    free(b);
    c = malloc(200 * MIB);
    printf("200 MiB once both are free: %s\n", c ? "served" : "NULL");
    d = malloc(600 * MIB);
    int inside = d && (uintptr_t)d >= lo && (uintptr_t)d + 600 * MIB <= hi;
    printf("600 MiB once both are free: %s\n", inside ? "yes, inside the freed blocks" : "NO");
    return !c && inside ? 0 : 1;
}
