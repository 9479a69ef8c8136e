/*
 * RISC-V trap entry, for every hart.
 *
 * Each hart has its own trap stack (linker/kit.ld, .trap_stacks); crt0
 * leaves its top in xscratch.  On entry sp may be the reason we trapped (a
 * stack overflow), so the first instruction swaps it for the trap stack,
 * and xscratch is re-armed with the top before any C runs: a fault inside
 * the handler then lands on the same trap stack again (boot/fault.c sees
 * the hart's in-trap mark and stops with one line) instead of on a bad sp.
 *
 * The frame holds x1-x31 (slot n = xn; slot 2 = the interrupted sp), so
 * that an interrupt (the timer) can return to the interrupted code with
 * xret, and a report can show ra and sp.  Privileged Spec 3.1.14 (mscratch),
 * 4.1.6 (sscratch).  Hard-float ABIs: an interrupt also saves the FP
 * registers a C function may clobber (psABI: ft0-ft11, fa0-fa7) and fcsr,
 * since the timer's callback is ordinary C; an exception does not (it is
 * reported and never returns).  Only where the hart's FPU is on
 * (xstatus.FS not Off): SiFive's E51 hart has no FPU, crt0 leaves FS Off
 * there, and an fsd would be an illegal instruction inside the handler.
 * s1 carries that answer across the call (it is saved above, so the
 * interrupted code gets its own s1 back).
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
#if defined(__riscv_flen)
#if __riscv_flen == 64
#define FREG_S fsd
#define FREG_L fld
#define SZFREG 8
#else
#define FREG_S fsw
#define FREG_L flw
#define SZFREG 4
#endif
/* After x1-x31: f0-f7, f10-f17, f28-f31 (20 slots), then fcsr. */
#define FSLOT(n) (32 * SZREG + (n) * SZFREG)
#define FRAME ((32 * SZREG + 21 * SZFREG + 15) & ~15)
#else
#define FRAME (32 * SZREG)
#endif

#if defined(__riscv_flen)
    .macro save_fregs
    .irp    n, 0,1,2,3,4,5,6,7
    FREG_S  f\n, FSLOT(\n)(sp)
    .endr
    .irp    n, 10,11,12,13,14,15,16,17
    FREG_S  f\n, FSLOT(\n - 2)(sp)
    .endr
    .irp    n, 28,29,30,31
    FREG_S  f\n, FSLOT(\n - 12)(sp)
    .endr
    frcsr   t0
    sw      t0, FSLOT(20)(sp)
    .endm

    .macro restore_fregs
    .irp    n, 0,1,2,3,4,5,6,7
    FREG_L  f\n, FSLOT(\n)(sp)
    .endr
    .irp    n, 10,11,12,13,14,15,16,17
    FREG_L  f\n, FSLOT(\n - 2)(sp)
    .endr
    .irp    n, 28,29,30,31
    FREG_L  f\n, FSLOT(\n - 12)(sp)
    .endr
    lw      t0, FSLOT(20)(sp)
    fscsr   t0
    .endm
#endif

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
#if defined(__riscv_flen)
    li      s1, 0                   /* FP registers not saved */
    csrr    t0, CSR_CAUSE
    bgez    t0, 1f                  /* xcause bit XLEN-1: 1 = interrupt */
    csrr    t0, CSR_STATUS
    srli    t0, t0, 13
    andi    s1, t0, 3               /* FS: 0 = Off, no FPU to save */
    beqz    s1, 1f
    save_fregs
1:
#endif
    load_gp
    mv      a0, sp
    call    kit_trap                /* trap.c: reports and exits, or returns */

    /* Only a handled interrupt comes back here: its FP state was saved
     * if the hart has one (s1). */
#if defined(__riscv_flen)
    beqz    s1, 2f
    restore_fregs
2:
#endif

    .irp    n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    REG_L   x\n, \n*SZREG(sp)
    .endr
    REG_L   sp, 2*SZREG(sp)
    XRET
    .globl kit_trap_entry_end
kit_trap_entry_end:                 /* trap.c: a fault before here is nested */
