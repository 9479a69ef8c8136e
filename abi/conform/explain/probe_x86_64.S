/* abi/conform/explain/probe_x86_64.S: where did the values go? (x86-64)
 *
 * explain_target saves rdi, rsi, rdx, rcx, r8, r9 (INTEGER class, SysV
 * psABI 3.2.3), al (the number of vector registers a variadic call used),
 * xmm0-xmm7 (SSE class) and the address of the first stack argument (just
 * above the return address), then tail-calls the C dumper.
 *
 * explain_replay(fn): calls fn, the real callee built by the compiler
 * under test, with the registers of explain_rregs/explain_rfregs and the
 * stack arguments at explain_rsp (a copy): the dumper changes one place
 * at a time and sees which bytes the callee reads.
 *
 * The callee ends with explain_callee_done, which returns from
 * explain_replay at once (the callee never writes its result through an
 * rdi the dumper may have changed), so explain_replay keeps the callee-
 * saved registers itself: rbx, rbp, r12-r15 (psABI 3.2.1).
 *
 * explain_call_ret(fn, buf): calls fn with rdi = buf (the hidden pointer of
 * a MEMORY-class result) and saves rax, rdx, xmm0, xmm1 and, if the x87
 * stack holds a value (X87 class: long double), st0.
 *
 * explain_ret_stub: stands in for a callee, for the caller built by the
 * compiler under test: it notes the integer argument registers, writes
 * explain_stub_mem through the one numbered explain_stub_memreg (if >= 0;
 * rax then returns that address, psABI 3.2.3), and returns rax, rdx,
 * xmm0, xmm1 and (if explain_stub_st0) st0 from explain_stub_*.
 */
    .text
    .globl explain_target
explain_target:
    movq    %rdi, explain_regs(%rip)
    movq    %rsi, explain_regs+8(%rip)
    movq    %rdx, explain_regs+16(%rip)
    movq    %rcx, explain_regs+24(%rip)
    movq    %r8, explain_regs+32(%rip)
    movq    %r9, explain_regs+40(%rip)
    movq    %rax, explain_regs+48(%rip)
    leaq    8(%rsp), %r10
    movq    %r10, explain_regs+64(%rip)
    movdqu  %xmm0, explain_fregs(%rip)
    movdqu  %xmm1, explain_fregs+16(%rip)
    movdqu  %xmm2, explain_fregs+32(%rip)
    movdqu  %xmm3, explain_fregs+48(%rip)
    movdqu  %xmm4, explain_fregs+64(%rip)
    movdqu  %xmm5, explain_fregs+80(%rip)
    movdqu  %xmm6, explain_fregs+96(%rip)
    movdqu  %xmm7, explain_fregs+112(%rip)
    jmp     explain_dump_args

    .globl explain_replay
explain_replay:
    movq    %rsp, explain_replay_save(%rip)
    movq    %rbx, explain_replay_save+8(%rip)
    movq    %rbp, explain_replay_save+16(%rip)
    movq    %r12, explain_replay_save+24(%rip)
    movq    %r13, explain_replay_save+32(%rip)
    movq    %r14, explain_replay_save+40(%rip)
    movq    %r15, explain_replay_save+48(%rip)
    movq    %rdi, %r11
    movdqu  explain_rfregs(%rip), %xmm0
    movdqu  explain_rfregs+16(%rip), %xmm1
    movdqu  explain_rfregs+32(%rip), %xmm2
    movdqu  explain_rfregs+48(%rip), %xmm3
    movdqu  explain_rfregs+64(%rip), %xmm4
    movdqu  explain_rfregs+80(%rip), %xmm5
    movdqu  explain_rfregs+96(%rip), %xmm6
    movdqu  explain_rfregs+112(%rip), %xmm7
    movq    explain_rregs(%rip), %rdi
    movq    explain_rregs+8(%rip), %rsi
    movq    explain_rregs+16(%rip), %rdx
    movq    explain_rregs+24(%rip), %rcx
    movq    explain_rregs+32(%rip), %r8
    movq    explain_rregs+40(%rip), %r9
    movq    explain_rregs+48(%rip), %rax
    movq    explain_rsp(%rip), %rsp         /* the copy of the stack arguments */
    call    *%r11
    /* fall through: a function that returned */
    .globl explain_callee_done
explain_callee_done:
    movq    explain_replay_save(%rip), %rsp /* points at explain_replay's return */
    movq    explain_replay_save+8(%rip), %rbx
    movq    explain_replay_save+16(%rip), %rbp
    movq    explain_replay_save+24(%rip), %r12
    movq    explain_replay_save+32(%rip), %r13
    movq    explain_replay_save+40(%rip), %r14
    movq    explain_replay_save+48(%rip), %r15
    cld
    ret

    .globl explain_call_ret
explain_call_ret:
    pushq   %rbx
    movq    %rdi, %rbx
    movq    %rsi, %rdi
    call    *%rbx
    movq    %rax, explain_regs(%rip)
    movq    %rdx, explain_regs+8(%rip)
    movdqu  %xmm0, explain_fregs(%rip)
    movdqu  %xmm1, explain_fregs+16(%rip)
    fxam                                    /* C3 and C0 set: st0 is empty */
    fnstsw  %ax
    andw    $0x4100, %ax
    cmpw    $0x4100, %ax
    je      1f
    fstpt   explain_fregs+32(%rip)
    movl    $1, explain_has_st0(%rip)
1:  popq    %rbx
    ret

    .globl explain_ret_stub
explain_ret_stub:
    movq    %rdi, explain_stub_in(%rip)
    movq    %rsi, explain_stub_in+8(%rip)
    movq    %rdx, explain_stub_in+16(%rip)
    movq    %rcx, explain_stub_in+24(%rip)
    movq    %r8, explain_stub_in+32(%rip)
    movq    %r9, explain_stub_in+40(%rip)
    movslq  explain_stub_memreg(%rip), %rax
    testq   %rax, %rax
    js      2f
    leaq    explain_stub_in(%rip), %rcx
    movq    (%rcx,%rax,8), %rdi             /* the result's address */
    movq    %rdi, %r8
    leaq    explain_stub_mem(%rip), %rsi
    movl    explain_stub_memlen(%rip), %ecx
    rep movsb
    movq    explain_stub_ret(%rip), %rax
    movq    explain_stub_ret+8(%rip), %rdx
    movq    %r8, %rax                       /* rax returns the address */
    jmp     3f
2:  movq    explain_stub_ret(%rip), %rax
    movq    explain_stub_ret+8(%rip), %rdx
3:  movdqu  explain_stub_fret(%rip), %xmm0
    movdqu  explain_stub_fret+16(%rip), %xmm1
    cmpl    $0, explain_stub_st0(%rip)
    je      4f
    fldt    explain_stub_fret+32(%rip)
4:  ret
    .section .note.GNU-stack,"",@progbits
