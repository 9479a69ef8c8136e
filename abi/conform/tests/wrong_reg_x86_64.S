/* abi/conform/tests/wrong_reg_x86_64.S: a deliberately broken callee.
 *
 * cf_f190900 receives struct { long m0; long m1; } in rdi and rsi (SysV
 * x86-64 psABI 3.2.3: two INTEGER eightbytes, the next free registers of
 * the sequence).  This one takes m0 from rsi, the wrong register, then
 * hands over to the generated checking callee: the report must name
 * arg0.m0.
 */
    .text
    .globl cf_f190900
    .type cf_f190900, @function
cf_f190900:
    mov     %rsi, %rdi
    jmp     cf_f190900_c
    .size cf_f190900, . - cf_f190900
    .section .note.GNU-stack,"",@progbits
