/* abi/tests/x86_64/routines.S: routines for abi/tests/main.c, x86-64 SysV.
 * cc_t_bad_* and cc_t_clobber_* break one rule each, on purpose;
 * cc_t_good_* break none.  Every one is a leaf unless it says otherwise.
 */
    .text

    .macro  func name
    .globl  \name
    .type   \name, @function
    .p2align 4
\name:
    .endm

/* One routine per callee-saved register, flipping one bit of it: even the
 * smallest change must be named.  Order: abi/checked_call.c's names. */
    .irp    r, rbx, rbp, r12, r13, r14, r15
    func    cc_t_clobber_\r
    xor     $1, %\r
    ret
    .endr

    .data
    .p2align 3
    .globl  cc_t_clobber_int
cc_t_clobber_int:
    .irp    r, rbx, rbp, r12, r13, r14, r15
    .quad   cc_t_clobber_\r
    .endr
    .text

/* rsp 8 too high on return: a callee that pops its caller's argument
 * (stdcall's `ret $8`, a classic mismatch). */
    func    cc_t_bad_sp_plus8
    ret     $8

/* rsp 16 too low on return: a push that was never popped. */
    func    cc_t_bad_sp_minus16
    pop     %rcx
    sub     $16, %rsp
    jmp     *%rcx

/* Calls out without realigning: at entry rsp + 8 is aligned, so a `call`
 * right away enters the next function with rsp + 8 misaligned by 8. */
    func    cc_t_bad_callout
    call    cc_callout
    ret

    func    cc_t_bad_df
    std
    ret

/* toggles MXCSR.RC (bits 13-14): round to nearest becomes toward zero */
    func    cc_t_bad_mxcsr
    stmxcsr -8(%rsp)
    xorl    $0x6000, -8(%rsp)
    ldmxcsr -8(%rsp)
    ret

/* toggles the x87 rounding control (bits 10-11) */
    func    cc_t_bad_x87cw
    fnstcw  -8(%rsp)
    xorw    $0x0c00, -8(%rsp)
    fldcw   -8(%rsp)
    ret

/* long f(long a, long b, long c) { return a + b + c; } done wrong: it adds
 * r10, which the harness filled with garbage, instead of rdx. */
    func    cc_t_bad_reads_temp
    lea     (%rdi, %rsi), %rax
    add     %r10, %rax
    ret

/* --- correct routines --- */

/* sum of arg[i] << i over 8 arguments; 7 and 8 come on the stack */
    func    cc_t_good_sum8
    lea     (%rdi, %rsi, 2), %rax
    lea     (%rax, %rdx, 4), %rax
    lea     (%rax, %rcx, 8), %rax
    shl     $4, %r8
    add     %r8, %rax
    shl     $5, %r9
    add     %r9, %rax
    mov     8(%rsp), %rcx
    shl     $6, %rcx
    add     %rcx, %rax
    mov     16(%rsp), %rcx
    shl     $7, %rcx
    add     %rcx, %rax
    ret

/* returns (b, a) in rax:rdx */
    func    cc_t_good_pair
    mov     %rsi, %rax
    mov     %rdi, %rdx
    ret

/* pushes every callee-saved register, overwrites it, pops it back; sets
 * and clears DF on the way: only the state at return counts */
    func    cc_t_good_saves_all
    .irp    r, rbx, rbp, r12, r13, r14, r15
    push    %\r
    .endr
    .irp    r, rbx, rbp, r12, r13, r14, r15
    mov     $-1, %\r
    .endr
    std
    cld
    .irp    r, r15, r14, r13, r12, rbp, rbx
    pop     %\r
    .endr
    mov     %rdi, %rax
    ret

    func    cc_t_good_callout
    sub     $8, %rsp
    call    cc_callout
    add     $8, %rsp
    ret

/* every caller-saved register, the flags and the MXCSR status bits:
 * all may change */
    func    cc_t_good_temps
    .irp    r, rax, rcx, rdx, rsi, rdi, r8, r9, r10, r11
    mov     $-1, %\r
    .endr
    .irp    x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    pcmpeqd %xmm\x, %xmm\x
    .endr
    stmxcsr -8(%rsp)
    orl     $0x20, -8(%rsp)         /* PE: precision exception flag */
    ldmxcsr -8(%rsp)
    cmp     %rax, %rcx
    ret

/* (xmm0 + xmm7, xmm1 - xmm6) */
    func    cc_t_good_fret
    addsd   %xmm7, %xmm0
    subsd   %xmm6, %xmm1
    ret

/* --- narrow integers (SysV x86-64: bits 63-32 of a 32-bit argument or
 * result are undefined) --- */

/* long f(int x) { return x; } done wrong: uses rdi as it came, trusting
 * the upper half (the harness puts junk there) */
    func    cc_t_widen_int_asis
    mov     %rdi, %rax
    ret

    func    cc_t_widen_int
    movslq  %edi, %rax
    ret

/* unsigned long f(unsigned x) { return x; } done wrong, and right */
    func    cc_t_zext_uint_asis
    mov     %rdi, %rax
    ret

    func    cc_t_zext_uint
    mov     %edi, %eax
    ret

/* signed char f(signed char a, signed char b) { return a + b; }: only the
 * low 8 bits of the result count, so a 64-bit add is right */
    func    cc_t_good_char_sum
    lea     (%rdi, %rsi), %rax
    ret

/* int f(int a, int b) { return a + b; } with a 64-bit add: right */
    func    cc_t_good_int_sum
    lea     (%rdi, %rsi), %rax
    ret

/* --- callbacks: long f(long (*cb)(long), long x) { return cb(x) + 1; } --- */
    func    cc_t_good_callback
    sub     $8, %rsp
    mov     %rdi, %rax
    mov     %rsi, %rdi
    call    *%rax
    inc     %rax
    add     $8, %rsp
    ret

/* the same without realigning: rsp + 8 is 8 off at cb's entry */
    func    cc_t_bad_callback
    mov     %rdi, %rax
    mov     %rsi, %rdi
    call    *%rax
    inc     %rax
    ret

    .section .note.GNU-stack, "", @progbits
