/*
 * The kit's identity map, built by the linker: AArch64 (first half) and
 * RISC-V S-mode Sv39 (second half).
 *
 * The C preprocessor turns this file into build/<config>/mmu_tables.ld
 * (the Makefile's rule), which linker/kit.ld INCLUDEs: every descriptor
 * below is an ld expression over the image's own symbols (__kit_text_end,
 * __kit_stacks_start, ...), so the tables are finished data in the image
 * when QEMU loads it.  Boot only points TTBR0_EL1 at them
 * (boot/aarch64/mmu.c): no run-time work, and read-only to everyone.
 *
 * Translation (ARM ARM D5.2): 4 KiB granule, TCR_EL1.T0SZ = 25, a 39-bit
 * (512 GiB) address space whose walk starts at level 1.
 *   level 1: 512 x 1 GiB.  RAM (KIT_MMU_RAM_START..END; QEMU virt: RAM at
 *            1 GiB, up to 255 GiB of it with -m) is Normal cacheable
 *            blocks, read-write, execute-never; below 4 GiB the rest is
 *            Device blocks, execute-never; above, nothing.
 *   level 2: two tables of 512 x 2 MiB, for the first GiB (page 0 lives
 *            there) and for the GiB holding the image.
 *   level 3: KIT_MMU_PAGED_MIB / 2 tables of 512 x 4 KiB pages over the
 *            image and its stacks, where permissions change:
 *              page 0 ............ unmapped (NULL), KIT_MMU_NULL_GUARD
 *              .text ............. read-only, executable
 *              .rodata, tables ... read-only, execute-never
 *              .data .bss ........ read-write, execute-never
 *              stack guards ...... unmapped (stack overflow)
 *              trap stack guards . unmapped (trap stack overflow)
 *              stacks, heap ...... read-write, execute-never
 *            On QEMU virt, the first 2 MiB (flash) are unmapped as a whole
 *            instead: a NULL guard that costs no table.
 */
#include "board_config.h"

#if defined(__aarch64__)

#define KIB4        0x1000
#define MIB2        0x200000
#define GIB         0x40000000
/* Where the 4 KiB pages are: from the 2 MiB boundary at or below RAM's start */
#define WIN_BASE    ((KIT_RAM_ORIGIN) & ~(MIB2 - 1))
#define WIN_END     (WIN_BASE + (KIT_MMU_PAGED_MIB) * 0x100000)
#define WIN_GIB     ((KIT_RAM_ORIGIN) / GIB)

/* Descriptor bits (ARM ARM D5.3): valid+table / valid+block / valid+page,
 * AttrIndx (MAIR_EL1 slot: 0 Device-nGnRnE, 1 Normal write-back), AP[2]
 * (read-only), SH = inner shareable, AF (no access-flag fault), PXN, UXN. */
#define TABLE       3
#define BLOCK       1
#define PAGE        3
#define NORMAL      ((1 << 2) | (3 << 8) | (1 << 10))
#define DEVICE      ((0 << 2) | (1 << 10))
#define RO          (1 << 7)
#define XN          ((1 << 53) | (1 << 54))
#define UXN         (1 << 54)

/* What a 2 MiB or 1 GiB block at address a is: RAM, Device below 4 GiB,
 * else not mapped */
#define IS_RAM(a)   ((a) >= KIT_MMU_RAM_START && (a) < KIT_MMU_RAM_END)
#define BLK(a)      (IS_RAM(a) ? (a) | BLOCK | NORMAL | XN : \
                     (a) < 0x100000000 ? (a) | BLOCK | DEVICE | XN : 0)

/* Whether page p is a trap stack's guard (linker/kit.ld, boot/trap.h) */
#define TRAP_GUARD(p) ((p) >= __kit_trap_stacks_start && (p) < __kit_trap_stacks_end && \
    ((p) - __kit_trap_stacks_start) % __kit_trap_stack_pitch < __kit_trap_stack_guard)

/* A 4 KiB page at address p, from the image's own symbols; with
 * GUARDS=0 (__kit_guards = 0, linker/kit.ld) every page read-write and
 * executable, guards and page 0 included */
