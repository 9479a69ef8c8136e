/* abi/conform/explain/probe_aarch64.S: where did the values go? (AArch64)
 *
 * explain_target saves x0-x7, x8 (the indirect result location register,
 * AAPCS64 6.4/6.9), q0-q7 (the SIMD/FP argument registers, AAPCS64 6.8.2)
 * and the incoming sp, then tail-calls the C dumper.
 *
 * explain_call_ret(fn, buf): calls fn with x8 = buf (where a result in
 * memory is written) and saves x0-x1 and q0-q3 (an HFA of four returns in
 * v0-v3).
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
