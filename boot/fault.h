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
    uintptr_t code;         /* the raw cause (RISC-V xcause; AArch64: the
                             * vector slot's kind << 32 | ESR), which a
                             * FAULT_CODES=1 report prints instead of words */
    int has_addr;           /* addr means something for this cause */
    int fetch;              /* the fault was fetching an instruction */
    int interrupt;          /* an interrupt, not an exception */
    /* The trap frame's registers for FAULT_REGS=1: nregs of them from
     * regs[0], named by reg_names (each NUL-terminated, one after another). */
    const uintptr_t *regs;
    unsigned nregs;
    const char *reg_names;
};

/* Print the report and exit with KIT_EXIT_FAULT.  A stack overflow (an
 * address in a guard, or sp out of its stack) and a NULL pointer are named
 * as such.  outer is NULL when the program trapped; otherwise f is a fault
 * inside the trap handler, and outer the trap it was handling: an
 * interrupt (f came from its callback) or a fault being reported. */
void kit_fault_report(const struct kit_fault *f, const struct kit_fault *outer)
    __attribute__((noreturn));

/* The trap entry itself faulted (its own code, before a frame was whole):
 * one line and exit. */
void kit_fault_in_entry(unsigned hart, uintptr_t pc, uintptr_t addr)
    __attribute__((noreturn));

/* The report of a fault inside the handler faulted too: exit, without a
 * word (trap entry, level 2). */
void kit_fault_give_up(void) __attribute__((noreturn));

#endif
