/*
 * AArch64 exception vector table (ARM ARM D1.10.2): 16 entries of 128
 * bytes, 2 KiB aligned, in four groups of four (synchronous, IRQ, FIQ,
 * SError) for: current EL with SP_EL0, current EL with SP_ELx, lower EL
 * in AArch64, lower EL in AArch32.
 *
 * The kit runs C on SP_EL0 ("EL1t": crt0 sets SPSel = 0) and takes
 * exceptions on SP_EL1: a stack overflow cannot take the handler's stack
 * with it.  Group 0 (current EL, SP_EL0) is the program; group 1 (SP_ELx)
 * the handler itself, which runs on SP_EL1 (a timer callback that faulted,
 * or overflowed the trap stack into its guard).
 *
 * Every entry first points sp at this core's trap state block (boot/
 * trap.h), found from MPIDR_EL1 and a read-only table, kit_trap_blocks:
 * never from SP_EL1, which the program can change (and which is in the
 * guard after a trap-stack overflow).  x0 waits in TPIDR_EL1 meanwhile,
 * and group 1 keeps the handler's sp in TPIDRRO_EL0 for its frame (system
 * registers the kit has no other use for: no EL0 runs).  The common part
 * then reads the block's in-trap mark: a trap that comes while the
 * handler runs gets its frame below the first trap's, which keeps the
 * interrupted pc and cause for the report.  A fault while that report
 * runs gives up at once (kit_fault_give_up: exit 139), one more parks.
 *
 * The frame: x0-x30, the interrupted sp, ELR_EL1, ESR_EL1, FAR_EL1,
 * SPSR_EL1 and the vector slot; an interrupt the kit handles returns
 * through it with eret.
 * Below it the FP/SIMD registers a C function may clobber (AAPCS64 6.1.2:
 * v0-v7, v16-v31 whole, and only the low 64 bits of v8-v15 are preserved,
 * by the callee) with FPSR and FPCR: the timer's callback is ordinary C,
 * and GCC uses q registers even in integer code.
 *
 * gdb unwinds through the frame (a breakpoint in the report, `make
 * debug`): the CFI says where every register of the interrupted code is,
 * and that its pc is ELR_EL1's slot (DWARF register 32, the pc: AADWARF64).
 */
#include "board_config.h"
#include "../../platform/aarch64/mpidr.h"
#include "../trap.h"

