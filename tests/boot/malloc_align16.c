/* kit-test: every malloc, calloc, realloc and memalign block is 16-byte aligned (max_align_t), also when mixed with over-aligned requests
 * expect: 20000 operations: 0 blocks below 16-byte alignment, 0 over-aligned blocks misplaced
 * expect-exit: 0
 */
/* C11 7.22.3: a block from malloc is aligned for any object type, i.e.
 * to _Alignof(max_align_t), 16 on every ABI here.  newlib's malloc does
 * it itself (nano: patched); picolibc 1.8's aligns to 8 and the kit pads
 * its requests (syscalls/picolibc/malloc_align.c) -- a padding that
 * memalign (picolibc's aligned_alloc and posix_memalign are memalign)
 * must not undo for the blocks that come after its own.  (newlib 3.3.0
 * has no posix_memalign.) */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "../../platform/heap.h"

#define SLOTS 64

static unsigned rng = 7;

static unsigned next(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

/* Small enough for sifive_e's heap: all slots full fit in half of it. */
static size_t max_block(void)
{
    size_t fit = (kit_heap.end - kit_heap.start) / 2 / SLOTS;

    return fit < 600 ? fit / 2 : 300;
}

int main(void)
{
    void *slot[SLOTS] = { 0 };
    int ops, low = 0, over = 0;

    for (ops = 0; ops < 20000; ops++) {
        int s = (int)(next() % SLOTS);
        size_t n = next() % max_block() + 1;
        void *p = NULL;

        if (slot[s]) {
            if (next() % 3 == 0) {
                p = realloc(slot[s], n);
                if (!p) { printf("realloc failed\n"); return 1; }
                low += ((uintptr_t)p & 15) != 0;
                slot[s] = p;
            } else {
                free(slot[s]);
                slot[s] = NULL;
            }
            continue;
        }
        switch (next() % 4) {
        case 0: p = malloc(n); break;
        case 1: p = calloc(n, 1); break;
        case 2:
            p = memalign(64, n);
            over += ((uintptr_t)p & 63) != 0;
            break;
        case 3:
            p = memalign(32, n);
            over += ((uintptr_t)p & 31) != 0;
            break;
        }
        if (!p) { printf("allocation of %zu bytes failed\n", n); return 1; }
        low += ((uintptr_t)p & 15) != 0;
        slot[s] = p;
    }
    for (int i = 0; i < SLOTS; i++)
        free(slot[i]);
    printf("%d operations: %d blocks below 16-byte alignment, %d over-aligned blocks misplaced\n",
           ops, low, over);
    return low || over;
}
