/* kit-test: the heap uses the board file's RAM first, and grows into the devicetree's larger RAM only when that is used up (AArch64: once past HEAP_MIN)
 * needs: devicetree
 * qemu: -m 256M
 * expect: heap at main ends within the board file's RAM: yes
 * expect[!aarch64]: heap grew only once the board file's RAM was used up: yes
 * expect[aarch64]: heap settled on the devicetree's RAM once past HEAP_MIN: yes
 * expect: heap follows -m 256M: yes
 * expect-exit: 0
 */
/* AArch64 virt: the blob lies below the image and bounds nothing, so the
 * board file's end of RAM is only a guess (the machine may have less):
 * past HEAP_MIN, which make run checks -m against, the heap asks the
 * devicetree first (platform/devicetree.c).  RISC-V: QEMU's blob at the
 * top of RAM bounds the heap, which asks only when the board file's RAM
 * is used up. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "board_config.h"
#include "../../platform/heap.h"

#define RAM_MB 256
#define CHUNK  (1u << 20)

/* Read through a volatile: GCC knows malloc() as a builtin that changes
 * no memory the caller can see, and would keep kit_heap.end in a register
 * across the calls. */
static uintptr_t heap_end(void)
{
    return *(volatile uintptr_t *)&kit_heap.end;
}

/* The end of the board file's RAM (BOARD_RAM_ORIGIN + BOARD_RAM_LENGTH),
 * from the linker script: 126 MiB or less on these boards. */
extern char __kit_heap_end[];

int main(void)
{
    uintptr_t board_end = (uintptr_t)__kit_heap_end;
    uintptr_t first_end = heap_end(), highest = 0, at_growth = 0;
    size_t total = 0;
    int at_boot = first_end <= board_end, grew_late = -1;
    char *p;

    /* 1 MiB blocks, never freed: the program ends right after. */
    while ((p = malloc(CHUNK)) != NULL) {
        if (grew_late < 0 && heap_end() != first_end)
            /* The first block after the heap grew: before it, less than
             * two blocks' worth of the old heap may have been left. */
            grew_late = first_end - highest < 2 * CHUNK, at_growth = highest;
        if ((uintptr_t)p + CHUNK > highest)
            highest = (uintptr_t)p + CHUNK;
        total += CHUNK;
    }
    unsigned long mb = (unsigned long)(total >> 20);
    int follows = mb + 16 >= RAM_MB && mb < RAM_MB;

    printf("before it grew: blocks up to %#lx\n", (unsigned long)at_growth);
    printf("heap at main: end %#lx, board file's RAM ends %#lx\n",
           (unsigned long)first_end, (unsigned long)board_end);
    printf("heap: %lu MiB allocated of %d MiB RAM, end %#lx\n", mb, RAM_MB,
           (unsigned long)heap_end());
    printf("heap at main ends within the board file's RAM: %s\n", at_boot ? "yes" : "NO");
#if KIT_DTB_ADDR
    /* The first block past HEAP_MIN already saw the settled end. */
    grew_late = at_growth <= kit_heap.start + KIT_HEAP_MIN;
    printf("heap settled on the devicetree's RAM once past HEAP_MIN: %s\n",
           grew_late == 1 ? "yes" : "NO");
#else
    printf("heap grew only once the board file's RAM was used up: %s\n",
           grew_late == 1 ? "yes" : "NO");
#endif
    printf("heap follows -m %dM: %s\n", RAM_MB, follows ? "yes" : "NO");
    return at_boot && grew_late == 1 && follows ? 0 : 1;
}
