/* kit-test: a devicetree found corrupt when it is first read is ignored with a message, once, and the board file's values serve instead
 * needs: devicetree
 * scope: arch
 * qemu: -m 256M
 * expect: corrupted the token after the root node
 * expect: kit: ignoring the devicetree at 0x
 * expect: : bad token
 * expect: time still runs: yes
 * expect: heap stayed within the board file's RAM: yes
 * expect: asked again: no more heap
 * expect-once: kit: ignoring the devicetree
 * expect-exit: 0
 */
/*
 * The blob QEMU hands over is sound, and the kit reads it only when it
 * first needs an answer (platform/devicetree.c).  This program breaks it
 * in RAM before that: the root's first property becomes the unknown
 * token 0x77 (Devicetree Specification v0.4, 5.4.1 lists the valid ones).
 * The first time the kit then asks (the counter's rate, for clock()) its
 * walk must refuse the blob and say so; the heap must then stay in the
 * board file's RAM, although -m 256M is more than the board file knows,
 * and the refusal is said only once (the blob is not read again).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "../../platform/platform.h"   /* kit_boot_info */

extern char __kit_heap_end[];       /* end of RAM per the board file */

static uint32_t be32(const volatile uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

int main(void)
{
    volatile uint8_t *blob = (volatile uint8_t *)kit_boot_info.dtb;
    volatile uint8_t *st, *tok;
    uintptr_t top = 0;
    int time_ok;
    char *p;

    if (!blob || be32(blob) != 0xd00dfeedu) {
        printf("no devicetree to break\n");
        return 1;
    }
    /* 5.2: off_dt_struct; 5.4.1: FDT_NOPs, then the root's FDT_BEGIN_NODE
     * and its name ("" padded to 4 bytes). */
    st = blob + be32(blob + 8);
    for (tok = st; be32(tok) == 4; tok += 4)
        ;
    tok += 4 + ((strlen((const char *)tok + 4) + 4) & ~(size_t)3);
    tok[0] = tok[1] = tok[2] = 0;
    tok[3] = 0x77;
    printf("corrupted the token after the root node\n");

    /* Each asks the devicetree: clock() the counter's rate (RISC-V; AArch64
     * has CNTFRQ_EL0), the malloc that finds the board file's RAM used up
     * and the one after it for more RAM.  Only the first may say the blob
     * is bad (expect-once): it is never read again. */
    time_ok = clock() != (clock_t)-1;
    while ((p = malloc(1 << 20)))
        if ((uintptr_t)p + (1 << 20) > top)
            top = (uintptr_t)p + (1 << 20);
    printf("time still runs: %s\n", time_ok ? "yes" : "NO");
    printf("heap top %p, board file's end %p\n", (void *)top, (void *)__kit_heap_end);
    printf("heap stayed within the board file's RAM: %s\n",
           top && top <= (uintptr_t)__kit_heap_end ? "yes" : "NO");
    p = malloc(1 << 20);
    printf("asked again: %s\n", p ? "more heap" : "no more heap");
    return 0;
}
