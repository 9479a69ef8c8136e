/* abi/conform/explain/probe_riscv.S: where did the values go? (RISC-V)
 *
 * explain_target: stands in for the function of make explain's SIG.  It
 * saves every argument register (a0-a7, fa0-fa7 when the ABI has FP
 * registers: psABI, Integer and Hardware Floating-Point Calling
 * Conventions) and the incoming sp (stack arguments start there), then
 * tail-calls the C dumper, which returns to the caller.
 *
 * explain_replay(fn): calls fn, the real callee built by the compiler
 * under test, with the argument registers of explain_rregs/explain_rfregs
 * and sp = explain_rsp (a copy of the stack arguments): the dumper
 * changes one place at a time and sees which bytes the callee reads.
 *
 * The callee ends with explain_callee_done, which returns from
 * explain_replay at once: the callee never writes its result through a
 * hidden pointer the dumper may have just changed.  So explain_replay
 * keeps every callee-saved register (s0-s11, fs0-fs11) itself.
 *
 * explain_call_ret(fn, buf): calls fn with a0 = buf (where a result
 * returned in memory is written: "the caller allocates memory for the
 * return value, and passes the address as an implicit first parameter")
 * and saves the return registers a0, a1, fa0, fa1.
 *
 * explain_ret_stub: stands in for a callee, for the caller built by the
 * compiler under test (explain_ret_reader): it notes the argument
 * registers it was given, writes explain_stub_mem through the one
 * numbered explain_stub_memreg (if >= 0), and returns explain_stub_ret.
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

    .globl explain_replay
explain_replay:
    la      t0, explain_replay_save
    SREG    ra, 0*SZ(t0)
    SREG    sp, 1*SZ(t0)
    SREG    s0, 2*SZ(t0)
    SREG    s1, 3*SZ(t0)
    SREG    s2, 4*SZ(t0)
    SREG    s3, 5*SZ(t0)
    SREG    s4, 6*SZ(t0)
    SREG    s5, 7*SZ(t0)
    SREG    s6, 8*SZ(t0)
    SREG    s7, 9*SZ(t0)
    SREG    s8, 10*SZ(t0)
    SREG    s9, 11*SZ(t0)
    SREG    s10, 12*SZ(t0)
    SREG    s11, 13*SZ(t0)
#ifdef __riscv_float_abi_double
    la      t0, explain_replay_fsave
    fsd     fs0, 0(t0)
    fsd     fs1, 8(t0)
    fsd     fs2, 16(t0)
    fsd     fs3, 24(t0)
    fsd     fs4, 32(t0)
    fsd     fs5, 40(t0)
    fsd     fs6, 48(t0)
    fsd     fs7, 56(t0)
    fsd     fs8, 64(t0)
    fsd     fs9, 72(t0)
    fsd     fs10, 80(t0)
    fsd     fs11, 88(t0)
#endif
    mv      t1, a0
#ifdef __riscv_float_abi_double
    la      t0, explain_rfregs
    fld     fa0, 0(t0)
    fld     fa1, 8(t0)
    fld     fa2, 16(t0)
    fld     fa3, 24(t0)
    fld     fa4, 32(t0)
    fld     fa5, 40(t0)
    fld     fa6, 48(t0)
    fld     fa7, 56(t0)
#endif
    la      t0, explain_rregs
    LREG    a0, 0*SZ(t0)
    LREG    a1, 1*SZ(t0)
    LREG    a2, 2*SZ(t0)
    LREG    a3, 3*SZ(t0)
    LREG    a4, 4*SZ(t0)
    LREG    a5, 5*SZ(t0)
    LREG    a6, 6*SZ(t0)
    LREG    a7, 7*SZ(t0)
    la      t0, explain_rsp
    LREG    sp, 0(t0)               /* the copy of the stack arguments */
    jalr    t1
    /* fall through: a function that returned */
    .globl explain_callee_done
explain_callee_done:
    la      t0, explain_replay_save
    LREG    ra, 0*SZ(t0)
    LREG    sp, 1*SZ(t0)
    LREG    s0, 2*SZ(t0)
    LREG    s1, 3*SZ(t0)
    LREG    s2, 4*SZ(t0)
    LREG    s3, 5*SZ(t0)
    LREG    s4, 6*SZ(t0)
    LREG    s5, 7*SZ(t0)
    LREG    s6, 8*SZ(t0)
    LREG    s7, 9*SZ(t0)
    LREG    s8, 10*SZ(t0)
    LREG    s9, 11*SZ(t0)
    LREG    s10, 12*SZ(t0)
    LREG    s11, 13*SZ(t0)
#ifdef __riscv_float_abi_double
    la      t0, explain_replay_fsave
    fld     fs0, 0(t0)
    fld     fs1, 8(t0)
    fld     fs2, 16(t0)
    fld     fs3, 24(t0)
    fld     fs4, 32(t0)
    fld     fs5, 40(t0)
    fld     fs6, 48(t0)
    fld     fs7, 56(t0)
    fld     fs8, 64(t0)
    fld     fs9, 72(t0)
    fld     fs10, 80(t0)
    fld     fs11, 88(t0)
#endif
    ret

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

    .globl explain_ret_stub
explain_ret_stub:
    la      t0, explain_stub_in
    SREG    a0, 0*SZ(t0)
    SREG    a1, 1*SZ(t0)
    SREG    a2, 2*SZ(t0)
    SREG    a3, 3*SZ(t0)
    SREG    a4, 4*SZ(t0)
    SREG    a5, 5*SZ(t0)
    SREG    a6, 6*SZ(t0)
    SREG    a7, 7*SZ(t0)
    la      t0, explain_stub_memreg
    lw      t1, 0(t0)
    bltz    t1, 2f
    slli    t1, t1, (SZ / 4 + 1)    /* index * SZ */
    la      t0, explain_stub_in
    add     t0, t0, t1
    LREG    t0, 0(t0)               /* the result's address */
    la      t1, explain_stub_mem
    la      t2, explain_stub_memlen
    lw      t2, 0(t2)
1:  beqz    t2, 2f
    lbu     t3, 0(t1)
    sb      t3, 0(t0)
    addi    t0, t0, 1
    addi    t1, t1, 1
    addi    t2, t2, -1
    j       1b
2:  la      t0, explain_stub_ret
    LREG    a0, 0*SZ(t0)
    LREG    a1, 1*SZ(t0)
#ifdef __riscv_float_abi_double
    la      t0, explain_stub_fret
    fld     fa0, 0(t0)
    fld     fa1, 8(t0)
#endif
    ret