#define PG(p) ( \
    !__kit_guards ? (p) | PAGE | NORMAL : \
    (p) == 0 && KIT_MMU_NULL_GUARD ? 0 : \
    (p) < __kit_text_start  ? (p) | PAGE | NORMAL | XN : \
    (p) < __kit_text_end    ? (p) | PAGE | NORMAL | RO | UXN : \
    (p) < __kit_rodata_end  ? (p) | PAGE | NORMAL | RO | XN : \
    TRAP_GUARD(p) ? 0 : \
    (p) < __kit_stacks_start ? (p) | PAGE | NORMAL | XN : \
    (p) < __kit_stacks_end  ? \
        (((p) - __kit_stacks_start) % __kit_stack_pitch < __kit_stack_guard \
         ? 0 : (p) | PAGE | NORMAL | XN) : \
    (p) | PAGE | NORMAL | XN)

/* A level-2 entry for address a (in GiB g): a page table inside the
 * window, nothing at 0 when page 0 is guarded, else a block */
#define L2E(a) ( \
    (a) >= WIN_BASE && (a) < WIN_END ? \
        (__kit_pt_l3 + ((a) - WIN_BASE) / MIB2 * KIB4) | TABLE : \
    (a) == 0 && KIT_MMU_NULL_GUARD && __kit_guards ? 0 : BLK(a))

#define L1E(i) QUAD((i) == 0 ? __kit_pt_l2_0 | TABLE : \
                    (i) == WIN_GIB ? __kit_pt_l2_w | TABLE : BLK((i) * GIB))
#define L2E_0(j) QUAD(L2E((j) * MIB2))
#define L2E_W(j) QUAD(L2E(WIN_GIB * GIB + (j) * MIB2))
#define L3E(j)   QUAD(PG(WIN_BASE + L3_TABLE * MIB2 + (j) * KIB4))

/* 512 entries: M(0) ... M(511) */
#define X8(M, i)   M(i) M(i+1) M(i+2) M(i+3) M(i+4) M(i+5) M(i+6) M(i+7)
#define X64(M, i)  X8(M, i) X8(M, i+8) X8(M, i+16) X8(M, i+24) \
                   X8(M, i+32) X8(M, i+40) X8(M, i+48) X8(M, i+56)
#define X512(M)    X64(M, 0) X64(M, 64) X64(M, 128) X64(M, 192) \
                   X64(M, 256) X64(M, 320) X64(M, 384) X64(M, 448)

.mmu_tables : ALIGN(4096) {
    __kit_pt_l1 = .;
    X512(L1E)
    __kit_pt_l2_0 = .;
    X512(L2E_0)
#if WIN_GIB != 0
    __kit_pt_l2_w = .;
    X512(L2E_W)
#else
    __kit_pt_l2_w = __kit_pt_l2_0;
#endif
    __kit_pt_l3 = .;
#define L3_TABLE 0
    X512(L3E)
#if KIT_MMU_PAGED_MIB > 2
#undef L3_TABLE
#define L3_TABLE 1
    X512(L3E)
#endif
#if KIT_MMU_PAGED_MIB > 4
#error "KIT_MMU_PAGED_MIB: at most 4 (two level-3 tables)"
#endif
} > CODE :rodata

ASSERT(__kit_perm_align % KIB4 == 0,
       "AArch64: BOARD_PERM_ALIGN must be a multiple of the 4 KiB page")
ASSERT(__kit_stack_guard % KIB4 == 0,
       "AArch64: STACK_GUARD must be a multiple of the 4 KiB page")
ASSERT(__kit_trap_stack_guard % KIB4 == 0,
       "AArch64: TRAP_STACK_GUARD must be a multiple of the 4 KiB page")
ASSERT(MAX(__kit_stacks_end, __kit_trap_stacks_end) <= WIN_END,
       "AArch64: the image and its stacks do not fit the 4 KiB-page window of the page tables: raise BOARD_MMU_PAGED_MIB (linker/mmu_tables.ld.S)")
/* The doorbell (BOARD_HART_DOORBELL, platform/aarch64/doorbell.h) is
 * written with the MMU on (kit_arch_hart_wake, kit_arch_hart_wait): it
 * must lie in a Device block, not in RAM or the window of pages. */
