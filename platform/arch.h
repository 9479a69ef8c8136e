/*
 * The architecture's half of the platform interface.
 *
 * platform/ is written once for every machine; what only an architecture
 * (or a board's chosen method) can do is declared here and defined under
 * platform/<arch>/ (riscv/, aarch64/), one method a file:
 *
 *   counter.c         the free-running counter (kit_counter in platform.h)
 *                     and its rate where the hardware reports one
 *   cpu_id.c          which hart is running (kit_arch_hart_self)
 *   hart_<method>.c   how another hart is woken: clint, sbi_hsm (RISC-V),
 *                     psci, spintable (AArch64); platform/hart_none.c for
 *                     a board that cannot start harts
 *
 * The board file picks the method (BOARD_HART_START); the Makefile links
 * exactly one hart_<method>.c.  Nothing here calls up into boot/.
 */
#ifndef KIT_ARCH_H
#define KIT_ARCH_H

#include <stdint.h>

/* The counter's rate from an architectural register (AArch64 CNTFRQ_EL0),
 * or 0 where there is none (RISC-V).  platform/counter.c ranks it. */
uint64_t kit_arch_counter_hz(void);

/* Hart start, the method's part (platform/hart.c is the portable part). */
int      kit_arch_hart_wake(unsigned hart);     /* 0, or -errno */
void     kit_arch_hart_wait(unsigned hart);     /* on the woken hart: until told to go */
void     kit_arch_hart_rest(unsigned hart);     /* on the hart, after its function */
unsigned kit_arch_hart_self(void);              /* the caller's hart id */

/* An interrupt taken by the trap handler: 1 when handled (the handler
 * then returns to the interrupted code), 0 to report it as unexpected.
 * code: RISC-V the xcause code, AArch64 the vector slot. */
int      kit_arch_interrupt(unsigned hart, uintptr_t code);

/*
 * Where a started hart enters the image: a label in boot/<arch>/crt0.S.
 * platform/ never calls it; a method hands its address to the firmware or
 * to the waiting hart (SBI hart_start, PSCI CPU_ON, a spin-table slot).
 */
void kit_secondary_entry(void);

/* What crt0 calls on every hart but the boot hart once it has a stack
 * (platform/hart.c): wait for work, run it, repeat.  hart: its id. */
void kit_hart_secondary(uintptr_t hart) __attribute__((noreturn));

#endif
