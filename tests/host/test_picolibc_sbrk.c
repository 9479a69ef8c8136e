/*
 * Host unit test of the break picolibc's malloc gets: syscalls/picolibc/
 * sbrk.c, an exact break over the kit's _sbrk (syscalls/sbrk.c, the real
 * one), which rounds every request up to 16 bytes (platform/heap.c, the
 * real one, over an array here) and, once the board file's RAM is used
 * up, asks the devicetree for more (stubbed below).  picolibc's malloc
 * expects sbrk(n) to move the break by exactly n; with the rounding
 * showing through, its chunks overlapped.  One line per check:
 * "PASS host/..." or "FAIL host/...: why".
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include "../../platform/heap.h"
#include "../../platform/platform.h"
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

/* The board file's RAM is the first half of the arena; the stand-in
 * devicetree knows of RAM up to dt_ram_end (0: it says nothing). */
static _Alignas(16) unsigned char arena[1024];
#define BOARD_RAM 512
static uintptr_t dt_ram_end;
static int dt_asked;

/* platform/devicetree.c's, as _sbrk calls it: grow the heap to the end of
 * the RAM the devicetree reports, 1 when it grew. */
int kit_devicetree_grow_heap(void)
{
    dt_asked++;
    return dt_ram_end && kit_heap_extend(&kit_heap, dt_ram_end);
}

/* picolibc's break against the kit's rounding one. */
static void exact_break(char *base, char *start)
{
    char *p;

    CHECK("the first break is 16 - sizeof(size_t) into the heap", sbrk(0) == start);
    p = sbrk(24);
    CHECK("sbrk(24) returns the old break", p == start);
    CHECK("the break moved by exactly 24", sbrk(0) == start + 24);
    CHECK("the kit's break covers it, rounded to 16", kit_heap.brk == (uintptr_t)base + 32);
    p = sbrk(8);
    CHECK("sbrk(8) inside what the kit reserved returns the old break", p == start + 24);
    CHECK("the break moved by exactly 8", sbrk(0) == start + 32);
    CHECK("the kit's break moved by 16 for it", kit_heap.brk == (uintptr_t)base + 48);
    p = sbrk(-16);
    CHECK("a negative sbrk returns the old break", p == start + 32);
    CHECK("and moves the break back by 16", sbrk(0) == start + 16);
    errno = 0;
    p = sbrk(-17);
    CHECK("below the heap's start: -1, ENOMEM", p == (void *)-1 && errno == ENOMEM);
    CHECK("the break stays after the failed shrink", sbrk(0) == start + 16);
    errno = 0;
    p = _sbrk(-(ptrdiff_t)sizeof arena);
    CHECK("the kit's _sbrk: a shrink below the heap is -1, ENOMEM, and asks no devicetree",
          p == (void *)-1 && errno == ENOMEM && dt_asked == 0);
}

/* _sbrk's own rule: past the board file's RAM it asks the devicetree once
 * per request, and grows only when the devicetree knows of more. */
static void devicetree_growth(char *base, char *start)
{
    char *p;

    errno = 0;
    p = sbrk(BOARD_RAM);
    CHECK("past the board file's RAM, no more known: -1, ENOMEM",
          p == (void *)-1 && errno == ENOMEM);
    CHECK("... after asking the devicetree once", dt_asked == 1);
    CHECK("the break stays after the failed grow", sbrk(0) == start + 16);
    dt_ram_end = (uintptr_t)base + sizeof arena;
    p = sbrk(BOARD_RAM);
    CHECK("with more RAM in the devicetree the same request succeeds",
          p == start + 16 && dt_asked == 2);
    CHECK("the heap now ends where the devicetree's RAM does",
          kit_heap.end == (uintptr_t)base + sizeof arena);
    p = sbrk((ptrdiff_t)(base + sizeof arena - (start + 16 + BOARD_RAM)));
    CHECK("up to the last byte of that RAM",
          p == start + 16 + BOARD_RAM && sbrk(0) == base + sizeof arena);
    errno = 0;
    p = sbrk(1);
    CHECK("one byte more: -1, ENOMEM", p == (void *)-1 && errno == ENOMEM && dt_asked == 3);
}

int main(void)
{
    char *base = (char *)arena;

    kit_heap_init(&kit_heap, (uintptr_t)arena, (uintptr_t)arena + BOARD_RAM);
    exact_break(base, base + KIT_PICOLIBC_HEAP_OFFSET);
    devicetree_growth(base, base + KIT_PICOLIBC_HEAP_OFFSET);
    return failures != 0;
}
