/* kit-test: malloc/calloc/realloc/free churn keeps every block intact
 * expect: churn: 20000 operations, 0 corrupted blocks
 * expect-exit: 0
 */
#include <stdint.h>
#define SLOTS 64
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../platform/heap.h"

/* Blocks up to 3000 bytes, or less where the heap is small (sifive_e has
 * 16 KiB of RAM): all 64 slots full must fit in half the heap. */
static size_t max_block(void)
{
    size_t fit = (kit_heap.end - kit_heap.start) / 2 / SLOTS;

    return fit < 3000 ? fit : 3000;
}


static unsigned rng = 12345;

static unsigned next(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

int main(void)
{
    unsigned char *slot[SLOTS] = { 0 };
    size_t size[SLOTS] = { 0 };
    int ops, i, bad = 0;

    for (ops = 0; ops < 20000; ops++) {
        int s = (int)(next() % SLOTS);

        if (slot[s]) {
            /* Every byte must still hold the slot's pattern. */
            for (size_t k = 0; k < size[s]; k++)
                if (slot[s][k] != (unsigned char)(s + k))
                    { bad++; break; }
            if (((uintptr_t)slot[s] & 15) != 0)
                bad++;
            if (next() % 4 == 0) {
                size_t n = next() % max_block() + 1;
                unsigned char *p = realloc(slot[s], n);
                if (!p) { printf("realloc failed\n"); return 1; }
                for (size_t k = size[s] < n ? size[s] : n; k < n; k++)
                    p[k] = (unsigned char)(s + k);
                slot[s] = p;
                size[s] = n;
                continue;
            }
            free(slot[s]);
            slot[s] = NULL;
        } else {
            size_t n = next() % max_block() + 1;
            int zeroed = next() % 2;
            unsigned char *p = zeroed ? calloc(n, 1) : malloc(n);

            if (!p) { printf("allocation failed\n"); return 1; }
            if (zeroed)
                for (size_t k = 0; k < n; k++)
                    if (p[k]) { bad++; break; }
            for (size_t k = 0; k < n; k++)
                p[k] = (unsigned char)(s + k);
            slot[s] = p;
            size[s] = n;
        }
    }
    for (i = 0; i < SLOTS; i++)
        free(slot[i]);
    printf("churn: %d operations, %d corrupted blocks\n", ops, bad);
    return bad ? 1 : 0;
}