ASSERT(KIT_HART_DOORBELL == 0 || (!IS_RAM(KIT_HART_DOORBELL) &&
       KIT_HART_DOORBELL < 0x100000000 &&
       (KIT_HART_DOORBELL < WIN_BASE || KIT_HART_DOORBELL >= WIN_END)),
       "AArch64: BOARD_HART_DOORBELL is not in a Device block of the page tables (linker/mmu_tables.ld.S)")

#elif defined(__riscv) && defined(KIT_MODE_S)

/*
 * RISC-V S-mode (under OpenSBI): the same identity map in Sv39 (RISC-V
 * Privileged Spec 4.4), which crt0.S switches on (satp MODE = 8) on every
 * hart before any C runs.  A 39-bit virtual address space, three levels
 * of 512 x 8-byte entries:
 *   level 2 (root): 512 x 1 GiB.  Only the low 256 GiB can be an identity
 *            map (bits 63:39 of an address must copy bit 38, 4.4.1).
 *            Below the GiB RAM starts in: devices, read-write; RAM
 *            (KIT_MMU_RAM_START..END: all that virt can have, the heap
 *            follows the devicetree, platform/devicetree.c clamps it to
 *            what is mapped) read-write; above, nothing.  Nothing is
 *            executable but .text.
 *   level 1: 512 x 2 MiB, for GiB 0 (page 0 and the test finisher share
 *            its first 2 MiB) and for the GiB holding the image.  RAM
 *            below KIT_MMU_RAM_START (OpenSBI's own 2 MiB, which its PMP
 *            denies to S-mode anyway) stays unmapped.
 *   level 0: 512 x 4 KiB: one table for GiB 0's first 2 MiB (page 0
 *            unmapped: NULL), and KIT_MMU_PAGED_MIB / 2 over the image
 *            and its stacks, with the same permissions as on AArch64:
 *              .text ............. R X
 *              .rodata, tables ... R
 *              .data .bss ........ R W
 *              stack guards ...... unmapped (stack overflow)
 *              trap stack guards . unmapped (trap stack overflow)
 *              stacks, heap ...... R W
 * Every leaf has A and D set (4.4.1: software may preset them), so the
 * walker never writes these tables.  No Svpbmt in QEMU 7.2's default
 * CPU: devices need no memory type (PMAs decide, 3.6).
 */
#define KIB4        0x1000
#define MIB2        0x200000
#define GIB         0x40000000
#define WIN_BASE    ((KIT_RAM_ORIGIN) & ~(MIB2 - 1))
#define WIN_END     (WIN_BASE + (KIT_MMU_PAGED_MIB) * 0x100000)
#define WIN_GIB     ((KIT_RAM_ORIGIN) / GIB)
#define DEV_END     ((KIT_MMU_RAM_START) & ~(GIB - 1))

#if WIN_GIB == 0
#error "Sv39 map: RAM in the first GiB is not supported (page 0 and devices share its table)"
#endif

/* PTE bits (4.4.1): V R W X, A D; the PPN field starts at bit 10, so
 * for a 4 KiB-aligned address it is the address shifted right by 2. */
#define PTE_V       0x01
#define PTE_R       0x02
#define PTE_W       0x04
#define PTE_X       0x08
#define PTE_AD      0xc0
#define TABLE(t)    (((t) >> 2) | PTE_V)
#define LEAF(a, p)  (((a) >> 2) | (p) | PTE_AD | PTE_V)
#define RW          (PTE_R | PTE_W)
#define RX          (PTE_R | PTE_X)

#define IS_RAM(a)   ((a) >= KIT_MMU_RAM_START && (a) < KIT_MMU_RAM_END)
/* A 2 MiB or 1 GiB leaf at address a: devices below RAM's GiB, RAM */
#define BLK(a)      (IS_RAM(a) || (a) < DEV_END ? LEAF(a, RW) : 0)

/* Whether page p is a trap stack's guard (linker/kit.ld, boot/trap.h) */
#define TRAP_GUARD(p) ((p) >= __kit_trap_stacks_start && (p) < __kit_trap_stacks_end && \
    ((p) - __kit_trap_stacks_start) % __kit_trap_stack_pitch < __kit_trap_stack_guard)

