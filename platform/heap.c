/*
 * The heap behind _sbrk (see heap.h): where RAM is free for malloc, and a
 * break pointer that never leaves it.
 */
#include <errno.h>
#include "heap.h"

/* The program's heap: boot sets its bounds, the devicetree may grow it. */
struct kit_heap kit_heap;

#define ALIGN_UP(x, a)   (((x) + ((a) - 1)) & ~(uintptr_t)((a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~(uintptr_t)((a) - 1))

void kit_heap_init(struct kit_heap *h, uintptr_t start, uintptr_t end)
{
    h->start = ALIGN_UP(start, KIT_HEAP_ALIGN);
    h->end = ALIGN_DOWN(end, KIT_HEAP_ALIGN);
    if (h->end < h->start)
        h->end = h->start;          /* no room: every request fails */
    h->brk = h->start;
    h->sure = h->end;
}

/* Let the heap reach `end` (rounded down), if that is further than now. */
int kit_heap_extend(struct kit_heap *h, uintptr_t end)
{
    end = ALIGN_DOWN(end, KIT_HEAP_ALIGN);
    if (end <= h->end)
        return 0;
    h->end = h->sure = end;
    return 1;
}

/* The heap ends at `end` (rounded down), nearer or further than the
 * board file said, but never below what it has handed out. */
void kit_heap_settle(struct kit_heap *h, uintptr_t end)
{
    end = ALIGN_DOWN(end, KIT_HEAP_ALIGN);
    h->end = h->sure = end > h->brk ? end : h->brk;
}

/*
 * Move the break by `incr` bytes (rounded up to KIT_HEAP_ALIGN so the next
 * block stays aligned) and return the old break.  On failure return NULL
 * with *err = ENOMEM and leave the break where it was.  The comparisons
 * are written as "room left" so that no addition can wrap around.
 */
void *kit_heap_sbrk(struct kit_heap *h, ptrdiff_t incr, int *err)
{
    uintptr_t old = h->brk;

    if (incr >= 0) {
        uintptr_t want = (uintptr_t)incr;

        /* sure - old is a multiple of the alignment, so once want fits,
         * rounding it up still fits. */
        if (want > h->sure - old)
            goto nomem;
        want = ALIGN_UP(want, KIT_HEAP_ALIGN);
        h->brk = old + want;
    } else {
        uintptr_t give = ALIGN_UP((uintptr_t)0 - (uintptr_t)incr, KIT_HEAP_ALIGN);

        if (give > old - h->start)
            goto nomem;
        h->brk = old - give;
    }
    return (void *)old;

nomem:
    *err = ENOMEM;
    return NULL;
}
