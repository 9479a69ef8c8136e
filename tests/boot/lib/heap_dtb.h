/* The body of heap_dtb_*.c: allocate until malloc says no and check that
 * the heap followed the RAM QEMU was given (RAM_MB, from the including
 * test, whose kit-test block passes the same -m to QEMU):
 *   - the heap reached past the end of RAM the board file knows
 *     (__kit_heap_end, linker/kit.ld), which only the devicetree can tell;
 *   - the total is close to RAM_MB (the image, stacks, firmware and the
 *     DTB take a few MiB). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

extern char __kit_heap_end[];       /* end of RAM per the board file */

int main(void)
{
    size_t total = 0, chunk = 1 << 20;
    uintptr_t top = 0;
    char *p;

    /* 1 MiB blocks, never freed: the program ends right after. */
    while ((p = malloc(chunk))) {
        total += chunk;
        if ((uintptr_t)p + chunk > top)
            top = (uintptr_t)p + chunk;
    }
    unsigned long mb = (unsigned long)(total >> 20);
    int past_board = top > (uintptr_t)__kit_heap_end;
    int size_ok = mb + 16 >= RAM_MB && mb < RAM_MB;

    printf("heap: %lu MiB allocated of %d MiB RAM, top %p, board file's end %p\n",
           mb, RAM_MB, (void *)top, (void *)__kit_heap_end);
    printf("heap past the board file's RAM: %s\n", past_board ? "yes" : "NO");
    printf("heap follows -m %dM: %s\n", RAM_MB, past_board && size_ok ? "yes" : "NO");
    return past_board && size_ok ? 0 : 1;
}
