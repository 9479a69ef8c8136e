/*
 * M-mode memory guards with Physical Memory Protection (RISC-V Privileged
 * Spec 3.7).  Run by every hart in crt0, before any other C: PMP
 * registers are per hart.
 *
 * M-mode is bound by a PMP entry only when the entry is locked (L bit,
 * 3.7.1: "locked entries ... enforced for all privilege modes"), and a
 * locked entry cannot change until reset: these guards hold for the whole
 * run, whatever the program does.  The lowest-numbered matching entry
 * decides (3.7.1, "Priority and Matching Logic"), so the small deny
 * entries come first and the broad ones after:
 *
 *   0        NAPOT page 0: no access                    -> "NULL pointer"
 *   1..H     NAPOT each hart's stack guard: no access   -> "stack overflow"
 *   H+1,H+2  TOR .text: read + execute (no write)
 *   H+3      TOR .rodata (and init/fini arrays): read only
 *   H+4      TOR from there to the top of memory: read + write, never
 *            execute (.data .bss, stacks, heap; devices above the image)
 *
 * Addresses below the image (devices on QEMU's machines) match no entry:
 * M-mode may use them freely.  NAPOT needs a power-of-two size aligned to
 * itself: the guard is one (mk/stack.mk rounds STACK_SIZE for that); TOR
 * takes any 4-byte boundary.  H + 5 entries: virt and sifive_u have 16,
 * the FE310 (sifive_e) 8.
 */
#include <stdint.h>
#include "board_config.h"
#if !defined(KIT_MODE_S)
#include "../../platform/stack.h"
#include "../boot.h"

#define PMP_R      0x01
#define PMP_W      0x02
#define PMP_X      0x04
#define PMP_TOR    0x08
#define PMP_NAPOT  0x18
#define PMP_L      0x80

#define ENTRIES    (KIT_MAX_HARTS + 5)
#if ENTRIES > KIT_PMP_ENTRIES
#error "not enough PMP entries for a guard per hart: lower BOARD_MAX_HARTS"
#endif

extern char __kit_text_start[], __kit_text_end[], __kit_rodata_end[];
extern char __kit_stacks_end[];

#define CSRW(csr, v) __asm__ volatile("csrw " #csr ", %0" :: "r"(v))

/* pmpaddr<i> = v; CSR numbers are immediates, hence the switch. */
static void set_addr(unsigned i, uintptr_t v)
{
    switch (i) {
    case 0: CSRW(pmpaddr0, v); break;   case 1: CSRW(pmpaddr1, v); break;
    case 2: CSRW(pmpaddr2, v); break;   case 3: CSRW(pmpaddr3, v); break;
    case 4: CSRW(pmpaddr4, v); break;   case 5: CSRW(pmpaddr5, v); break;
    case 6: CSRW(pmpaddr6, v); break;   case 7: CSRW(pmpaddr7, v); break;
    case 8: CSRW(pmpaddr8, v); break;   case 9: CSRW(pmpaddr9, v); break;
    case 10: CSRW(pmpaddr10, v); break; case 11: CSRW(pmpaddr11, v); break;
    case 12: CSRW(pmpaddr12, v); break; case 13: CSRW(pmpaddr13, v); break;
    case 14: CSRW(pmpaddr14, v); break; case 15: CSRW(pmpaddr15, v); break;
    }
}

/* NAPOT encoding of [base, base + size): (base + size/2 - 1) >> 2 (3.7.1). */
static uintptr_t napot(uintptr_t base, uintptr_t size)
{
    return (base + size / 2 - 1) >> 2;
}

/* No stack protector: the guard value may change while this runs on a
 * secondary hart (the boot hart seeds it). */
__attribute__((no_stack_protector))
void kit_pmp_init(unsigned hart)
{
    uint8_t cfg[16] = { 0 };
    unsigned i = 0, h;

    (void)hart;
    set_addr(i, napot(0, 4096));
    cfg[i++] = PMP_NAPOT | PMP_L;
    for (h = 0; h < KIT_MAX_HARTS; h++) {
        uintptr_t lo, hi;

        kit_stack_guard_range(h, &lo, &hi);
        set_addr(i, napot(lo, hi - lo));
        cfg[i++] = PMP_NAPOT | PMP_L;
    }
    set_addr(i, (uintptr_t)__kit_text_start >> 2);
    cfg[i++] = 0;                                   /* OFF: TOR's base */
    set_addr(i, (uintptr_t)__kit_text_end >> 2);
    cfg[i++] = PMP_TOR | PMP_R | PMP_X | PMP_L;
    set_addr(i, (uintptr_t)__kit_rodata_end >> 2);
    cfg[i++] = PMP_TOR | PMP_R | PMP_L;
    set_addr(i, ~(uintptr_t)0);
    cfg[i++] = PMP_TOR | PMP_R | PMP_W | PMP_L;

    /* Configuration last, all at once: an entry binds from here on.
     * rv64: pmpcfg0 = entries 0-7, pmpcfg2 = 8-15; rv32: 4 a register. */
#if __riscv_xlen == 64
    uint64_t c0 = 0, c2 = 0;

    for (i = 0; i < 8; i++) {
        c0 |= (uint64_t)cfg[i] << (8 * i);
        c2 |= (uint64_t)cfg[i + 8] << (8 * i);
    }
    CSRW(pmpcfg2, c2);
    CSRW(pmpcfg0, c0);
#else
    uint32_t c[4] = { 0 };

    for (i = 0; i < 16; i++)
        c[i / 4] |= (uint32_t)cfg[i] << (8 * (i % 4));
    CSRW(pmpcfg3, c[3]);
    CSRW(pmpcfg2, c[2]);
    CSRW(pmpcfg1, c[1]);
    CSRW(pmpcfg0, c[0]);
#endif
    /* No sfence.vma (3.7.2 asks for one only where paging exists; the
     * FE310 has no S-mode, and the instruction is illegal there). */
}
#endif
