/*
 * Report an exception and stop.  ESR_EL1.EC values from the ARM ARM,
 * D13.2.37 "ESR_EL1, Exception Syndrome Register (EL1)".
 */
#include <stdint.h>
#include "../../platform/platform.h"
#include "../boot.h"

static const char *const kinds[4] = { "synchronous", "IRQ", "FIQ", "SError" };
static const char *const sources[4] = {
    "current EL, SP_EL0", "current EL, SP_ELx",
    "lower EL, AArch64", "lower EL, AArch32",
};

static const char *ec_name(unsigned ec)
{
    switch (ec) {
    case 0x00: return "undefined/illegal instruction (EC 0: unknown reason)";
    case 0x01: return "trapped WFI/WFE";
    case 0x07: return "FP/SIMD access trapped (CPACR_EL1.FPEN)";
    case 0x0e: return "illegal execution state";
    case 0x15: return "SVC instruction";
    case 0x18: return "trapped MSR/MRS/system instruction";
    case 0x20: return "instruction abort from a lower EL";
    case 0x21: return "instruction abort";
    case 0x22: return "PC alignment fault";
    case 0x24: return "data abort from a lower EL";
    case 0x25: return "data abort";
    case 0x26: return "SP alignment fault";
    case 0x2c: return "floating-point exception";
    case 0x2f: return "SError interrupt";
    case 0x3c: return "BRK instruction";
    default:   return "other exception class";
    }
}

void kit_trap(unsigned vector, uint64_t esr, uint64_t elr, uint64_t far)
{
    unsigned ec = (unsigned)(esr >> 26) & 0x3f;

    kit_puts("\nkit: exception: ");
    kit_puts(kinds[vector & 3]);
    kit_puts(" from ");
    kit_puts(sources[(vector >> 2) & 3]);
    kit_puts(": ");
    kit_puts(vector & 3 ? "" : ec_name(ec));
    kit_puts("\n  esr ");
    kit_puthex(esr);
    kit_puts("  pc ");
    kit_puthex(elr);
    kit_puts("  far ");
    kit_puthex(far);
    kit_puts("\n");
    kit_exit(KIT_EXIT_FAULT);
}