/* A 4 KiB page in the image's window; with GUARDS=0 (__kit_guards = 0,
 * linker/kit.ld) every page of the image and its stacks read, write and
 * execute, the guards included */
#define PG(p) ( \
    !__kit_guards && (p) >= __kit_text_start ? LEAF(p, RW | PTE_X) : \
    (p) < __kit_text_start  ? (IS_RAM(p) ? LEAF(p, RW) : 0) : \
    (p) < __kit_text_end    ? LEAF(p, RX) : \
    (p) < __kit_rodata_end  ? LEAF(p, PTE_R) : \
    TRAP_GUARD(p) ? 0 : \
    (p) < __kit_stacks_start ? LEAF(p, RW) : \
    (p) < __kit_stacks_end  ? \
        (((p) - __kit_stacks_start) % __kit_stack_pitch < __kit_stack_guard \
         ? 0 : LEAF(p, RW)) : \
    LEAF(p, RW))

#define L2E(a) ( \
    (a) >= WIN_BASE && (a) < WIN_END ? \
        TABLE(__kit_pt_l3 + ((a) - WIN_BASE) / MIB2 * KIB4) : \
    (a) == 0 ? TABLE(__kit_pt_l3_0) : BLK(a))

#define L1E(i) QUAD((i) == 0 ? TABLE(__kit_pt_l2_0) : \
                    (i) == WIN_GIB ? TABLE(__kit_pt_l2_w) : BLK((i) * GIB))
#define L2E_0(j) QUAD(L2E((j) * MIB2))
#define L2E_W(j) QUAD(L2E(WIN_GIB * GIB + (j) * MIB2))
#define L3E_0(j) QUAD((j) == 0 && __kit_guards ? 0 : LEAF((j) * KIB4, RW))
#define L3E(j)   QUAD(PG(WIN_BASE + L3_TABLE * MIB2 + (j) * KIB4))

#define X8(M, i)   M(i) M(i+1) M(i+2) M(i+3) M(i+4) M(i+5) M(i+6) M(i+7)
#define X64(M, i)  X8(M, i) X8(M, i+8) X8(M, i+16) X8(M, i+24) \
                   X8(M, i+32) X8(M, i+40) X8(M, i+48) X8(M, i+56)
#define X512(M)    X64(M, 0) X64(M, 64) X64(M, 128) X64(M, 192) \
                   X64(M, 256) X64(M, 320) X64(M, 384) X64(M, 448)

.mmu_tables : ALIGN(4096) {
    __kit_pt_l1 = .;                /* satp's root (crt0.S) */
    X512(L1E)
    __kit_pt_l2_0 = .;
    X512(L2E_0)
    __kit_pt_l2_w = .;
    X512(L2E_W)
    __kit_pt_l3_0 = .;
    X512(L3E_0)
    __kit_pt_l3 = .;
#define L3_TABLE 0
    X512(L3E)
#if KIT_MMU_PAGED_MIB > 2
#undef L3_TABLE
#define L3_TABLE 1
    X512(L3E)
#endif
#if KIT_MMU_PAGED_MIB > 4
#error "KIT_MMU_PAGED_MIB: at most 4 (two level-0 tables)"
#endif
} > CODE :rodata

ASSERT(MAX(__kit_stacks_end, __kit_trap_stacks_end) <= WIN_END,
       "RISC-V Sv39: the image and its stacks do not fit the 4 KiB-page window of the page tables: raise BOARD_MMU_PAGED_MIB (linker/mmu_tables.ld.S)")
ASSERT(__kit_perm_align % KIB4 == 0,
       "RISC-V Sv39: BOARD_PERM_ALIGN must be a multiple of the 4 KiB page")
ASSERT(__kit_stack_guard % KIB4 == 0,
       "RISC-V Sv39: STACK_GUARD must be a multiple of the 4 KiB page")
ASSERT(__kit_trap_stack_guard % KIB4 == 0,
       "RISC-V Sv39: TRAP_STACK_GUARD must be a multiple of the 4 KiB page")
ASSERT(KIT_MMU_RAM_END <= 0x4000000000,
       "RISC-V Sv39: an identity map reaches 256 GiB at most (BOARD_MMU_RAM_END)")

#endif
