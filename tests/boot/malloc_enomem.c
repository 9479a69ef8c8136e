/* kit-test: malloc until NULL gives ENOMEM, never hands out stack memory
 * expect: exhausted: errno is ENOMEM
 * expect: every block inside the heap, none on a stack: yes
 * expect: heap used: at least 95% of the heap, or all but 512 bytes
 * expect: stack intact: yes
 * expect: after free: malloc works again
 * expect-exit: 0
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board_config.h"                /* KIT_STACK_SIZE */
#include "../../platform/heap.h"       /* kit_heap: where _sbrk may go */

extern char __kit_stacks_start[], __kit_stacks_end[];   /* linker/kit.ld */

struct block { struct block *next; };

/* kit_heap.end through a volatile: GCC knows malloc() as a builtin that
 * changes no memory the caller can see, and would keep the value in a
 * register across the calls. */
static char *heap_end(void)
{
    return (char *)*(volatile uintptr_t *)&kit_heap.end;
}

/* Recursion after exhaustion: the stack must still be usable and hold
 * what we put on it. */
static int deep(int n)
{
    volatile char pad[64];

    memset((char *)pad, n & 0xff, sizeof pad);
    if (n > 0 && deep(n - 1) != n - 1)
        return -1;
    for (size_t i = 0; i < sizeof pad; i++)
        if (pad[i] != (char)(n & 0xff))
            return -1;
    return n;
}

int main(void)
{
    /* On this hart's stack: a sixteenth of it, so that newlib's own stack
     * use (once the heap is full, printf formats into a 1 KiB buffer on the
     * stack) still fits the 2 KiB stacks of sifive_e. */
    volatile uint32_t canary[KIT_STACK_SIZE / 64];
    struct block *list = NULL;
    size_t sizes[] = { 1 << 20, 64 << 10, 4 << 10, 256, 16 };   /* then smaller */
    /* The heap's end only grows (into RAM the devicetree reports, once the
     * board file's is used up): each block is checked against the end
     * when it is handed out, the fill against the end at exhaustion. */
    char *heap_start = (char *)kit_heap.start;
    size_t total = 0, heap;
    int inside = 1, intact = 1, err = 0;

    for (int i = 0; i < KIT_STACK_SIZE / 64; i++)
        canary[i] = 0xc0ffee00u + (uint32_t)i;

    /* Big blocks first, then smaller ones to fill the gaps. */
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        for (;;) {
            struct block *b;

            errno = 0;
            b = malloc(sizes[s]);
            if (!b) {
                err = errno;
                break;
            }
            if ((char *)b < heap_start || (char *)b + sizes[s] > heap_end()
                || ((char *)b < __kit_stacks_end && (char *)b + sizes[s] > __kit_stacks_start))
                inside = 0;
            memset(b, 0xa5, sizes[s]);      /* touch it all: overlap would show */
            b->next = list;
            list = b;
            total += sizes[s];
        }
    }
    heap = (size_t)(heap_end() - heap_start);
    for (int i = 0; i < KIT_STACK_SIZE / 64; i++)
        if (canary[i] != 0xc0ffee00u + (uint32_t)i)
            intact = 0;
    /* ~100 bytes a level: use half of this hart's stack (2 KiB on sifive_e). */
    if (deep(KIT_STACK_SIZE / 200) != KIT_STACK_SIZE / 200)
        intact = 0;

    printf("exhausted: errno is %s\n", err == ENOMEM ? "ENOMEM" : "something else");
    printf("every block inside the heap, none on a stack: %s\n", inside ? "yes" : "NO");
    /* The allocator keeps a few hundred bytes whatever the heap's size
     * (chunk headers, the top chunk's rest): on sifive_e, whose stack and
     * trap-stack guards leave about 4 KiB of heap, that is more than 5%. */
    printf("heap used: %s 95%% of the heap, or all but 512 bytes (%lu of %lu bytes)\n",
           (unsigned long long)total * 100 >= (unsigned long long)heap * 95
               || heap - total <= 512 ? "at least" : "less than",
           (unsigned long)total, (unsigned long)heap);
    printf("stack intact: %s\n", intact ? "yes" : "NO");

    while (list) {
        struct block *next = list->next;
        free(list);
        list = next;
    }
    void *again = malloc(heap / 2);     /* only possible if all came back */
    printf("after free: %s\n", again ? "malloc works again" : "malloc still fails");
    return err == ENOMEM && inside && intact && again ? 0 : 1;
}
