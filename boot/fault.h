/*
 * The trap report, the portable half (boot/fault.c): what boot/<arch>/
 * trap.c hands over once it has decoded the architecture's registers.
 */
#ifndef KIT_FAULT_H
#define KIT_FAULT_H

#include <stdint.h>

struct kit_fault {
    unsigned hart;
    const char *cause;      /* in words: "load access fault", ... */
    const char *detail;     /* more words (AArch64 abort kind), or NULL */
    uintptr_t pc, ra, sp;
    uintptr_t addr;         /* faulting address */
    int has_addr;           /* addr means something for this cause */
    int fetch;              /* the fault was fetching an instruction */
};

/* Mark `hart` as in its trap handler.  If it already was, this is a fault
 * inside the handler: one line straight to the board's UART, then exit;
 * does not return then. */
void kit_fault_enter(unsigned hart, uintptr_t pc, uintptr_t addr);

/* A fault inside the handler, known as such (AArch64: taken on SP_EL1;
 * RISC-V: in the trap entry code): the same one line and exit. */
void kit_fault_nested(unsigned hart, uintptr_t pc, uintptr_t addr)
    __attribute__((noreturn));

/* Leave the handler (an interrupt that was handled). */
void kit_fault_leave(unsigned hart);

/* Print the report, naming a stack overflow or a NULL pointer when the
 * address says so, and exit with KIT_EXIT_FAULT. */
void kit_fault_report(const struct kit_fault *f) __attribute__((noreturn));

#endif
