/*
 * Decode an AArch64 exception and hand it to the report (boot/fault.c),
 * or an interrupt the kit handles to its handler and back.  ESR_EL1.EC
 * values: ARM ARM D13.2.37 "ESR_EL1, Exception Syndrome Register (EL1)";
 * the abort kind: ISS.DFSC/IFSC, bits 5:0, table D13-... "Fault status
 * code" (translation, access flag, permission, alignment, external).
 */
#include <stdint.h>
#include "../../platform/platform.h"
#include "../../platform/arch.h"
#include "../../platform/aarch64/mpidr.h"
#include "../boot.h"
#include "../fault.h"

static const char *ec_name(unsigned ec)
{
    switch (ec) {
    case 0x00: return "undefined/illegal instruction";
    case 0x01: return "trapped WFI/WFE";
    case 0x07: return "FP/SIMD access trapped (CPACR_EL1.FPEN)";
    case 0x0e: return "illegal execution state";
    case 0x15: return "SVC instruction";
    case 0x18: return "trapped MSR/MRS/system instruction";
    case 0x20: case 0x21: return "instruction abort";
    case 0x22: return "PC alignment fault";
    case 0x24: case 0x25: return "data abort";
    case 0x26: return "SP alignment fault";
    case 0x2c: return "floating-point exception";
    case 0x2f: return "SError interrupt";
    case 0x3c: return "breakpoint (BRK instruction)";
    default:   return "other exception class";
    }
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

#define SYSREG(r) ({ uint64_t v_; __asm__ volatile("mrs %0, " #r : "=r"(v_)); v_; })

/* regs: x0-x30, then the interrupted sp (vectors.S). */
void kit_trap(uint64_t *regs, unsigned vector)
{
    uint64_t esr = SYSREG(esr_el1), elr = SYSREG(elr_el1), far = SYSREG(far_el1);
    unsigned ec = (unsigned)(esr >> 26) & 0x3f, hart = core_id();
    struct kit_fault f;     /* every field set below: no memset call */
    int is_abort = ec == 0x20 || ec == 0x21 || ec == 0x24 || ec == 0x25;

    /* Slots 4-7: taken on SP_EL1, i.e. inside the handler itself. */
    if (vector >= 4 && vector < 8)
        kit_fault_nested(hart, elr, far);
    kit_fault_enter(hart, elr, far);
    if ((vector & 3) == 1 && kit_arch_interrupt(hart, vector)) {
        kit_fault_leave(hart);
        return;
    }
    f.hart = hart;
    switch (vector & 3) {
    case 0:  f.cause = ec_name(ec); break;
    case 1:  f.cause = "unexpected IRQ"; break;
    case 2:  f.cause = "unexpected FIQ"; break;
    default: f.cause = "SError (asynchronous abort)"; break;
    }
    f.detail = (vector & 3) == 0 && is_abort ? abort_kind((unsigned)esr & 0x3f) : NULL;
    f.pc = elr;
    f.ra = regs[30];
    f.sp = regs[31];
    f.addr = far;
    f.has_addr = (vector & 3) == 0 && (is_abort || ec == 0x22 || ec == 0x26);
    f.fetch = (vector & 3) == 0 && (ec == 0x20 || ec == 0x21);
    kit_fault_report(&f);
}
