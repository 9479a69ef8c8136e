/*
 * A flat identity map of the low 4 GiB, so that RAM is Normal cacheable
 * memory.  With the MMU off, every data access is Device-nGnRnE (ARM ARM
 * D5.2.9): unaligned accesses and `dc zva` fault there, and newlib's
 * optimised memcpy/memset use both.
 *
 * Translation: 4 KiB granule, TCR_EL1.T0SZ = 32 (a 32-bit address space),
 * so the walk starts at level 1 (ARM ARM D5.2.6, table D5-13): 4 level-1
 * entries, each pointing to a level-2 table of 512 entries that map 2 MiB
 * blocks.  A block is Normal memory when it lies inside the board's RAM
 * window (KIT_MMU_RAM_START..END: QEMU virt 1-4 GiB, raspi3b below the
 * peripherals at 0x3f000000), Device memory otherwise.
 */
#include <stdint.h>
#include "board_config.h"
#include "../boot.h"

#define MAIR_DEVICE_nGnRnE  0x00    /* attr index 0 */
#define MAIR_NORMAL_WB      0xff    /* attr index 1: write-back, R/W alloc */

#define DESC_TABLE     (3ull << 0)      /* level 1: next-level table */
#define DESC_BLOCK     (1ull << 0)      /* level 2: 2 MiB block */
#define PTE_ATTR(i)    ((uint64_t)(i) << 2)
#define PTE_SH_INNER   (3ull << 8)
#define PTE_AF         (1ull << 10)     /* access flag: no AF fault */
#define PTE_PXN        (1ull << 53)
#define PTE_UXN        (1ull << 54)

#define TCR_T0SZ(n)    ((uint64_t)(n))
#define TCR_IRGN0_WB   (1ull << 8)
#define TCR_ORGN0_WB   (1ull << 10)
#define TCR_SH0_INNER  (3ull << 12)
#define TCR_TG0_4K     (0ull << 14)
#define TCR_EPD1       (1ull << 23)     /* no walks through TTBR1 */

#define SCTLR_M        (1ull << 0)      /* MMU */
#define SCTLR_A        (1ull << 1)      /* alignment checking: off */
#define SCTLR_C        (1ull << 2)      /* data cache */
#define SCTLR_I        (1ull << 12)     /* instruction cache */

#define BLOCK          (2ull << 20)
#define GIB            (1ull << 30)

static uint64_t level1[4] __attribute__((aligned(4096), section(".mmu_tables")));
static uint64_t level2[4][512] __attribute__((aligned(4096), section(".mmu_tables")));

static uint64_t block_entry(uint64_t addr)
{
    /* start <= addr < end, written so that start = 0 needs no special case */
    int ram = addr - (uint64_t)KIT_MMU_RAM_START
              < (uint64_t)KIT_MMU_RAM_END - (uint64_t)KIT_MMU_RAM_START;

    if (ram)
        return addr | DESC_BLOCK | PTE_ATTR(1) | PTE_AF | PTE_SH_INNER;
    return addr | DESC_BLOCK | PTE_ATTR(0) | PTE_AF | PTE_PXN | PTE_UXN;
}

/* Boot core, once: fill the tables (they live outside .bss, which is
 * zeroed only after the MMU is on). */
void kit_mmu_build(void)
{
    for (unsigned g = 0; g < 4; g++) {
        for (unsigned b = 0; b < 512; b++)
            level2[g][b] = block_entry(g * GIB + b * BLOCK);
        level1[g] = (uint64_t)(uintptr_t)level2[g] | DESC_TABLE;
    }
}

/* Every core: point the MMU at the tables and turn it, and the caches, on. */
void kit_mmu_enable(void)
{
    uint64_t sctlr;

    __asm__ volatile(
        "msr mair_el1, %0\n"
        "msr tcr_el1, %1\n"
        "msr ttbr0_el1, %2\n"
        "dsb ish\n"             /* table writes visible to the walker */
        "isb\n"
        "tlbi vmalle1\n"        /* no stale translations */
        "dsb ish\n"
        "isb\n"
        :: "r"((uint64_t)MAIR_DEVICE_nGnRnE | (uint64_t)MAIR_NORMAL_WB << 8),
           "r"(TCR_T0SZ(32) | TCR_IRGN0_WB | TCR_ORGN0_WB | TCR_SH0_INNER
               | TCR_TG0_4K | TCR_EPD1),
           "r"(level1)
        : "memory");

    __asm__ volatile("mrs %0, sctlr_el1" : "=r"(sctlr));
    sctlr |= SCTLR_M | SCTLR_C | SCTLR_I;
    sctlr &= ~SCTLR_A;
    __asm__ volatile("msr sctlr_el1, %0\nisb" :: "r"(sctlr) : "memory");
}
