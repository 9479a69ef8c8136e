/* abi/conform/explain/probe_riscv.S: where did the values go? (RISC-V)
 *
 * explain_target: stands in for the function of make explain's SIG.  It
 * saves every argument register (a0-a7, fa0-fa7 when the ABI has FP
 * registers: psABI 2.1/2.2) and the incoming sp (stack arguments start
 * there), then tail-calls the C dumper, which returns to the caller.
 *
 * explain_call_ret(fn, buf): calls fn with a0 = buf (the hidden pointer a
 * callee returning in memory writes through: psABI 2.1, "passed by
 * reference ... as an implicit first argument") and saves the return
 * registers a0, a1, fa0, fa1.
 */
#if __riscv_xlen == 64
#  define SREG sd
#  define LREG ld
#  define SZ 8
#else
#  define SREG sw
#  define LREG lw
#  define SZ 4
#endif

    .text
    .globl explain_target
explain_target:
    la      t0, explain_regs
    SREG    a0, 0*SZ(t0)
    SREG    a1, 1*SZ(t0)
    SREG    a2, 2*SZ(t0)
    SREG    a3, 3*SZ(t0)
    SREG    a4, 4*SZ(t0)
    SREG    a5, 5*SZ(t0)
    SREG    a6, 6*SZ(t0)
    SREG    a7, 7*SZ(t0)
    SREG    sp, 8*SZ(t0)
#ifdef __riscv_float_abi_double
    la      t0, explain_fregs
    fsd     fa0, 0(t0)
    fsd     fa1, 8(t0)
    fsd     fa2, 16(t0)
    fsd     fa3, 24(t0)
    fsd     fa4, 32(t0)
    fsd     fa5, 40(t0)
    fsd     fa6, 48(t0)
    fsd     fa7, 56(t0)
#endif
    tail    explain_dump_args

    .globl explain_call_ret
explain_call_ret:
    addi    sp, sp, -16
    SREG    ra, 0(sp)
    mv      t1, a0
    mv      a0, a1
    jalr    t1
    la      t0, explain_regs
    SREG    a0, 0*SZ(t0)
    SREG    a1, 1*SZ(t0)
#ifdef __riscv_float_abi_double
    la      t0, explain_fregs
    fsd     fa0, 0(t0)
    fsd     fa1, 8(t0)
#endif
    LREG    ra, 0(sp)
    addi    sp, sp, 16
    ret
