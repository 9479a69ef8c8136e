/*
 * RISC-V trap entry, for every hart.
 *
 * Each hart has its own entry stub (xtvec, set by crt0: kit_trap_stubs +
 * 16 x hart), which parks the interrupted sp in xscratch and loads the
 * address of that hart's trap state block as a constant (boot/trap.h has
 * the layout): the trap stack is found without trusting any register or
 * memory the program can change, so a program that broke xscratch or sp,
 * or trashed .bss, still gets its fault reported as itself, and in S-mode
 * (no mhartid) the stub is what says which hart trapped.
 *
 * The common part then reads the block's in-trap mark: a trap that comes
 * while the handler runs (a timer callback that faulted, or overflowed
 * the trap stack into its guard) is a fault inside the handler; its frame
 * goes below the first trap's, which keeps the interrupted pc and cause
 * for the report.  A fault while that report runs gives up at once
 * (kit_fault_give_up: exit 139), and one more parks the hart.
 *
 * The frame holds x1-x31 (slot n = xn; slot 2 = the interrupted sp) and
 * xepc, xcause, xtval, so that an interrupt (the timer) can return with
 * xret and a report shows the registers.  Privileged Spec 3.1.14
 * (mscratch), 4.1.6 (sscratch), 3.1.7 (mtvec: direct mode, 4-byte aligned
 * base).  Hard-float ABIs: the first trap also saves the FP registers a C
 * function may clobber (psABI: ft0-ft11, fa0-fa7) and fcsr, when it is an
 * interrupt (its callback is ordinary C) and the hart's FPU is on
 * (xstatus.FS not Off: SiFive's E51 hart has none, and an fsd there is an
 * illegal instruction).  s1 carries that answer across the call (it is
 * saved above, so the interrupted code gets its own s1 back).
 *
 * gdb unwinds through the frame (`make debug`, a breakpoint in the report):
 * the CFI below says where every register of the interrupted code was
 * saved, and that its pc is xepc's slot: DWARF register 64, the psABI's
 * "alternate frame return column", as the return address of a signal
 * frame (RISC-V psABI, "DWARF Register Numbers").
 */
#include "../../platform/riscv/csr.h"
#include "../trap.h"
#include "asm.h"

#if __riscv_xlen == 64
#define REG_S sd
#define REG_L ld
#else
#define REG_S sw
#define REG_L lw
#endif
#if defined(__riscv_flen)
#if __riscv_flen == 64
#define FREG_S fsd
#define FREG_L fld
#else
#define FREG_S fsw
#define FREG_L flw
#endif

    .macro save_fregs
    .irp    n, 0,1,2,3,4,5,6,7
    FREG_S  f\n, TRAP_FSLOT(\n)(sp)
    .endr
    .irp    n, 10,11,12,13,14,15,16,17
    FREG_S  f\n, TRAP_FSLOT(\n - 2)(sp)
    .endr
    .irp    n, 28,29,30,31
    FREG_S  f\n, TRAP_FSLOT(\n - 12)(sp)
    .endr
    frcsr   t0
    sw      t0, TRAP_FSLOT(20)(sp)
    .endm

    .macro restore_fregs
    .irp    n, 0,1,2,3,4,5,6,7
    FREG_L  f\n, TRAP_FSLOT(\n)(sp)
    .endr
    .irp    n, 10,11,12,13,14,15,16,17
    FREG_L  f\n, TRAP_FSLOT(\n - 2)(sp)
    .endr
    .irp    n, 28,29,30,31
    FREG_L  f\n, TRAP_FSLOT(\n - 12)(sp)
    .endr
    lw      t0, TRAP_FSLOT(20)(sp)
    fscsr   t0
    .endm
#endif

    .cfi_sections .debug_frame      /* for gdb: nothing loaded */
    .section .text
    .balign 16
    .globl kit_trap_stubs
kit_trap_stubs:
    /* One stub a hart, 16 bytes each: the interrupted sp to xscratch, the
     * hart's block (its trap slot's top minus the block) to sp. */
    .set    hart, 0
    .rept   KIT_MAX_HARTS
    .balign 16
    csrw    CSR_SCRATCH, sp
    .option push
    .option norelax                 /* gp is the program's to break */
    la      sp, __kit_trap_stacks_start + (hart + 1) * KIT_TRAP_STACK_PITCH - TRAP_BLOCK
    .option pop
    j       trap_common
    .set    hart, hart + 1
    .endr

