/*
 * Where picolibc's first heap chunk must start for 16-byte aligned blocks
 * (malloc_align.c): its size_t header ends on a 16-byte boundary.
 */
#ifndef KIT_PICOLIBC_MALLOC_ALIGN_H
#define KIT_PICOLIBC_MALLOC_ALIGN_H

#include <stddef.h>

#define KIT_PICOLIBC_HEAP_OFFSET (16 - sizeof(size_t))

#endif
