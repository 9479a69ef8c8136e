/* kit-test: malloc until NULL gives ENOMEM, never hands out stack memory
 * expect: exhausted: errno is ENOMEM
 * expect: every block inside the heap: yes
 * expect: heap used: at least 95% of the heap
 * expect: stack intact: yes
 * expect: after free: malloc works again
 * expect-exit: 0
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char __kit_heap_start[], __kit_heap_end[];   /* linker/ram.ld */

struct block { struct block *next; };

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
    volatile uint32_t canary[256];
    struct block *list = NULL;
    size_t sizes[] = { 1 << 20, 64 << 10, 4 << 10, 256, 16 };
    size_t total = 0, heap = (size_t)(__kit_heap_end - __kit_heap_start);
    int inside = 1, intact = 1, err = 0;

    for (int i = 0; i < 256; i++)
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
            if ((char *)b < __kit_heap_start || (char *)b + sizes[s] > __kit_heap_end)
                inside = 0;
            memset(b, 0xa5, sizes[s]);      /* touch it all: overlap would show */
            b->next = list;
            list = b;
            total += sizes[s];
        }
    }
    for (int i = 0; i < 256; i++)
        if (canary[i] != 0xc0ffee00u + (uint32_t)i)
            intact = 0;
    if (deep(200) != 200)
        intact = 0;

    printf("exhausted: errno is %s\n", err == ENOMEM ? "ENOMEM" : "something else");
    printf("every block inside the heap: %s\n", inside ? "yes" : "NO");
    printf("heap used: %s 95%% of the heap (%lu of %lu bytes)\n",
           total * 100 >= heap * 95 ? "at least" : "less than",
           (unsigned long)total, (unsigned long)heap);
    printf("stack intact: %s\n", intact ? "yes" : "NO");

    while (list) {
        struct block *next = list->next;
        free(list);
        list = next;
    }
    void *again = malloc(1 << 20);
    printf("after free: %s\n", again ? "malloc works again" : "malloc still fails");
    return err == ENOMEM && inside && intact && again ? 0 : 1;
}
