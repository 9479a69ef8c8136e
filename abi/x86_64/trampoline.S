/* abi/x86_64/trampoline.S: the checked call for x86-64 System V (host).
 * C side: abi/checked_call.c; shared layout: cc_frame.h.
 *
 *   void cc_trampoline(struct cc_frame *f);     f in %rdi
 *
 * 1. save the C caller's return address, rsp, rbx, rbp, r12-r15, MXCSR and
 *    x87 control word, and note RFLAGS, MXCSR, x87 CW as they are;
 * 2. load canaries into rbx, rbp, r12-r15, garbage into rax, r10 and
 *    xmm8-xmm15, arguments 1-6 (or garbage) into rdi, rsi, rdx, rcx, r8, r9,
 *    arguments 7-8 onto the stack, FP arguments (or garbage) into xmm0-7;
 * 3. call the routine (call *%r11), noting rsp at the call;
 * 4. on return, through a static pointer and never through rsp, store rsp,
 *    rax/rdx, xmm0/xmm1 and rbx, rbp, r12-r15 into the frame; only then
 *    take our rsp back from the frame and read RFLAGS, MXCSR, x87 CW;
 * 5. restore everything the C caller owns (clearing DF) and return.
 *
 * The stack the routine sees: 8(%rsp), 16(%rsp) = arguments 7 and 8, and
 * rsp + 8 aligned to 16 if our own caller kept its stack aligned.  We do not
 * realign it: an unaligned caller is exactly what the entry check reports.
 */
#include "../cc_frame.h"

/* op each register of the list to/from off + i*size(base) */
    .macro  each_st size, off, base, regs:vararg
    .set    .Li, 0
    .irp    r, \regs
    .set    .Loff, (\off) + .Li * (\size)
    mov     \r, .Loff(\base)
    .set    .Li, .Li + 1
    .endr
    .endm
    .macro  each_ld size, off, base, regs:vararg
    .set    .Li, 0
    .irp    r, \regs
    .set    .Loff, (\off) + .Li * (\size)
    mov     .Loff(\base), \r
    .set    .Li, .Li + 1
    .endr
    .endm

#define SAVED_REGS %rbx, %rbp, %r12, %r13, %r14, %r15

    .text
    .globl  cc_trampoline
    .type   cc_trampoline, @function
    .p2align 4
cc_trampoline:
    /* 1. the C caller's state */
    mov     (%rsp), %rax
    mov     %rax, CC_F_HOST + 0 * 8(%rdi)   /* our return address */
    mov     %rsp, CC_F_HOST + 1 * 8(%rdi)
    each_st 8, (CC_F_HOST + 2 * 8), %rdi, SAVED_REGS
    stmxcsr CC_F_HOST + 8 * 8(%rdi)
    fnstcw  CC_F_HOST + 9 * 8(%rdi)
    pushfq
    popq    CC_F_FIX_IN + 0 * 8(%rdi)
    stmxcsr CC_F_FIX_IN + 1 * 8(%rdi)
    fnstcw  CC_F_FIX_IN + 2 * 8(%rdi)
    mov     %rdi, cc_active_frame(%rip)

    /* 2. canaries, garbage, arguments */
    each_ld 8, CC_F_SEED, %rdi, SAVED_REGS
    sub     $24, %rsp                       /* args 7, 8 and padding */
    mov     CC_F_ARG + 6 * 8(%rdi), %rax
    mov     %rax, 0(%rsp)
    mov     CC_F_ARG + 7 * 8(%rdi), %rax
    mov     %rax, 8(%rsp)
    mov     %rsp, CC_F_SP_CALL(%rdi)
    .set    .Li, 0
    .irp    x, %xmm0, %xmm1, %xmm2, %xmm3, %xmm4, %xmm5, %xmm6, %xmm7
    movq    CC_F_FARG + .Li * 8(%rdi), \x
    .set    .Li, .Li + 1
    .endr
    .set    .Li, 0
    .irp    x, %xmm8, %xmm9, %xmm10, %xmm11, %xmm12, %xmm13, %xmm14, %xmm15
    movdqu  CC_F_FJUNK + (.Li % 4) * 16(%rdi), \x
    .set    .Li, .Li + 1
    .endr
    mov     CC_F_FN(%rdi), %r11
    each_ld 8, CC_F_JUNK, %rdi, %rax, %r10
    each_ld 8, (CC_F_ARG + 8), %rdi, %rsi, %rdx, %rcx, %r8, %r9
    mov     CC_F_ARG(%rdi), %rdi

    /* 3. the call */
    call    *%r11

    /* 4. what the routine left behind.  Only r11 is ours now. */
    mov     cc_active_frame(%rip), %r11
    movq    $0, cc_active_frame(%rip)       /* no checked call now */
    mov     %rsp, CC_F_SP_RET(%r11)
    mov     %rax, CC_F_RET + 0 * 8(%r11)
    mov     %rdx, CC_F_RET + 1 * 8(%r11)
    movdqu  %xmm0, CC_F_FRET + 0(%r11)
    movdqu  %xmm1, CC_F_FRET + 16(%r11)
    each_st 8, CC_F_SAVED, %r11, SAVED_REGS
    mov     CC_F_HOST + 1 * 8(%r11), %rsp   /* our stack back */
    pushfq
    popq    CC_F_FIX_OUT + 0 * 8(%r11)
    cld
    stmxcsr CC_F_FIX_OUT + 1 * 8(%r11)
    fnstcw  CC_F_FIX_OUT + 2 * 8(%r11)

    /* 5. the caller's state back: x87 CW, MXCSR control bits (the
     * routine's status bits stay: they are not preserved), registers */
    fldcw   CC_F_HOST + 9 * 8(%r11)
    mov     CC_F_FIX_OUT + 1 * 8(%r11), %eax
    and     $0x3f, %eax
    mov     CC_F_HOST + 8 * 8(%r11), %ecx
    and     $~0x3f, %ecx
    or      %ecx, %eax
    mov     %eax, CC_F_FIX_OUT + 3 * 8(%r11)
    ldmxcsr CC_F_FIX_OUT + 3 * 8(%r11)
    each_ld 8, (CC_F_HOST + 2 * 8), %r11, SAVED_REGS
    mov     CC_F_HOST + 0 * 8(%r11), %rax
    mov     %rax, (%rsp)                    /* our return address */
    ret
    .size   cc_trampoline, . - cc_trampoline

