/*
 * M-mode memory guards with Physical Memory Protection (RISC-V Privileged
 * Spec 3.7).  Run by every hart in crt0, before any other C: PMP
 * registers are per hart, so each hart sets its own.
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
 *   H+1      NAPOT this hart's trap-stack guard: no access -> "trap stack
 *            overflow" (only this hart's: its handler runs only here)
 *   H+2,H+3  TOR .text: read + execute (no write)
 *   H+4      TOR .rodata (and init/fini arrays): read only
 *   H+5      TOR from there to the top of memory: read + write, never
 *            execute (.data .bss, stacks, heap; devices above the image)
 *
 * Addresses below the image (devices on QEMU's machines) match no entry:
 * M-mode may use them freely.  NAPOT needs a power-of-two size aligned to
 * itself: the guard is one (mk/stack.mk rounds STACK_SIZE for that); TOR
 * takes any 4-byte boundary.  H + 6 entries: virt and sifive_u have 16,
 * the FE310 (sifive_e) 8.
 *
 * Nothing is computed at run time: the linker script (linker/kit.ld)
 * gives each boundary already encoded (address >> 2, NAPOT's low bits),
 * the configuration bytes are constants, and the writes are unrolled,
 * since a CSR number is an immediate in the instruction.  About three
 * instructions an entry (this hart's trap guard: a multiply more).
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

#define H          KIT_MAX_HARTS
#define ENTRIES    (H + 6)
#if ENTRIES > KIT_PMP_ENTRIES || ENTRIES > 16
#error "not enough PMP entries for a guard per hart: lower BOARD_MAX_HARTS"
#endif

/* linker/kit.ld: pmpaddr values (3.7.1: address bits 2 and up). */
extern char __kit_pmp_guard0[];         /* NAPOT of hart 0's stack guard */
extern char __kit_pmp_trap_guard0[];    /* NAPOT of hart 0's trap-stack guard */
extern char __kit_pmp_text_start[], __kit_pmp_text_end[], __kit_pmp_rodata_end[];

/* NAPOT of [base, base + size): (base + size/2 - 1) >> 2 (3.7.1); page 0: */
#define NULL_PAGE   ((4096 / 2 - 1) >> 2)
/* Hart h's guard lies h strides below hart 0's; its trap-stack guard h
 * trap strides above hart 0's. */
#define GUARD_STEP  ((uintptr_t)KIT_STACK_PITCH >> 2)
#define TRAP_STEP   ((uintptr_t)KIT_TRAP_STACK_PITCH >> 2)

/* Entry i's pmpaddr and configuration byte: constants but for the link
 * addresses (and this hart's trap guard), so each folds to a load or two. */
#define ADDR(i) ((i) == 0 ? NULL_PAGE : \
                 (i) <= H ? (uintptr_t)__kit_pmp_guard0 - ((i) - 1) * GUARD_STEP : \
                 (i) == H + 1 ? (uintptr_t)__kit_pmp_trap_guard0 + hart * TRAP_STEP : \
                 (i) == H + 2 ? (uintptr_t)__kit_pmp_text_start : \
                 (i) == H + 3 ? (uintptr_t)__kit_pmp_text_end : \
                 (i) == H + 4 ? (uintptr_t)__kit_pmp_rodata_end : ~(uintptr_t)0)
#define CFG(i)  ((uint64_t)((i) <= H + 1 ? PMP_NAPOT | PMP_L :           \
                            (i) == H + 2 ? 0 /* OFF: TOR's base */ :     \
                            (i) == H + 3 ? PMP_TOR | PMP_R | PMP_X | PMP_L : \
                            (i) == H + 4 ? PMP_TOR | PMP_R | PMP_L :     \
                            (i) == H + 5 ? PMP_TOR | PMP_R | PMP_W | PMP_L : 0))
/* Four configuration bytes from entry i up (a 32-bit pmpcfg's worth). */
#define CFG4(i) (CFG(i) | CFG((i) + 1) << 8 | CFG((i) + 2) << 16 | CFG((i) + 3) << 24)

#define CSRW(csr, v) __asm__ volatile("csrw " #csr ", %0" :: "r"(v))
#define SET(i)       do { if ((i) < ENTRIES) CSRW(pmpaddr##i, ADDR(i)); } while (0)

/* No stack protector: the guard value may change while this runs on a
 * secondary hart (the boot hart seeds it). */
__attribute__((no_stack_protector))
void kit_pmp_init(unsigned hart)
{
    SET(0);  SET(1);  SET(2);  SET(3);  SET(4);  SET(5);  SET(6);  SET(7);
    SET(8);  SET(9);  SET(10); SET(11); SET(12); SET(13); SET(14); SET(15);

    /* Configuration last, highest entries first: an entry binds from its
     * configuration's write on.  rv64: pmpcfg0 = entries 0-7, pmpcfg2 =
     * 8-15; rv32: four a register (3.7.1). */
#if __riscv_xlen == 64
    if (ENTRIES > 8)
        CSRW(pmpcfg2, CFG4(8) | CFG4(12) << 32);
    CSRW(pmpcfg0, CFG4(0) | CFG4(4) << 32);
#else
    if (ENTRIES > 12)
        CSRW(pmpcfg3, (uint32_t)CFG4(12));
    if (ENTRIES > 8)
        CSRW(pmpcfg2, (uint32_t)CFG4(8));
    if (ENTRIES > 4)
        CSRW(pmpcfg1, (uint32_t)CFG4(4));
    CSRW(pmpcfg0, (uint32_t)CFG4(0));
#endif
    /* No sfence.vma (3.7.2 asks for one only where paging exists; the
     * FE310 has no S-mode, and the instruction is illegal there). */
}

/* GUARDS=0 (mk/stack.mk) links crt0's call of kit_pmp_init here: no
 * entry at all, so M-mode may go anywhere, as before any guard. */
void kit_pmp_off(unsigned hart);

void kit_pmp_off(unsigned hart)
{
    (void)hart;
}

extern char __kit_text_start[], __kit_text_end[], __kit_rodata_end[];

/* What the entries above say about an access fault at addr (cause 1, an
 * instruction fetch; 7, a store), for the report: the access fault PMP
 * makes says nothing of why, and "the stack is not executable" is
 * worth saying.  Otherwise no memory answered there. */
const char *kit_pmp_why(uintptr_t addr, unsigned cause)
{
    if (cause == 1 && addr >= (uintptr_t)__kit_text_end)
        return "M-mode, PMP: not executable";
    if (cause == 7 && addr >= (uintptr_t)__kit_text_start &&
        addr < (uintptr_t)__kit_rodata_end)
        return "M-mode, PMP: read-only";
    return "M-mode";
}
#endif
