/* abi/conform/explain/probe_x86_64.S: where did the values go? (x86-64)
 *
 * explain_target saves rdi, rsi, rdx, rcx, r8, r9 (INTEGER class, SysV
 * psABI 3.2.3), al (the number of vector registers a variadic call used),
 * xmm0-xmm7 (SSE class) and the address of the first stack argument (just
 * above the return address), then tail-calls the C dumper.
 *
 * explain_call_ret(fn, buf): calls fn with rdi = buf (the hidden pointer
 * of a MEMORY-class result) and saves rax, rdx, xmm0, xmm1 and st0 (x87
 * class: long double).
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
    fstpt   explain_fregs+32(%rip)
    popq    %rbx
    ret
    .section .note.GNU-stack,"",@progbits
