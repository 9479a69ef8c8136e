/*
 * AArch64 exception vector table (ARM ARM D1.10.2): 16 entries of 128
 * bytes, 2 KiB aligned, in four groups of four (synchronous, IRQ, FIQ,
 * SError) for: current EL with SP_EL0, current EL with SP_ELx, lower EL
 * in AArch64, lower EL in AArch32.
 *
 * The kit runs C on SP_EL0 ("EL1t": crt0 sets SPSel = 0) and keeps SP_EL1
 * for the trap handler: each core's own trap stack (linker/kit.ld).  Taking
 * an exception switches to SP_EL1 by itself, so a stack overflow cannot
 * take the handler's stack with it.  Hence:
 *   group 0 (current EL, SP_EL0): the program faulted (or an interrupt);
 *   group 1 (current EL, SP_ELx): the trap handler itself faulted.  SP_EL1
 *     may be what is broken, so the entry resets it to the top of this
 *     core's trap stack before touching memory; trap.c reports "nested".
 *
 * The frame: x0-x30, then the interrupted sp (SP_EL0), 16-byte aligned;
 * an interrupt the kit handles returns through it with eret.  Below it
 * the FP/SIMD registers a C function may clobber (AAPCS64 6.1.2: v0-v7,
 * v16-v31 whole, and only the low 64 bits of v8-v15 are preserved, by
 * the callee) with FPSR and FPCR: the timer's callback is ordinary C, and
 * GCC uses q registers even in integer code.
 */
#include "board_config.h"
#include "../../platform/aarch64/mpidr.h"

#define FRAME (32 * 8)
#define FPFRAME (24 * 16 + 16)

    .section .text.vectors, "ax"
    .balign 2048
    .globl kit_vectors
kit_vectors:
    /* group 0: current EL, SP_EL0 -- the program (slots 0-3) */
    .irp    n, 0,1,2,3
    .balign 128
    stp     x0, x1, [sp, #-FRAME]!
    mov     x0, #\n
    b       trap_common
    .endr
    /* group 1: current EL, SP_EL1 -- a fault in the handler */
    .irp    n, 4,5,6,7
    .balign 128
    mrs     x0, mpidr_el1           /* sp may be bad: recompute it first */
    and     x0, x0, #MPIDR_CORE_MASK
    add     x0, x0, #1
    mov     x1, #KIT_TRAP_STACK_SIZE
    mul     x0, x0, x1
    adrp    x1, __kit_trap_stacks_start
    add     x1, x1, :lo12:__kit_trap_stacks_start
    add     x0, x0, x1
    mov     sp, x0
    stp     x0, x1, [sp, #-FRAME]!
    mov     x0, #\n
    b       trap_common
    .endr
    /* groups 2, 3: from a lower EL (the kit never runs one) */
    .irp    n, 8,9,10,11,12,13,14,15
    .balign 128
    stp     x0, x1, [sp, #-FRAME]!
    mov     x0, #\n
    b       trap_common
    .endr

trap_common:
    stp     x2, x3, [sp, #16]
    stp     x4, x5, [sp, #32]
    stp     x6, x7, [sp, #48]
    stp     x8, x9, [sp, #64]
    stp     x10, x11, [sp, #80]
    stp     x12, x13, [sp, #96]
    stp     x14, x15, [sp, #112]
    stp     x16, x17, [sp, #128]
    stp     x18, x19, [sp, #144]
    stp     x20, x21, [sp, #160]
    stp     x22, x23, [sp, #176]
    stp     x24, x25, [sp, #192]
    stp     x26, x27, [sp, #208]
    stp     x28, x29, [sp, #224]
    mrs     x1, sp_el0
    stp     x30, x1, [sp, #240]
    mov     x1, x0                  /* vector slot */
    mov     x0, sp                  /* the frame */
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
    bl      kit_trap                /* trap.c: reports and exits, or returns */

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
