/*
 * Turn the MMU and caches on, with the identity map the linker built
 * (linker/mmu_tables.ld.S has the layout and the permissions: page 0 and
 * stack guards unmapped, code read-only + executable, everything else
 * execute-never, all the RAM QEMU virt can have).  With the MMU off, every
 * data access is Device-nGnRnE (ARM ARM D5.2.9): unaligned accesses and
 * `dc zva` fault there, and newlib's optimised memcpy/memset use both.
 *
 * Nothing is computed at run time: the tables are data in the image.
 */
#include <stdint.h>
#include "board_config.h"
#include "../boot.h"

#define MAIR_DEVICE_nGnRnE  0x00    /* attr index 0 */
#define MAIR_NORMAL_WB      0xff    /* attr index 1: write-back, R/W alloc */

/* TCR_EL1 (D13.2.131): 39-bit addresses (T0SZ = 25: the walk starts at
 * level 1), write-back cacheable inner-shareable walks, 4 KiB granule, no
 * TTBR1 walks, 40-bit physical addresses (IPS = 0b010: Cortex-A53's
 * PARange; RAM above 4 GiB needs more than the 32-bit default). */
#define TCR_T0SZ(n)    ((uint64_t)(n))
#define TCR_IRGN0_WB   (1ull << 8)
#define TCR_ORGN0_WB   (1ull << 10)
#define TCR_SH0_INNER  (3ull << 12)
#define TCR_TG0_4K     (0ull << 14)
#define TCR_EPD1       (1ull << 23)
#define TCR_IPS_40     (2ull << 32)

#define SCTLR_M        (1ull << 0)      /* MMU */
#define SCTLR_A        (1ull << 1)      /* alignment checking: off */
#define SCTLR_C        (1ull << 2)      /* data cache */
#define SCTLR_I        (1ull << 12)     /* instruction cache */

extern const uint64_t __kit_pt_l1[];

/* Every core: point the MMU at the tables and turn it, and the caches, on. */
void kit_mmu_enable(void)
{
    uint64_t sctlr;

    __asm__ volatile(
        "msr mair_el1, %0\n"
        "msr tcr_el1, %1\n"
        "msr ttbr0_el1, %2\n"
        "isb\n"
        "tlbi vmalle1\n"        /* no stale translations */
        "dsb ish\n"
        "isb\n"
        :: "r"((uint64_t)MAIR_DEVICE_nGnRnE | (uint64_t)MAIR_NORMAL_WB << 8),
           "r"(TCR_T0SZ(25) | TCR_IRGN0_WB | TCR_ORGN0_WB | TCR_SH0_INNER
               | TCR_TG0_4K | TCR_EPD1 | TCR_IPS_40),
           "r"(__kit_pt_l1)
        : "memory");

    __asm__ volatile("mrs %0, sctlr_el1" : "=r"(sctlr));
    sctlr |= SCTLR_M | SCTLR_C | SCTLR_I;
    sctlr &= ~SCTLR_A;
    __asm__ volatile("msr sctlr_el1, %0\nisb" :: "r"(sctlr) : "memory");
}