trap_common:
    /* sp = this hart's block.  The level: 0 the program trapped, 1 the
     * handler did (mark = ~block), 2 the report of that did (~(block + 1)). */
    REG_S   t0, TRAP_BLK_T0(sp)
    REG_S   t1, TRAP_BLK_T1(sp)
    mv      t1, sp                  /* t1 = the block, to the end of the save */
    REG_L   t0, TRAP_BLK_MARK(sp)
    not     t0, t0
    sub     t0, t0, t1
    beqz    t0, in_handler
    addi    t0, t0, -1
    beqz    t0, give_up
    addi    t0, t0, -1
    beqz    t0, park                /* the exit itself faulted */
    not     t0, t1                  /* the first trap: mark ~block, */
    REG_S   t0, TRAP_BLK_MARK(t1)
    addi    sp, sp, -TRAP_FRAME     /* its frame right below the block */
    j       save
in_handler:
    addi    t0, t1, 1               /* inside the handler: ~(block + 1), */
    not     t0, t0
    REG_S   t0, TRAP_BLK_MARK(t1)
    addi    sp, sp, -(TRAP_FIRST_BYTES + TRAP_FRAME)    /* below the first */

save:
    .irp    n, 1,3,4,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    REG_S   x\n, \n*SZREG(sp)
    .endr
    REG_L   t0, TRAP_BLK_T0(t1)
    REG_S   t0, 5*SZREG(sp)
    REG_L   t0, TRAP_BLK_T1(t1)
    REG_S   t0, 6*SZREG(sp)
    csrr    t0, CSR_SCRATCH
    REG_S   t0, 2*SZREG(sp)         /* the interrupted sp */
    csrr    t0, CSR_EPC
    REG_S   t0, TRAP_SLOT_EPC*SZREG(sp)
    csrr    a1, CSR_CAUSE
    REG_S   a1, TRAP_SLOT_CAUSE*SZREG(sp)
    csrr    t0, CSR_TVAL
    REG_S   t0, TRAP_SLOT_TVAL*SZREG(sp)

    /* a2 = the level: 0 for the frame right below the block. */
    sub     a2, t1, sp
    addi    a2, a2, -TRAP_FRAME
    snez    a2, a2

    /* From here gdb sees the interrupted code's registers in the frame:
     * the frame itself is the CFA, every register (sp too) has its slot,
     * and xepc's slot is the return address. */
    .cfi_startproc
    .cfi_signal_frame
    .cfi_return_column 64
    .cfi_def_cfa sp, 0
    .cfi_offset 64, TRAP_SLOT_EPC*SZREG
    .irp    n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .cfi_offset \n, \n*SZREG
    .endr

#if defined(__riscv_flen)
    li      s1, 0                   /* FP registers not saved */
    bnez    a2, 1f                  /* a fault in the handler never returns */
    bgez    a1, 1f                  /* xcause bit XLEN-1: 1 = interrupt */
    csrr    t0, CSR_STATUS
    srli    t0, t0, 13
    andi    s1, t0, 3               /* FS: 0 = Off, no FPU to save */
    beqz    s1, 1f
    save_fregs
1:
#endif
    load_gp
    mv      a0, sp
    mv      a1, a2
    call    kit_trap                /* trap.c: reports and exits, or returns */

    /* Only a handled interrupt comes back here (level 0): out of the
     * handler first, then its FP state if the hart has one (s1). */
    REG_S   zero, TRAP_FRAME + TRAP_BLK_MARK(sp)
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
    .cfi_endproc

give_up:
    /* The report of a fault inside the handler faulted: no more words.
     * Mark one level deeper, so that a fault in the exit itself parks the
     * hart instead of coming round again. */
    addi    t0, t1, 2
    not     t0, t0
    REG_S   t0, TRAP_BLK_MARK(t1)
    addi    sp, t1, -(TRAP_FIRST_BYTES + TRAP_FRAME)
    load_gp
    call    kit_fault_give_up       /* fault.c: exit 139 */
park:
    wfi
    j       park
    .globl kit_trap_entry_end
kit_trap_entry_end:                 /* trap.c: a fault before here is in the entry */
