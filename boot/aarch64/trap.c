/*
 * Decode an AArch64 exception and hand it to the report (boot/fault.c),
 * or an interrupt the kit handles to its handler and back.  ESR_EL1.EC
 * values: ARM ARM D13.2.37 "ESR_EL1, Exception Syndrome Register (EL1)";
 * the abort kind: ISS.DFSC/IFSC, bits 5:0, table D13-... "Fault status
 * code" (translation, access flag, permission, alignment, external).
 */
#include <stdint.h>
#include "board_config.h"
#include "../../platform/platform.h"
#include "../../platform/arch.h"
#include "../../platform/aarch64/mpidr.h"
#include "../boot.h"
#include "../fault.h"
#include "../trap.h"

/* The exception classes with a name: their EC values, and the names one
 * after another in the same order, each ending in its NUL (a switch
 * became a 61-entry table of pointers, 488 bytes). */
static const unsigned char ec_codes[] = {
    0x00, 0x01, 0x07, 0x0e, 0x15, 0x18, 0x20, 0x21,
    0x22, 0x24, 0x25, 0x26, 0x2c, 0x2f, 0x3c,
};
static const char ec_names[] =
    "undefined/illegal instruction\0"             /* 0x00 */
    "trapped WFI/WFE\0"                           /* 0x01 */
    "FP/SIMD access trapped (CPACR_EL1.FPEN)\0"   /* 0x07 */
    "illegal execution state\0"                   /* 0x0e */
    "SVC instruction\0"                           /* 0x15 */
    "trapped MSR/MRS/system instruction\0"        /* 0x18 */
    "instruction abort\0"                         /* 0x20: from a lower EL */
    "instruction abort\0"                         /* 0x21: same EL */
    "PC alignment fault\0"                        /* 0x22 */
    "data abort\0"                                /* 0x24: from a lower EL */
    "data abort\0"                                /* 0x25: same EL */
    "SP alignment fault\0"                        /* 0x26 */
    "floating-point exception\0"                  /* 0x2c */
    "SError interrupt\0"                          /* 0x2f */
    "breakpoint (BRK instruction)";               /* 0x3c */

static const char *ec_name(unsigned ec)
{
    const char *p = ec_names;
    unsigned i;

    for (i = 0; i < sizeof ec_codes; i++) {
        if (ec_codes[i] == ec)
            return p;
        while (*p++)
            ;
    }
    return "other exception class";
}

/* DFSC/IFSC (ISS bits 5:0): the kind of abort; the low 2 bits of the
 * first four kinds are the translation table level. */
static const char *abort_kind(unsigned fsc)
{
    switch (fsc & 0x3c) {
    case 0x04: return "translation fault: nothing mapped there";
    case 0x08: return "access flag fault";
    case 0x0c: return "permission fault";
    }
    switch (fsc) {
    case 0x00: return "address size fault";
    case 0x10: return "synchronous external abort: no device or memory there";
    case 0x21: return "alignment fault";
    case 0x30: return "TLB conflict abort";
    default:   return "other abort";
    }
}

static unsigned core_id(void)
{
    uint64_t mpidr;

    __asm__ volatile("mrs %0, mpidr_el1" : "=r"(mpidr));
    return (unsigned)(mpidr & MPIDR_CORE_MASK);
}

/* FAULT_REGS=1: x0-x30, then the interrupted sp. */
static const char reg_names[] =
    "x0\0x1\0x2\0x3\0x4\0x5\0x6\0x7\0x8\0x9\0x10\0x11\0x12\0x13\0x14\0x15\0"
    "x16\0x17\0x18\0x19\0x20\0x21\0x22\0x23\0x24\0x25\0x26\0x27\0x28\0x29\0"
    "x30\0sp";

extern char kit_vectors[], kit_trap_entry_end[];

/* Two frames and the block fit with room for C (boot/trap.h). */
_Static_assert(KIT_TRAP_STACK_SIZE >= TRAP_FIRST_BYTES + TRAP_FRAME + TRAP_BLOCK + 256,
               "TRAP_STACK_SIZE is too small for the trap frames");

/* A frame taken through vector slot `vector` (boot/trap.h), in words. */
static void decode(const uint64_t *regs, unsigned vector, struct kit_fault *f)
{
    uint64_t esr = regs[TRAP_SLOT_ESR];
    unsigned ec = (unsigned)(esr >> 26) & 0x3f;
    int sync = (vector & 3) == 0;
    int is_abort = ec == 0x20 || ec == 0x21 || ec == 0x24 || ec == 0x25;

    f->hart = core_id();
    f->interrupt = (vector & 3) == 1 || (vector & 3) == 2;
    switch (vector & 3) {
    case 0:  f->cause = ec_name(ec); break;
    case 1:  f->cause = "unexpected IRQ"; break;
    case 2:  f->cause = "unexpected FIQ"; break;
    default: f->cause = "SError (asynchronous abort)"; break;
    }
    f->detail = sync && is_abort ? abort_kind((unsigned)esr & 0x3f) : NULL;
    f->pc = regs[TRAP_SLOT_ELR];
    f->ra = regs[30];
    f->sp = regs[TRAP_SLOT_SP];
    f->addr = regs[TRAP_SLOT_FAR];
    f->has_addr = sync && (is_abort || ec == 0x22 || ec == 0x26);
    f->fetch = sync && (ec == 0x20 || ec == 0x21);
    f->regs = regs;
    f->nregs = 32;
    f->reg_names = reg_names;
}

/* regs: the frame vectors.S saved; vector: its slot (0-3 the program,
 * 4-7 the handler); level: TRAP_LEVEL_HANDLER when the handler itself
 * faulted, the first trap's frame then above this one. */
void kit_trap(uint64_t *regs, unsigned vector, unsigned level)
{
    struct kit_fault f, outer;  /* every field set by decode: no memset call */
    uint64_t elr = regs[TRAP_SLOT_ELR];
    const uint64_t *first = regs + TRAP_FIRST_BYTES / sizeof *regs;

    /* The entry code itself faulted (saving a frame, or on the way out of
     * an interrupt): the frame it was saving means nothing.  Taken on
     * SP_EL1 outside the handler: the same. */
    if ((elr >= (uintptr_t)kit_vectors && elr < (uintptr_t)kit_trap_entry_end) ||
        (level != TRAP_LEVEL_HANDLER && vector >= 4 && vector < 8))
        kit_fault_in_entry(core_id(), elr, regs[TRAP_SLOT_FAR]);
    if (level == TRAP_LEVEL_HANDLER) {
        decode(regs, vector, &f);
        decode(first, (unsigned)first[TRAP_SLOT_VECTOR], &outer);
        kit_fault_report(&f, &outer);
    }
    if ((vector & 3) == 1 && kit_arch_interrupt(core_id(), vector))
        return;
    decode(regs, vector, &f);
    kit_fault_report(&f, 0);
}
