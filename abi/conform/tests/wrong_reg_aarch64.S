/* abi/conform/tests/wrong_reg_aarch64.S: a deliberately broken callee.
 *
 * cf_f190900 receives struct { long m0; long m1; } in x0 and x1 (AAPCS64
 * 6.8.2 C.10: a composite of up to 16 bytes goes in consecutive general
 * registers).  This one takes m0 from x1, the wrong register, then hands
 * over to the generated checking callee: the report must name arg0.m0.
 */
    .text
    .globl cf_f190900
    .type cf_f190900, %function
cf_f190900:
    mov     x0, x1
    b       cf_f190900_c
    .size cf_f190900, . - cf_f190900
