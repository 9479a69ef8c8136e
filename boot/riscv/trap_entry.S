/*
 * RISC-V trap entry, for every hart.
 *
 * Each hart has its own trap stack (linker/kit.ld, .trap_stacks); crt0
 * leaves its top in xscratch.  On entry sp may be the reason we trapped (a
 * stack overflow), so the first instruction swaps it for the trap stack,
 * and xscratch is re-armed with the top before any C runs: a fault inside
 * the handler then lands on the same trap stack again (boot/fault.c sees
 * the hart's in-trap flag and stops with one line) instead of on a bad sp.
 *
 * The frame holds x1-x31 (slot n = xn; slot 2 = the interrupted sp), so
 * that an interrupt (the timer) can return to the interrupted code with
 * xret, and a report can show ra and sp.  Privileged Spec 3.1.14 (mscratch),
 * 4.1.6 (sscratch).
 */
#include "../../platform/riscv/csr.h"
#include "asm.h"

#if __riscv_xlen == 64
#define REG_S sd
#define REG_L ld
#define SZREG 8
#else
#define REG_S sw
#define REG_L lw
#define SZREG 4
#endif
#define FRAME (32 * SZREG)

    .section .text
    .balign 4                       /* xtvec direct mode: 4-byte aligned */
    .globl kit_trap_entry
kit_trap_entry:
    csrrw   sp, CSR_SCRATCH, sp     /* sp = trap stack top, xscratch = old sp */
    addi    sp, sp, -FRAME
    .irp    n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    REG_S   x\n, \n*SZREG(sp)
    .endr
    csrr    t0, CSR_SCRATCH
    REG_S   t0, 2*SZREG(sp)         /* the interrupted sp */
    addi    t0, sp, FRAME
    csrw    CSR_SCRATCH, t0         /* re-armed: a nested trap finds its stack */
    load_gp
    mv      a0, sp
    call    kit_trap                /* trap.c: reports and exits, or returns */

    .irp    n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    REG_L   x\n, \n*SZREG(sp)
    .endr
    REG_L   sp, 2*SZREG(sp)
    XRET
    .globl kit_trap_entry_end
kit_trap_entry_end:                 /* trap.c: a fault before here is nested */
