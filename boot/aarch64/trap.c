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

/* The exception classes' names and the abort kinds: one header, which the
 * runner's expansion of a FAULT_CODES=1 report reads too
 * (tools/runner/faultcode.c). */
#include "causes.h"

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
    /* FAULT_CODES=1: the report prints this; the runner names it. */
    f->code = (uint64_t)(vector & 3) << 32 | (uint32_t)esr;
#if KIT_FAULT_CODES
    f->cause = "";
    f->detail = NULL;
#else
    f->cause = kit_aarch64_cause(vector, ec);
    f->detail = sync && is_abort ? kit_abort_kind((unsigned)esr & 0x3f) : NULL;
#endif
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
