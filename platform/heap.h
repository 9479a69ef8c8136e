/*
 * The heap behind _sbrk: a break pointer moving inside [start, end).
 * Boot sets the bounds from the linker script (after the stacks, to the
 * end of the board file's RAM: the memory map in linker/kit.ld) and the
 * devicetree may move `end` to the end of the RAM the machine really has,
 * further or nearer.
 * The heap never overlaps the image, the stacks or the devicetree blob.
 * Pure logic, tested on the host.
 */
#ifndef KIT_HEAP_H
#define KIT_HEAP_H

#include <stddef.h>
#include <stdint.h>

#define KIT_HEAP_ALIGN 16   /* malloc's alignment promise for every ABI here */

struct kit_heap {
    uintptr_t start;        /* first heap byte, KIT_HEAP_ALIGN-aligned */
    uintptr_t end;          /* one past the last heap byte */
    uintptr_t brk;          /* current break */
    uintptr_t sure;         /* the break moves freely up to here; past it
                             * the heap fails until its end is settled
                             * (kit_devicetree_grow_heap): end, unless the
                             * board file's RAM is only a guess */
};

void  kit_heap_init(struct kit_heap *h, uintptr_t start, uintptr_t end);
int   kit_heap_extend(struct kit_heap *h, uintptr_t end);  /* 1: it grew */
void  kit_heap_settle(struct kit_heap *h, uintptr_t end);  /* the real end */
void *kit_heap_sbrk(struct kit_heap *h, ptrdiff_t incr, int *err);

extern struct kit_heap kit_heap;    /* the program's heap, set up by boot */

#endif