/*
 * void cc_callout(void);
 *
 * A routine under test calls this where it would call another function.
 * A well-behaved leaf that touches only rax, rcx: it counts the call and
 * keeps rsp at the call (= rsp + 8 here), or the first misaligned one.
 */
    .globl  cc_callout
    .type   cc_callout, @function
    .p2align 4
cc_callout:
    mov     cc_active_frame(%rip), %rax
    test    %rax, %rax
    jz      2f                      /* called outside a checked call */
    incq    CC_F_CALLOUT_N(%rax)
    testq   $15, CC_F_CALLOUT_SP(%rax)
    jnz     2f                      /* keep the first misaligned one */
    lea     8(%rsp), %rcx
    mov     %rcx, CC_F_CALLOUT_SP(%rax)
2:  ret
    .size   cc_callout, . - cc_callout

/*
 * Checked callbacks.  cc_callback() (checked_call.c) hands the routine under
 * test the address of one of these stubs instead of the user's C function;
 * stub i runs cc_cb_target[i].  The stub notes rsp (SysV psABI 3.2.2:
 * rsp + 8 is a multiple of 16 on entry) and, before any C runs, realigns
 * the stack, so that a misaligned caller is reported instead of crashing
 * the C function's aligned SSE stores.  Arguments (rdi..r9, xmm0-7, rax for
 * a variadic target, the stack arguments are not supported) pass through;
 * only r10 and r11 are used.  One callback at a time: a nested one goes
 * straight to its target.
 */
    .macro  cb_stub i
    .globl  cc_cb_stub\i
    .type   cc_cb_stub\i, @function
    .p2align 4
cc_cb_stub\i:
    mov     $\i, %r11d
    jmp     cb_common
    .size   cc_cb_stub\i, . - cc_cb_stub\i
    .endm
    cb_stub 0
    cb_stub 1
    cb_stub 2
    cb_stub 3

    .p2align 4
cb_common:
    lea     cc_cb_target(%rip), %r10
    mov     (%r10, %r11, 8), %r11           /* the user's C function */
    mov     cc_active_frame(%rip), %r10
    test    %r10, %r10
    jz      3f                              /* outside a checked call */
    cmpq    $0, CC_F_CB_DEPTH(%r10)
    jne     3f                              /* nested: no bookkeeping */
    movq    $1, CC_F_CB_DEPTH(%r10)
    incq    CC_F_CB_N(%r10)
    testq   $15, CC_F_CB_SP(%r10)
    jnz     1f                              /* keep the first misaligned */
    mov     %rsp, CC_F_CB_SP(%r10)
    addq    $8, CC_F_CB_SP(%r10)            /* rsp at the call */
1:  popq    CC_F_CB_RA(%r10)
    mov     %rsp, CC_F_CB_SPSAVE(%r10)
    and     $-16, %rsp
    call    *%r11
    mov     cc_active_frame(%rip), %r10
    movq    $0, CC_F_CB_DEPTH(%r10)
    mov     CC_F_CB_SPSAVE(%r10), %rsp
    pushq   CC_F_CB_RA(%r10)
    ret
3:  jmp     *%r11

    .bss
    .p2align 3
cc_active_frame:                        /* struct cc_frame * during a call */
    .space  8

    .section .note.GNU-stack, "", @progbits
