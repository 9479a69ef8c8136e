/* abi/conform/tests/wrong_reg_riscv.S: a deliberately broken callee.
 *
 * cf_f190900 receives struct { long m0; long m1; } in a0 and a1 (RISC-V
 * psABI 2.1: an aggregate of up to 2xXLEN is passed in a register pair,
 * the first field in the lower-numbered register).  This one takes m0
 * from a1, the wrong register, then hands over to the generated checking
 * callee (cf_f190900_c): the report must name arg0.m0.
 */
    .text
    .globl cf_f190900
    .type cf_f190900, @function
cf_f190900:
    mv      a0, a1
    tail    cf_f190900_c
    .size cf_f190900, . - cf_f190900
