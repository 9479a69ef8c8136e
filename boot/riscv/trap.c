/*
 * Report a trap and stop.  Exception codes from the RISC-V Privileged
 * Spec, table 3.6 ("Machine cause register values after trap").
 */
#include <stdint.h>
#include "../../platform/platform.h"
#include "../boot.h"
#include "../../platform/riscv/csr.h"

static const char *const exception_names[] = {
    [0]  = "instruction address misaligned",
    [1]  = "instruction access fault",
    [2]  = "illegal instruction",
    [3]  = "breakpoint",
    [4]  = "load address misaligned",
    [5]  = "load access fault",
    [6]  = "store/AMO address misaligned",
    [7]  = "store/AMO access fault",
    [8]  = "environment call from U-mode",
    [9]  = "environment call from S-mode",
    [11] = "environment call from M-mode",
    [12] = "instruction page fault",
    [13] = "load page fault",
    [15] = "store/AMO page fault",
};

#define CAUSE_INTERRUPT ((uintptr_t)1 << (sizeof(uintptr_t) * 8 - 1))

static const char *cause_name(uintptr_t cause)
{
    uintptr_t code = cause & ~CAUSE_INTERRUPT;

    if (cause & CAUSE_INTERRUPT)
        return "unexpected interrupt";
    if (code < sizeof exception_names / sizeof exception_names[0]
        && exception_names[code])
        return exception_names[code];
    return "unknown exception";
}

void kit_trap(uintptr_t cause, uintptr_t epc, uintptr_t tval)
{
    kit_puts("\nkit: " MODE_NAME "-mode trap: ");
    kit_puts(cause_name(cause));
    kit_puts("\n  cause ");
    kit_puthex(cause);
    kit_puts("  pc ");
    kit_puthex(epc);
    kit_puts("  tval ");
    kit_puthex(tval);
    kit_puts("\n");
    kit_exit(KIT_EXIT_FAULT);
}
