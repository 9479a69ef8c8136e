/*
 * Host unit test of the sbrk picolibc's malloc gets (syscalls/picolibc/
 * sbrk.c): an exact break over the kit's _sbrk, which rounds every
 * request up to 16 bytes (platform/heap.c, the real one, over an array
 * here).  picolibc's malloc expects sbrk(n) to move the break by exactly
 * n; with the rounding showing through, its chunks overlapped.  One line
 * per check: "PASS host/..." or "FAIL host/...: why".
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include "../../platform/heap.h"
#include "../../syscalls/syscalls.h"
#include "../../syscalls/picolibc/malloc_align.h"

/* In an image every sbrk call reaches the kit's through the linker's
 * --wrap=sbrk (mk/picolibc.mk); here the test calls it by that name. */
void *__wrap_sbrk(ptrdiff_t incr);
#define sbrk __wrap_sbrk

static int failures;

#define CHECK(name, cond) check(name, (cond), #cond)

static void check(const char *name, int ok, const char *expr)
{
    if (ok)
        printf("PASS host/picolibc_sbrk: %s\n", name);
    else {
        printf("FAIL host/picolibc_sbrk: %s: %s\n", name, expr);
        failures++;
    }
}

static _Alignas(16) unsigned char arena[1024];
static struct kit_heap heap;

/* The kit's _sbrk as syscalls/sbrk.c has it, minus the devicetree. */
void *_sbrk(ptrdiff_t incr)
{
    int err = 0;
    void *p = kit_heap_sbrk(&heap, incr, &err);

    if (p == NULL) {
        errno = err;
        return (void *)-1;
    }
    return p;
}

int main(void)
{
    char *base = (char *)arena, *start = base + KIT_PICOLIBC_HEAP_OFFSET;
    char *p;

    kit_heap_init(&heap, (uintptr_t)arena, (uintptr_t)arena + sizeof arena);

    CHECK("the first break is 16 - sizeof(size_t) into the heap", sbrk(0) == start);
    p = sbrk(24);
    CHECK("sbrk(24) returns the old break", p == start);
    CHECK("the break moved by exactly 24", sbrk(0) == start + 24);
    CHECK("the kit's break covers it, rounded to 16", heap.brk == (uintptr_t)base + 32);
    p = sbrk(8);
    CHECK("sbrk(8) inside what the kit reserved returns the old break", p == start + 24);
    CHECK("the break moved by exactly 8", sbrk(0) == start + 32);
    CHECK("the kit's break moved by 16 for it", heap.brk == (uintptr_t)base + 48);
    p = sbrk(-16);
    CHECK("a negative sbrk returns the old break", p == start + 32);
    CHECK("and moves the break back by 16", sbrk(0) == start + 16);
    errno = 0;
    p = sbrk(-17);
    CHECK("below the heap's start: -1, ENOMEM", p == (void *)-1 && errno == ENOMEM);
    CHECK("the break stays after the failed shrink", sbrk(0) == start + 16);
    errno = 0;
    p = sbrk((ptrdiff_t)sizeof arena);
    CHECK("past the heap's end: -1, ENOMEM", p == (void *)-1 && errno == ENOMEM);
    CHECK("the break stays after the failed grow", sbrk(0) == start + 16);
    p = sbrk((ptrdiff_t)(sizeof arena - 16 - KIT_PICOLIBC_HEAP_OFFSET));
    CHECK("up to the heap's last byte", p == start + 16 && sbrk(0) == base + sizeof arena);
    return failures != 0;
}