#define FRAME       TRAP_FRAME
#define FPFRAME     TRAP_FPFRAME

    /* sp = this core's trap state block; x0 is back, x0 and x1 saved in
     * the block for trap_common, x0 = the vector slot. */
    .macro to_block slot, from_handler
    .balign 128
    msr     tpidr_el1, x0
    .if \from_handler
    mov     x0, sp
    msr     tpidrro_el0, x0         /* the handler's sp, for its frame */
    .endif
    mrs     x0, mpidr_el1
    and     x0, x0, #MPIDR_CORE_MASK
    lsl     x0, x0, #3
    mov     sp, x0
    adrp    x0, kit_trap_blocks
    add     x0, x0, :lo12:kit_trap_blocks
    add     sp, sp, x0
    ldr     x0, [sp]
    mov     sp, x0
    mrs     x0, tpidr_el1
    stp     x0, x1, [sp, #TRAP_BLK_X0]
    mov     x0, #\slot
    b       trap_common
    .endm

    .cfi_sections .debug_frame      /* for gdb: nothing loaded */
    .section .text.vectors, "ax"
    .balign 2048
    .globl kit_vectors
kit_vectors:
    /* group 0: current EL, SP_EL0 -- the program (slots 0-3) */
    .irp    n, 0,1,2,3
    to_block \n, 0
    .endr
    /* group 1: current EL, SP_EL1 -- the handler (slots 4-7) */
    .irp    n, 4,5,6,7
    to_block \n, 1
    .endr
    /* groups 2, 3: from a lower EL (the kit never runs one) */
    .irp    n, 8,9,10,11,12,13,14,15
    to_block \n, 0
    .endr

trap_common:
    /* The level: 0 the program trapped, 1 the handler did (mark =
     * ~block), 2 the report of that did (~(block + 1)), 3 its exit did.
     * x20 = the block, x21 = the level, x22 = the frame, all kept across
     * the call (their own values are in the frame). */
    ldr     x1, [sp, #TRAP_BLK_MARK]
    mvn     x1, x1
    cmp     sp, x1
    b.eq    in_handler
    sub     x1, x1, #1
    cmp     sp, x1
    b.eq    give_up
    sub     x1, x1, #1
    cmp     sp, x1
    b.eq    park
    mov     x1, sp                  /* the first trap: mark ~block, */
    mvn     x1, x1
    str     x1, [sp, #TRAP_BLK_MARK]
    sub     sp, sp, #FRAME          /* its frame right below the block */
    stp     x20, x21, [sp, #160]
    add     x20, sp, #FRAME
    mov     x21, #0
    b       save
in_handler:
    mov     x1, sp                  /* inside the handler: ~(block + 1), */
    add     x1, x1, #1
    mvn     x1, x1
    str     x1, [sp, #TRAP_BLK_MARK]
    sub     sp, sp, #(TRAP_FIRST_BYTES + FRAME)         /* below the first */
    stp     x20, x21, [sp, #160]
    add     x20, sp, #(TRAP_FIRST_BYTES + FRAME)
    mov     x21, #1

save:
    stp     x2, x3, [sp, #16]
    stp     x4, x5, [sp, #32]
    stp     x6, x7, [sp, #48]
    stp     x8, x9, [sp, #64]
    stp     x10, x11, [sp, #80]
    stp     x12, x13, [sp, #96]
    stp     x14, x15, [sp, #112]
    stp     x16, x17, [sp, #128]
    stp     x18, x19, [sp, #144]
    stp     x22, x23, [sp, #176]
    stp     x24, x25, [sp, #192]
    stp     x26, x27, [sp, #208]
    stp     x28, x29, [sp, #224]
    mov     x19, x0                 /* the vector slot */
    mov     x22, sp                 /* the frame */
    ldp     x2, x3, [x20, #TRAP_BLK_X0]
    stp     x2, x3, [sp, #0]        /* x0, x1 as the vector found them */
    mrs     x1, sp_el0              /* the program's sp ... */
    cmp     x19, #4
    b.lo    1f
    cmp     x19, #8
    b.hs    1f
    mrs     x1, tpidrro_el0         /* ... or, group 1, the handler's */
1:  stp     x30, x1, [sp, #240]
    mrs     x1, elr_el1
    mrs     x2, esr_el1
    stp     x1, x2, [sp, #8 * TRAP_SLOT_ELR]
    mrs     x1, far_el1
    mrs     x2, spsr_el1
    stp     x1, x2, [sp, #8 * TRAP_SLOT_FAR]
    str     x19, [sp, #8 * TRAP_SLOT_VECTOR]

    /* From here gdb sees the interrupted code's registers in the frame
     * (x22): every register (sp too) has its slot, ELR_EL1's is the pc. */
    .cfi_startproc
    .cfi_signal_frame
    .cfi_return_column 32
    .cfi_def_cfa x22, 0
    .cfi_offset 32, 8 * TRAP_SLOT_ELR
    .irp    n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .cfi_offset \n, 8 * \n
    .endr
    cbnz    x21, 2f                 /* a fault in the handler never returns */
    sub     sp, sp, #FPFRAME
    stp     q0, q1, [sp, #0]
    stp     q2, q3, [sp, #32]
    stp     q4, q5, [sp, #64]
    stp     q6, q7, [sp, #96]
    stp     q16, q17, [sp, #128]
    stp     q18, q19, [sp, #160]
    stp     q20, q21, [sp, #192]
    stp     q22, q23, [sp, #224]
    stp     q24, q25, [sp, #256]
    stp     q26, q27, [sp, #288]
    stp     q28, q29, [sp, #320]
    stp     q30, q31, [sp, #352]
    mrs     x2, fpsr
    mrs     x3, fpcr
    stp     x2, x3, [sp, #384]
2:  mov     x0, x22
    mov     x1, x19
    mov     x2, x21
    bl      kit_trap                /* trap.c: reports and exits, or returns */

    /* Only a handled interrupt comes back here (level 0): out of the
     * handler, then everything back as it was. */
    str     xzr, [x20, #TRAP_BLK_MARK]
    ldp     x2, x3, [sp, #384]
    msr     fpsr, x2
    msr     fpcr, x3
    ldp     q0, q1, [sp, #0]
    ldp     q2, q3, [sp, #32]
    ldp     q4, q5, [sp, #64]
    ldp     q6, q7, [sp, #96]
    ldp     q16, q17, [sp, #128]
    ldp     q18, q19, [sp, #160]
    ldp     q20, q21, [sp, #192]
    ldp     q22, q23, [sp, #224]
    ldp     q24, q25, [sp, #256]
    ldp     q26, q27, [sp, #288]
    ldp     q28, q29, [sp, #320]
    ldp     q30, q31, [sp, #352]
    add     sp, sp, #FPFRAME
    ldp     x30, x1, [sp, #240]
    msr     sp_el0, x1
    ldp     x28, x29, [sp, #224]
    ldp     x26, x27, [sp, #208]
    ldp     x24, x25, [sp, #192]
    ldp     x22, x23, [sp, #176]
    ldp     x20, x21, [sp, #160]
    ldp     x18, x19, [sp, #144]
    ldp     x16, x17, [sp, #128]
    ldp     x14, x15, [sp, #112]
    ldp     x12, x13, [sp, #96]
    ldp     x10, x11, [sp, #80]
    ldp     x8, x9, [sp, #64]
    ldp     x6, x7, [sp, #48]
    ldp     x4, x5, [sp, #32]
    ldp     x2, x3, [sp, #16]
    ldp     x0, x1, [sp], #FRAME
    eret
    .cfi_endproc

give_up:
    /* The report of a fault inside the handler faulted: no more words.
     * Mark one level deeper, so that a fault in the exit itself parks the
     * core instead of coming round again. */
    mov     x1, sp
    add     x0, x1, #2
    mvn     x0, x0
    str     x0, [x1, #TRAP_BLK_MARK]
    sub     sp, sp, #(TRAP_FIRST_BYTES + FRAME)
    bl      kit_fault_give_up       /* fault.c: exit 139 */
park:
    wfe
    b       park
    .globl kit_trap_entry_end
kit_trap_entry_end:                 /* trap.c: a fault before here is in the entry */

    /* Each core's trap state block, by core id: read-only, so no store
     * of the program's can send a trap elsewhere. */
    .section .rodata
    .balign 8
kit_trap_blocks:
    .set    core, 0
    .rept   KIT_MAX_HARTS
    .quad   __kit_trap_stacks_start + (core + 1) * KIT_TRAP_STACK_PITCH - TRAP_BLOCK
    .set    core, core + 1
    .endr
