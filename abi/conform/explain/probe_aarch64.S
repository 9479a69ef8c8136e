/* abi/conform/explain/probe_aarch64.S: where did the values go? (AArch64)
 *
 * explain_target saves x0-x7, x8 (the indirect result location register,
 * AAPCS64 6.1.1 and 6.9), q0-q7 (the SIMD&FP argument registers, 6.8) and
 * the incoming sp, then tail-calls the C dumper.
 *
 * explain_replay(fn): calls fn, the real callee built by the compiler
 * under test, with x0-x8 and q0-q7 from explain_rregs/explain_rfregs and
 * sp = explain_rsp (a copy of the stack arguments): the dumper changes one
 * place at a time and sees which bytes the callee reads.
 *
 * The callee ends with explain_callee_done, which returns from
 * explain_replay at once (the callee never writes its result through an
 * x8 the dumper may have changed), so explain_replay keeps the callee-
 * saved registers itself: x19-x29, d8-d15 (AAPCS64 6.1.1, 6.1.2).
 *
 * explain_call_ret(fn, buf): calls fn with x8 = buf (where a result in
 * memory is written) and saves x0-x1 and q0-q3 (an HFA of four returns in
 * v0-v3).
 *
 * explain_ret_stub: stands in for a callee, for the caller built by the
 * compiler under test: it notes x0-x8, writes explain_stub_mem through the
 * one numbered explain_stub_memreg (if >= 0), and returns x0-x1 and q0-q3
 * from explain_stub_ret/explain_stub_fret.
 */
    .text
    .globl explain_target
explain_target:
    adrp    x9, explain_regs
    add     x9, x9, :lo12:explain_regs
    stp     x0, x1, [x9]
    stp     x2, x3, [x9, 16]
    stp     x4, x5, [x9, 32]
    stp     x6, x7, [x9, 48]
    mov     x10, sp
    stp     x8, x10, [x9, 64]
    adrp    x9, explain_fregs
    add     x9, x9, :lo12:explain_fregs
    stp     q0, q1, [x9]
    stp     q2, q3, [x9, 32]
    stp     q4, q5, [x9, 64]
    stp     q6, q7, [x9, 96]
    b       explain_dump_args

    .globl explain_replay
explain_replay:
    adrp    x9, explain_replay_save
    add     x9, x9, :lo12:explain_replay_save
    mov     x10, sp
    stp     x29, x30, [x9]
    stp     x10, x19, [x9, 16]
    stp     x20, x21, [x9, 32]
    stp     x22, x23, [x9, 48]
    stp     x24, x25, [x9, 64]
    stp     x26, x27, [x9, 80]
    str     x28, [x9, 96]
    stp     d8, d9, [x9, 104]
    stp     d10, d11, [x9, 120]
    stp     d12, d13, [x9, 136]
    stp     d14, d15, [x9, 152]
    mov     x16, x0
    adrp    x9, explain_rfregs
    add     x9, x9, :lo12:explain_rfregs
    ldp     q0, q1, [x9]
    ldp     q2, q3, [x9, 32]
    ldp     q4, q5, [x9, 64]
    ldp     q6, q7, [x9, 96]
    adrp    x9, explain_rregs
    add     x9, x9, :lo12:explain_rregs
    ldp     x0, x1, [x9]
    ldp     x2, x3, [x9, 16]
    ldp     x4, x5, [x9, 32]
    ldp     x6, x7, [x9, 48]
    ldr     x8, [x9, 64]
    adrp    x9, explain_rsp
    ldr     x10, [x9, :lo12:explain_rsp]
    mov     sp, x10                 /* the copy of the stack arguments */
    blr     x16
    /* fall through: a function that returned */
    .globl explain_callee_done
explain_callee_done:
    adrp    x9, explain_replay_save
    add     x9, x9, :lo12:explain_replay_save
    ldp     x29, x30, [x9]
    ldp     x10, x19, [x9, 16]
    mov     sp, x10
    ldp     x20, x21, [x9, 32]
    ldp     x22, x23, [x9, 48]
    ldp     x24, x25, [x9, 64]
    ldp     x26, x27, [x9, 80]
    ldr     x28, [x9, 96]
    ldp     d8, d9, [x9, 104]
    ldp     d10, d11, [x9, 120]
    ldp     d12, d13, [x9, 136]
    ldp     d14, d15, [x9, 152]
    ret

    .globl explain_call_ret
explain_call_ret:
    stp     x29, x30, [sp, -16]!
    mov     x29, sp
    mov     x9, x0
    mov     x8, x1
    blr     x9
    adrp    x9, explain_regs
    add     x9, x9, :lo12:explain_regs
    stp     x0, x1, [x9]
    adrp    x9, explain_fregs
    add     x9, x9, :lo12:explain_fregs
    stp     q0, q1, [x9]
    stp     q2, q3, [x9, 32]
    ldp     x29, x30, [sp], 16
    ret

    .globl explain_ret_stub
explain_ret_stub:
    adrp    x9, explain_stub_in
    add     x9, x9, :lo12:explain_stub_in
    stp     x0, x1, [x9]
    stp     x2, x3, [x9, 16]
    stp     x4, x5, [x9, 32]
    stp     x6, x7, [x9, 48]
    str     x8, [x9, 64]
    adrp    x10, explain_stub_memreg
    ldrsw   x10, [x10, :lo12:explain_stub_memreg]
    tbnz    x10, #63, 2f
    ldr     x11, [x9, x10, lsl #3]  /* the result's address */
    adrp    x12, explain_stub_mem
    add     x12, x12, :lo12:explain_stub_mem
    adrp    x13, explain_stub_memlen
    ldr     w13, [x13, :lo12:explain_stub_memlen]
1:  cbz     w13, 2f
    ldrb    w14, [x12], 1
    strb    w14, [x11], 1
    sub     w13, w13, 1
    b       1b
2:  adrp    x9, explain_stub_ret
    add     x9, x9, :lo12:explain_stub_ret
    ldp     x0, x1, [x9]
    adrp    x9, explain_stub_fret
    add     x9, x9, :lo12:explain_stub_fret
    ldp     q0, q1, [x9]
    ldp     q2, q3, [x9, 32]
    ret
