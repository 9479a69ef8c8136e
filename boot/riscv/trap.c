/*
 * Decode a RISC-V trap and hand it to the report (boot/fault.c), or, for
 * an interrupt the kit handles, to its handler and back.  Exception codes:
 * RISC-V Privileged Spec, table 3.6 ("Machine cause register values after
 * trap").
 */
#include <stdint.h>
#include "board_config.h"
#include "../../platform/platform.h"
#include "../../platform/arch.h"
#include "../../platform/riscv/csr.h"
#include "../boot.h"
#include "../fault.h"
#include "../trap.h"
#include "../../platform/stack.h"

/* Exception names by code (one after another, each ending in its NUL:
 * a table of pointers would be 8 bytes a name more on rv64), and which
 * causes carry an address: one header, which the runner's expansion of a
 * FAULT_CODES=1 report reads too (tools/runner/faultcode.c). */
#include "causes.h"
static const char exception_names[] = KIT_RISCV_EXCEPTION_NAMES;

#define CAUSE_INTERRUPT ((uintptr_t)1 << (sizeof(uintptr_t) * 8 - 1))

/* FAULT_REGS=1: slots 1-31 of the frame, by their psABI names. */
static const char reg_names[] =
    "ra\0sp\0gp\0tp\0t0\0t1\0t2\0s0\0s1\0a0\0a1\0a2\0a3\0a4\0a5\0a6\0a7\0"
    "s2\0s3\0s4\0s5\0s6\0s7\0s8\0s9\0s10\0s11\0t3\0t4\0t5\0t6";

extern char kit_trap_stubs[], kit_trap_entry_end[];

/* Two frames and the block fit with room for C (boot/trap.h). */
_Static_assert(KIT_TRAP_STACK_SIZE >= 2 * TRAP_FRAME + TRAP_BLOCK + 256,
               "TRAP_STACK_SIZE is too small for the trap frames");

static __attribute__((unused)) const char *cause_name(uintptr_t code)
{
    const char *p = exception_names;

    if (code > 15)
        return "unknown exception";
    for (; code; code--)
        while (*p++)
            ;
    return *p ? p : "unknown exception";
}

/* The hart whose trap slot holds this frame: its entry stub chose the
 * slot (trap_entry.S), so this is right in S-mode too, where no register
 * names the hart. */
static unsigned hart_of(const uintptr_t *regs)
{
    return (unsigned)(((uintptr_t)regs - (uintptr_t)__kit_trap_stacks_start)
                      / KIT_TRAP_STACK_PITCH);
}

/* A frame (boot/trap.h) in words. */
static void decode(const uintptr_t *regs, struct kit_fault *f)
{
    uintptr_t cause = regs[TRAP_SLOT_CAUSE], code = cause & ~CAUSE_INTERRUPT;

    f->hart = hart_of(regs);
    f->interrupt = (cause & CAUSE_INTERRUPT) != 0;
    f->code = cause;
#if KIT_FAULT_CODES
    /* FAULT_CODES=1: the report prints f->code; the runner names it, so
     * none of the names is linked (tools/runner/faultcode.c). */
    f->cause = "";
    f->detail = 0;
#else
    f->cause = f->interrupt ? "unexpected interrupt" : cause_name(code);
    f->detail = MODE_NAME "-mode";
#if defined(KIT_MODE_S)
    if (!f->interrupt && (code == 12 || code == 13 || code == 15))
        f->detail = kit_sv39_why(regs[TRAP_SLOT_TVAL], (unsigned)code);
#else
    if (!f->interrupt && (code == 1 || code == 7))
        f->detail = kit_pmp_why(regs[TRAP_SLOT_TVAL], (unsigned)code);
#endif
#endif
    f->pc = regs[TRAP_SLOT_EPC];
    f->ra = regs[1];
    f->sp = regs[2];
    f->addr = regs[TRAP_SLOT_TVAL];
    f->has_addr = !f->interrupt && code < 32 && (ADDR_CAUSES >> code & 1);
    f->fetch = !f->interrupt && code < 32 && (FETCH_CAUSES >> code & 1);
    f->regs = regs + 1;
    f->nregs = 31;
    f->reg_names = reg_names;
}

/* regs: the frame trap_entry.S saved (x[2] = the interrupted sp, slot 0
 * xepc); level: TRAP_LEVEL_HANDLER when the handler itself faulted, the
 * first trap's frame then right above this one. */
void kit_trap(uintptr_t *regs, unsigned level)
{
    struct kit_fault f, outer;  /* every field set by decode: no memset call */
    uintptr_t cause = regs[TRAP_SLOT_CAUSE], epc = regs[TRAP_SLOT_EPC];

    /* The entry code itself faulted (saving a frame, or on the way out of
     * an interrupt): the frame it was saving means nothing. */
    if (epc >= (uintptr_t)kit_trap_stubs && epc < (uintptr_t)kit_trap_entry_end)
        kit_fault_in_entry(hart_of(regs), epc, regs[TRAP_SLOT_TVAL]);
    if (level == TRAP_LEVEL_HANDLER) {
        decode(regs, &f);
        decode(regs + TRAP_FIRST_BYTES / sizeof *regs, &outer);
        kit_fault_report(&f, &outer);
    }
    if ((cause & CAUSE_INTERRUPT) &&
        kit_arch_interrupt(hart_of(regs), cause & ~CAUSE_INTERRUPT))
        return;
    decode(regs, &f);
    kit_fault_report(&f, 0);
}
