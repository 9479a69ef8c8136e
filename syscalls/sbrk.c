/*
 * _sbrk for newlib's malloc, over the heap platform/heap.c keeps (where it
 * lies: the memory map in linker/kit.ld); boot fills kit_heap before main.
 * When it has used up the board file's RAM, the devicetree may know of
 * more (platform/devicetree.c): only then is it read.
 * Returns (void *)-1 with errno ENOMEM when the request does not fit:
 * malloc then returns NULL.
 */
#include "syscalls.h"
#include <errno.h>
#include "../platform/heap.h"
#include "../platform/platform.h"

void *_sbrk(ptrdiff_t incr)
{
    int err = 0;
    void *p = kit_heap_sbrk(&kit_heap, incr, &err);

    if (p == NULL && incr > 0 && kit_devicetree_grow_heap())
        p = kit_heap_sbrk(&kit_heap, incr, &err);

    if (p == NULL) {
        errno = err;
        return (void *)-1;
    }
    return p;
}
