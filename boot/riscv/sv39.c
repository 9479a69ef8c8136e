/*
 * RISC-V S-mode: why a page fault happened, in words, for the trap report.
 * crt0.S switches Sv39 paging on with the identity map the linker built
 * (linker/mmu_tables.ld.S); a page fault (cause 12, 13 or 15) means the
 * address is unmapped there (NULL, a stack guard, OpenSBI's own RAM) or
 * the page forbids the access (code is not writable, data not
 * executable).  The tables are read-only data of the image, so reading
 * them here is safe even when the program trashed its own .data.
 */
#include <stdint.h>
#include "board_config.h"
#include "../boot.h"

#if defined(KIT_MODE_S)

extern const uint64_t __kit_pt_l1[];

/* PTE bits, Privileged Spec 4.4.1 */
#define PTE_V   0x01
#define PTE_R   0x02
#define PTE_W   0x04
#define PTE_X   0x08

#define CAUSE_FETCH_PAGE 12
#define CAUSE_LOAD_PAGE  13
#define CAUSE_STORE_PAGE 15

/* The walk of 4.3.2 over the kit's own tables (satp holds no other). */
const char *kit_sv39_why(uintptr_t addr, unsigned cause)
{
    const uint64_t *table = __kit_pt_l1;
    int level;

    /* Bits 63:39 must copy bit 38 (4.4.1): the map covers only below */
    if (addr >> 38)
        return "S-mode, not an Sv39 address the map covers";
    for (level = 2; level >= 0; level--) {
        uint64_t pte = table[(addr >> (12 + 9 * level)) & 511];

        if (!(pte & PTE_V))
            return "S-mode, nothing mapped there";
        if (pte & (PTE_R | PTE_X)) {            /* a leaf */
            if (cause == CAUSE_FETCH_PAGE && !(pte & PTE_X))
                return "S-mode, permission: page not executable";
            if (cause == CAUSE_STORE_PAGE && !(pte & PTE_W))
                return "S-mode, permission: page read-only";
            if (cause == CAUSE_LOAD_PAGE && !(pte & PTE_R))
                return "S-mode, permission: page not readable";
            return "S-mode";
        }
        table = (const uint64_t *)(uintptr_t)((pte >> 10) << 12);
    }
    return "S-mode";
}

#endif
