/*
 * Running a function on another hart (RISC-V) or core (AArch64).
 *
 *     static void work(void *arg) { ... }
 *     kit_hart_start(2, work, &data);     // hart 2 runs work(&data)
 *     kit_hart_wait(2);                   // spin until it has returned
 *
 * Only the boot hart runs newlib.  A function started on another hart has
 * its own stack (STACK_SIZE bytes) and may use memory it is given and
 * atomics (__atomic_*, <stdatomic.h>), but not stdio, malloc or errno:
 * newlib here is built without locks.
 *
 * How a hart is started is the board's business: a CLINT software
 * interrupt in M-mode, the SBI HSM extension under OpenSBI, PSCI CPU_ON on
 * AArch64 virt (or the kit's release slots where there is no PSCI), a
 * spin table on the Raspberry Pi.
 */
#ifndef KIT_HART_H
#define KIT_HART_H

/* 0 on success; -1 with errno EINVAL (no such hart in the image, or the
 * boot hart), ENODEV (the machine has no such hart: its devicetree's
 * /cpus, e.g. QEMU's -smp), EBUSY (it is still running something) or
 * ENOSYS (this board cannot).  After a failed start kit_hart_wait returns
 * at once. */
int kit_hart_start(unsigned hart, void (*fn)(void *), void *arg);

/* 1 once the function started last on `hart` has returned. */
int kit_hart_done(unsigned hart);

/* Spin until kit_hart_done(hart). */
void kit_hart_wait(unsigned hart);

/* The id of the hart calling it. */
unsigned kit_hart_self(void);

#endif
