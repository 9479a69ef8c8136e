/*
 * The architecture's half of the platform interface.
 *
 * platform/ is written once for every machine; what only an architecture
 * (or a board's chosen method) can do is declared here and defined under
 * platform/<arch>/ (riscv/, aarch64/), one method a file:
 *
 *   counter.c         the free-running counter (kit_counter in platform.h)
 *                     and its rate where the hardware reports one
 *   entropy.c         the CPU's random-number instruction, if it has one
 *   cpu_id.c          which hart is running (kit_arch_hart_self)
 *   hart_<method>.c   how another hart is woken: clint, sbi_hsm (RISC-V),
 *                     psci, spintable (AArch64); platform/hart_none.c for
 *                     a board that cannot start harts
 *   interrupt.c       interrupts on and off, wfi, and which interrupt the
 *                     trap handler took (kit_arch_interrupt)
 *   timer_<method>.c  the timer interrupt: clint, sbi (RISC-V), gicv2,
 *                     gicv3 (AArch64); platform/timer_none.c for none
 *   timer_common.c    the half of the timer that every method of the
 *                     architecture shares (linked with any of them)
 *
 * The board file picks the methods (BOARD_HART_START, BOARD_TIMER); the
 * Makefile links exactly one hart_<method>.c and one timer_<method>.c.
 * Nothing here calls up into boot/.
 */
#ifndef KIT_ARCH_H
#define KIT_ARCH_H

#include <stddef.h>
#include <stdint.h>

/* The counter's rate from an architectural register (AArch64 CNTFRQ_EL0),
 * or 0 where there is none (RISC-V).  platform/counter.c ranks it. */
uint64_t kit_arch_counter_hz(void);

/* The CPU's own source of random bytes (entropy.c: AArch64 RNDRRS, the
 * RISC-V seed CSR): 0 with buf filled, -ENODEV when this CPU has none
 * (len 0: only that question), -EIO when it stopped answering.  Its
 * name for kit_entropy_source. */
int      kit_arch_entropy(void *buf, size_t len);
const char *kit_arch_entropy_name(void);

/* Hart start, the method's part (platform/hart.c is the portable part). */
int      kit_arch_hart_wake(unsigned hart);     /* 0, or -errno */
void     kit_arch_hart_wait(unsigned hart);     /* on the woken hart: until told to go */
void     kit_arch_hart_rest(unsigned hart);     /* on the hart, after its function */
unsigned kit_arch_hart_self(void);              /* the caller's hart id */

/* An interrupt taken by the trap handler: 1 when handled (the handler
 * then returns to the interrupted code), 0 to report it as unexpected.
 * code: RISC-V the xcause code, AArch64 the vector slot. */
int      kit_arch_interrupt(unsigned hart, uintptr_t code);

/* Interrupts on the calling hart (interrupt.c).  save: mask them and
 * return the previous state for restore.  wait: wfi, which returns once
 * an enabled interrupt is pending even while they are masked (RISC-V
 * Privileged Spec 3.3.3; ARM ARM D1.16.2), so a check-then-wait with
 * interrupts masked cannot miss the wake-up. */
unsigned long kit_arch_irq_save(void);
void     kit_arch_irq_restore(unsigned long state);
void     kit_arch_irq_enable(void);
void     kit_arch_wait(void);

/* The timer, the method's part (timer_<method>.c; platform/timer.c is the
 * portable part).  init: route the timer's interrupt to this hart, 0 or
 * -errno (-ENOSYS: the board has none).  set: raise it once kit_counter()
 * reaches deadline (UINT64_MAX: never).  pending: 1 while it is raised
 * (mip/sip, ISR_EL1), which timer.c checks once before trusting wfi to
 * wake up.  irq: called by kit_arch_interrupt;
 * 1 when `code` was the timer's, which it has handled. */
int      kit_arch_timer_init(unsigned hart);
void     kit_arch_timer_set(unsigned hart, uint64_t deadline);
int      kit_arch_timer_pending(unsigned hart);     /* at the hart, masked or not */
int      kit_arch_timer_irq(unsigned hart, uintptr_t code);

/* platform/timer.c, for the method: the deadline has passed. */
void     kit_timer_expired(unsigned hart);

/* How the rest of the kit reaches the timer: through pointers that
 * platform/timer.c sets when it first sets a hart's timer up, so the timer
 * code (and its per-hart state, .bss to zero at boot) is linked only into a
 * program that uses a timer or a sleep.  Until then no timer interrupt can
 * come and no timer needs stopping.  (Not weak references: AArch64 GCC
 * reaches an undefined weak symbol through a GOT entry.)
 * irq: the trap handler's (kit_arch_interrupt, interrupt.c);
 * stop: a started hart's, when its function returns (hart.c). */
extern int  (*kit_timer_irq_hook)(unsigned hart, uintptr_t code);
extern void (*kit_timer_stop_hook)(void);

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
