/*
 * _sbrk for newlib's malloc, over the heap platform/heap.c keeps (where it
 * lies: the memory map in linker/kit.ld); boot fills kit_heap before main.
 * Returns (void *)-1 with errno ENOMEM when the request does not fit:
 * malloc then returns NULL.
 */
#include "syscalls.h"
#include <errno.h>
#include "../platform/heap.h"

void *_sbrk(ptrdiff_t incr)
{
    int err = 0;
    void *p = kit_heap_sbrk(&kit_heap, incr, &err);

    if (p == NULL) {
        errno = err;
        return (void *)-1;
    }
    return p;
}
