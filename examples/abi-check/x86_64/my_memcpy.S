/* void *my_memcpy(void *dst, const void *src, size_t n)   rdi, rsi, rdx -> rax
 * x86-64 System V, for `make abi-host APP=examples/abi-check`.  Byte by
 * byte, for clarity.  The cursor lives in rcx, a caller-saved register:
 * the caller expects nothing of it. */
    .text
    .globl  my_memcpy
    .type   my_memcpy, @function
my_memcpy:
    mov     %rdi, %rax              /* dst must come back as the result */
    mov     %rdi, %rcx
    test    %rdx, %rdx
    jz      2f
1:  movzbl  (%rsi), %r8d
    mov     %r8b, (%rcx)
    inc     %rsi
    inc     %rcx
    dec     %rdx
    jnz     1b
2:  ret

/* The same with the cursor in rbx, a callee-saved register it never saves:
 * whatever the caller kept in rbx is gone.  The harness reports it. */
    .globl  my_memcpy_s
    .type   my_memcpy_s, @function
my_memcpy_s:
    mov     %rdi, %rax
    mov     %rdi, %rbx
    test    %rdx, %rdx
    jz      2f
1:  movzbl  (%rsi), %r8d
    mov     %r8b, (%rbx)
    inc     %rsi
    inc     %rbx
    dec     %rdx
    jnz     1b
2:  ret

    .section .note.GNU-stack, "", @progbits
