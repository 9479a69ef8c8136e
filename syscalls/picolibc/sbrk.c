/*
 * sbrk for picolibc's malloc, on the kit's _sbrk (syscalls/sbrk.c).
 *
 * picolibc's malloc (nano-mallocr.c) takes the break literally: after
 * sbrk(n) it expects the next sbrk to return the old break + n exactly,
 * and it grows its last free chunk in place by asking for just the
 * difference.  The kit's _sbrk rounds every request up to 16 bytes
 * (platform/heap.c: the next block stays aligned for newlib), so the two
 * breaks drift apart and malloc's chunks end up overlapping (seen: free()
 * looping for ever in tests/boot/malloc_churn.c).  This keeps the exact
 * break picolibc sees and asks _sbrk only for what lies beyond what it
 * has reserved already; ENOMEM, the heap's end and the devicetree's more
 * RAM stay _sbrk's business.  The break starts KIT_PICOLIBC_HEAP_OFFSET
 * bytes into the heap (malloc_align.h).  A negative incr gives bytes back to
 * picolibc's break only: the kit keeps them reserved for the next sbrk.
 */
#include <errno.h>
#include <unistd.h>
#include "../syscalls.h"
#include "malloc_align.h"

/* Every call of sbrk, picolibc's malloc's and the program's, comes here
 * through the linker's --wrap=sbrk (mk/picolibc.mk). */
void *__wrap_sbrk(ptrdiff_t incr);

void *__wrap_sbrk(ptrdiff_t incr)
{
    static char *start, *brk, *reserved;    /* reserved: the kit's break */
    char *old;

    /* The first break a few bytes past the kit's (16-byte aligned) heap
     * start, for 16-byte aligned blocks (malloc_align.c). */
    if (brk == NULL) {
        reserved = _sbrk(0);
        start = brk = reserved + KIT_PICOLIBC_HEAP_OFFSET;
    }
    if (incr < start - brk) {
        errno = ENOMEM;             /* below the heap's start, as _sbrk says */
        return (void *)-1;
    }
    if (incr > reserved - brk) {
        if (_sbrk(incr - (reserved - brk)) == (void *)-1)
            return (void *)-1;      /* errno is ENOMEM */
        reserved = _sbrk(0);
    }
    old = brk;
    brk += incr;
    return old;
}
