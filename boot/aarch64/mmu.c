/*
 * A flat identity map for the low 4 GiB, so that RAM is Normal cacheable
 * memory.  With the MMU off, every data access is Device-nGnRnE (ARM ARM
 * D5.2.9): unaligned accesses and `dc zva` fault there, and newlib's
 * optimised memcpy/memset use both.
 *
 * Translation: 4 KiB granule, TCR_EL1.T0SZ = 32 (a 32-bit address space),
 * so the walk starts at level 1 and each of the 4 level-1 entries is a
 * 1 GiB block (ARM ARM D5.2.6, table D5-13).  Block 0 (flash, GIC, UART,
 * ... on QEMU virt) is Device; blocks 1-3 (RAM from 0x40000000) are Normal.
 */
#include <stdint.h>

#define MAIR_DEVICE_nGnRnE  0x00    /* attr index 0 */
#define MAIR_NORMAL_WB      0xff    /* attr index 1: write-back, R/W alloc */

#define PTE_BLOCK      (1ull << 0)      /* bits 1:0 = 01: block entry */
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

#define GIB            (1ull << 30)

static uint64_t level1[4] __attribute__((aligned(4096), section(".mmu_tables")));

void kit_mmu_enable(void)
{
    uint64_t sctlr;

    level1[0] = 0 * GIB | PTE_BLOCK | PTE_ATTR(0) | PTE_AF | PTE_PXN | PTE_UXN;
    level1[1] = 1 * GIB | PTE_BLOCK | PTE_ATTR(1) | PTE_AF | PTE_SH_INNER;
    level1[2] = 2 * GIB | PTE_BLOCK | PTE_ATTR(1) | PTE_AF | PTE_SH_INNER;
    level1[3] = 3 * GIB | PTE_BLOCK | PTE_ATTR(1) | PTE_AF | PTE_SH_INNER;

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
