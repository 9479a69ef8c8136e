/* kit-test: with -m 8G malloc hands out memory past 4 GiB, and it can be written, read back and freed, exit 0
 * libcs: newlib (nano malloc reuses no free block more than 2 GiB larger than the request; picolibc's malloc zeroes every block: README.md)
 * needs: paging devicetree
 * qemu: -m 8G
 * expect: blocks reach past 4 GiB: yes
 * expect: every 64 MiB written and read back: yes
 * expect: freed and allocated again: yes
 * expect-exit: 0
 */
/*
 * AArch64 virt puts RAM at 1 GiB, RISC-V virt at 2 GiB, so with 8 GiB of
 * it most lies above 4 GiB.  The heap follows the devicetree's RAM
 * (platform/devicetree.c) and the page tables (AArch64, Sv39 in S-mode)
 * map all the RAM virt can have (linker/mmu_tables.ld.S): six 1 GiB
 * blocks must reach past 4 GiB, and all of them must be usable.  (1 GiB
 * blocks: newlib's malloc refuses any single request over INT_MAX.)
 * One word per 64 MiB and the last of each block are touched: QEMU's
 * host memory is allocated on first touch, in 2 MiB huge pages where the
 * host has them, so a word per MiB would cost the host 6 GiB.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define GIB     ((uintptr_t)1 << 30)
#define MIB     ((size_t)1 << 20)
#define STRIDE  (64 * MIB)
#define BLOCK   (GIB - MIB)         /* room for malloc's own headers */
#define NBLOCKS 6

static uint64_t pattern(const char *p, size_t off)
{
    return ((uint64_t)(uintptr_t)p + off) ^ 0x5a5a5a5a5a5a5a5aull;
}

/* Write a word in every 64 MiB and the last word, then read them all back. */
static int touch(char *p)
{
    size_t off;

    for (off = 0; off < BLOCK; off += STRIDE)
        *(volatile uint64_t *)(p + off) = pattern(p, off);
    *(volatile uint64_t *)(p + BLOCK - 8) = pattern(p, BLOCK);
    for (off = 0; off < BLOCK; off += STRIDE)
        if (*(volatile uint64_t *)(p + off) != pattern(p, off))
            return 0;
    return *(volatile uint64_t *)(p + BLOCK - 8) == pattern(p, BLOCK);
}

int main(void)
{
    char *b[NBLOCKS];
    uintptr_t top = 0;
    int i, ok = 1, again = 1;

    for (i = 0; i < NBLOCKS; i++) {
        b[i] = malloc(BLOCK);
        if (!b[i]) {
            printf("malloc of 1 GiB block %d returned NULL\n", i);
            return 1;
        }
        if ((uintptr_t)b[i] + BLOCK > top)
            top = (uintptr_t)b[i] + BLOCK;
    }
    printf("heap top %p\n", (void *)top);
    printf("blocks reach past 4 GiB: %s\n", top > 4 * GIB ? "yes" : "NO");
    for (i = 0; i < NBLOCKS; i++)
        ok &= touch(b[i]);
    printf("every 64 MiB written and read back: %s\n", ok ? "yes" : "NO");
    for (i = 0; i < NBLOCKS; i++)
        free(b[i]);
    for (i = 0; i < NBLOCKS; i++)
        again &= (b[i] = malloc(BLOCK)) != NULL;
    printf("freed and allocated again: %s\n", again ? "yes" : "NO");
    return top > 4 * GIB && ok && again ? 0 : 1;
}
