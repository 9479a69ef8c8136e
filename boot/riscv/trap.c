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

/* Exception names by code, one after another, each ending in its NUL (an
 * empty one: a reserved code): a table of pointers would be 8 bytes a
 * name more on rv64. */
static const char exception_names[] =
    "instruction address misaligned\0"    /* 0 */
    "instruction access fault\0"
    "illegal instruction\0"
    "breakpoint\0"
    "load address misaligned\0"           /* 4 */
    "load access fault\0"
    "store/AMO address misaligned\0"
    "store/AMO access fault\0"
    "environment call from U-mode\0"      /* 8 */
    "environment call from S-mode\0"
    "\0"
    "environment call from M-mode\0"
    "instruction page fault\0"            /* 12 */
    "load page fault\0"
    "\0"
    "store/AMO page fault";                /* 15 */

/* The causes whose xtval is the faulting address (Privileged Spec 3.1.16). */
#define ADDR_CAUSES ((1u << 0) | (1u << 1) | (1u << 4) | (1u << 5) | \
                     (1u << 6) | (1u << 7) | (1u << 12) | (1u << 13) | (1u << 15))
#define FETCH_CAUSES ((1u << 0) | (1u << 1) | (1u << 12))

#define CAUSE_INTERRUPT ((uintptr_t)1 << (sizeof(uintptr_t) * 8 - 1))

extern char __kit_trap_stacks_start[];
extern char kit_trap_entry[], kit_trap_entry_end[];

static const char *cause_name(uintptr_t code)
{
    const char *p = exception_names;

    if (code > 15)
        return "unknown exception";
    for (; code; code--)
        while (*p++)
            ;
    return *p ? p : "unknown exception";
}

#define CSR_READ(csr) ({ uintptr_t v_; __asm__ volatile("csrr %0, " #csr : "=r"(v_)); v_; })
#define CSR_READ_(csr) CSR_READ(csr)

/* M-mode: mhartid.  S-mode cannot read it: the frame sits at the top of
 * this hart's trap stack, which says whose it is. */
static unsigned hart_of(const uintptr_t *regs)
{
#if defined(KIT_MODE_S)
    return (unsigned)(((uintptr_t)regs - (uintptr_t)__kit_trap_stacks_start)
                      / KIT_TRAP_STACK_SIZE);
#else
    (void)regs;
    return (unsigned)CSR_READ(mhartid);
#endif
}

/* regs: x0-x31 as trap_entry.S saved them (x[2] = the interrupted sp). */
void kit_trap(uintptr_t *regs)
{
    uintptr_t cause = CSR_READ_(CSR_CAUSE), epc = CSR_READ_(CSR_EPC);
    uintptr_t tval = CSR_READ_(CSR_TVAL), code = cause & ~CAUSE_INTERRUPT;
    unsigned hart = hart_of(regs);
    struct kit_fault f;     /* every field set below: no memset call */

    /* The entry code itself faulted (xscratch was broken): this frame is
     * on whatever sp was left, so say so in one line and stop. */
    if (epc >= (uintptr_t)kit_trap_entry && epc < (uintptr_t)kit_trap_entry_end)
        kit_fault_nested(hart, epc, tval);
    kit_fault_enter(hart, epc, tval);
    if ((cause & CAUSE_INTERRUPT) && kit_arch_interrupt(hart, code)) {
        kit_fault_leave(hart);
        return;
    }
    f.hart = hart;
    f.cause = cause & CAUSE_INTERRUPT ? "unexpected interrupt" : cause_name(code);
    f.detail = MODE_NAME "-mode";
#if defined(KIT_MODE_S)
    if (!(cause & CAUSE_INTERRUPT) && (code == 12 || code == 13 || code == 15))
        f.detail = kit_sv39_why(tval, (unsigned)code);
#endif
    f.pc = epc;
    f.ra = regs[1];
    f.sp = regs[2];
    f.addr = tval;
    f.has_addr = !(cause & CAUSE_INTERRUPT) && code < 32 && (ADDR_CAUSES >> code & 1);
    f.fetch = !(cause & CAUSE_INTERRUPT) && code < 32 && (FETCH_CAUSES >> code & 1);
    kit_fault_report(&f);
}
