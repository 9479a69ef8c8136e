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
