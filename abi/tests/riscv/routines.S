/* abi/tests/riscv/routines.S: routines for abi/tests/main.c, RISC-V rv32 and
 * rv64, soft- and hard-float.  cc_t_bad_* and cc_t_clobber_* break one rule
 * each, on purpose; cc_t_good_* break none.  All are leaves unless they say
 * otherwise.
 */
#if __riscv_xlen == 64
#  define SX sd
#  define LX ld
#  define W 8
#  define PTR .dword
#else
#  define SX sw
#  define LX lw
#  define W 4
#  define PTR .word
#endif
#if defined(__riscv_float_abi_double)
#  define HARD_FLOAT 1
#  define FS fsd
#  define FL fld
#  define FNEG fneg.d
#  define FADD fadd.d
#  define FSUB fsub.d
#  define FZERO(r) fcvt.d.w r, zero
#elif defined(__riscv_float_abi_single)
#  define HARD_FLOAT 1
#  define FS fsw
#  define FL flw
#  define FNEG fneg.s
#  define FADD fadd.s
#  define FSUB fsub.s
#  define FZERO(r) fcvt.s.w r, zero
#endif

#define SAVED  s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11
#define FSAVED fs0, fs1, fs2, fs3, fs4, fs5, fs6, fs7, fs8, fs9, fs10, fs11

    .macro  func name
    .globl  \name
    .type   \name, @function
    .p2align 2
\name:
    .endm

    .text

/* One routine per callee-saved register, flipping one bit of it (FP: the
 * sign bit): even the smallest change must be named. */
    .irp    r, SAVED
    func    cc_t_clobber_\r
    xori    \r, \r, 1
    ret
    .endr

#ifdef HARD_FLOAT
    .irp    r, FSAVED
    func    cc_t_clobber_\r
    FNEG    \r, \r
    ret
    .endr
#endif

    .data
    .p2align 3
    .globl  cc_t_clobber_int
cc_t_clobber_int:
    .irp    r, SAVED
    PTR     cc_t_clobber_\r
    .endr
#ifdef HARD_FLOAT
    .globl  cc_t_clobber_fp
cc_t_clobber_fp:
    .irp    r, FSAVED
    PTR     cc_t_clobber_\r
    .endr
#endif
    .text

/* sp 8 too high / 16 too low on return: an unbalanced frame. */
    func    cc_t_bad_sp_plus8
    addi    sp, sp, 8
    ret

    func    cc_t_bad_sp_minus16
    addi    sp, sp, -16
    ret

/* Calls out with a 24-byte frame: sp is 8 off a 16-byte boundary at the
 * call, and the callee (cc_callout) is entered that way. */
    func    cc_t_bad_callout
    addi    sp, sp, -24
    SX      ra, 16(sp)
    call    cc_callout
    LX      ra, 16(sp)
    addi    sp, sp, 24
    ret

    func    cc_t_bad_gp
    addi    gp, gp, 8
    ret

    func    cc_t_bad_tp
    addi    tp, tp, 16
    ret

#ifdef HARD_FLOAT
/* changes the dynamic rounding mode (round to nearest -> toward zero) */
    func    cc_t_bad_frm
    frrm    t0
    xori    t0, t0, 1
    fsrm    t0
    ret
#endif

/* long f(long a, long b, long c) { return a + b + c; } done wrong: it adds
 * t3, which the harness filled with garbage, instead of a2. */
    func    cc_t_bad_reads_temp
    add     a0, a0, a1
    add     a0, a0, t3
    ret

/* void cc_t_call_with_sp_off8(void (*fn)(void)): a broken *caller*, not a
 * broken callee: runs fn (which makes a checked call) with sp 8 off a 16-byte
 * boundary, so that the harness's entry check has something to catch.  Safe
 * on RISC-V, which has no sp alignment fault; not done on AArch64 (SCTLR.SA)
 * or x86-64 (aligned SSE stores to the stack). */
    func    cc_t_call_with_sp_off8
    addi    sp, sp, -24
    SX      ra, 16(sp)
    jalr    a0
    LX      ra, 16(sp)
    addi    sp, sp, 24
    ret

/* --- correct routines --- */

/* sum of arg[i] << i over a0-a7 */
    func    cc_t_good_sum8
    .set    .Ln, 1
    .irp    r, a1, a2, a3, a4, a5, a6, a7
    slli    \r, \r, .Ln
    add     a0, a0, \r
    .set    .Ln, .Ln + 1
    .endr
    ret

/* returns (b, a) in a0, a1 */
    func    cc_t_good_pair
    mv      t0, a0
    mv      a0, a1
    mv      a1, t0
    ret

/* saves every callee-saved register, overwrites it, restores it */
#define INT_AREA (12 * W)
#ifdef HARD_FLOAT
#  define FRAME (INT_AREA + 12 * 8)     /* 144 or 192: a multiple of 16 */
#else
#  define FRAME INT_AREA                /* 48 or 96 */
#endif
    func    cc_t_good_saves_all
    addi    sp, sp, -FRAME
    .set    .Li, 0
    .irp    r, SAVED
    SX      \r, .Li * W(sp)
    li      \r, -1
    .set    .Li, .Li + 1
    .endr
#ifdef HARD_FLOAT
    .set    .Li, 0
    .irp    r, FSAVED
    FS      \r, INT_AREA + .Li * 8(sp)
    FZERO(\r)
    .set    .Li, .Li + 1
    .endr
    .set    .Li, 0
    .irp    r, FSAVED
    FL      \r, INT_AREA + .Li * 8(sp)
    .set    .Li, .Li + 1
    .endr
#endif
    .set    .Li, 0
    .irp    r, SAVED
    LX      \r, .Li * W(sp)
    .set    .Li, .Li + 1
    .endr
    addi    sp, sp, FRAME
    ret

/* a non-leaf done right: 16-byte frame, ra saved */
    func    cc_t_good_callout
    addi    sp, sp, -16
    SX      ra, 16 - W(sp)
    call    cc_callout
    LX      ra, 16 - W(sp)
    addi    sp, sp, 16
    ret

/* every caller-saved register may change, ra included, as long as the
 * routine still returns to where it was called from; so may fflags */
    func    cc_t_good_temps
    mv      t6, ra
    .irp    r, ra, t0, t1, t2, t3, t4, t5, a0, a1, a2, a3, a4, a5, a6, a7
    li      \r, -1
    .endr
#ifdef HARD_FLOAT
    .irp    r, ft0, ft1, ft2, ft3, ft4, ft5, ft6, ft7, ft8, ft9, ft10, ft11
    FZERO(\r)
    .endr
    .irp    r, fa0, fa1, fa2, fa3, fa4, fa5, fa6, fa7
    FZERO(\r)
    .endr
    csrwi   fflags, 0x1f
#endif
    jr      t6

#ifdef HARD_FLOAT
/* (fa0 + fa7, fa1 - fa6) */
    func    cc_t_good_fret
    FADD    fa0, fa0, fa7
    FSUB    fa1, fa1, fa6
    ret
#endif

/* --- tp canary (item: a routine that zeroes tp is caught though tp is 0
 * at boot) --- */
    func    cc_t_bad_tp_zero
    mv      tp, zero
    ret

/* --- narrow integers (psABI Integer Calling Convention: widened by the
 * sign of the type to 32 bits, then sign-extended to XLEN) --- */

/* long f(int x) { return x; }: on rv64 the caller has already sign-
 * extended x, so using the register as it is is right.  (On AArch64 and
 * x86-64 the same code is wrong: see their routines.S.) */
    func    cc_t_widen_int_asis
    ret

/* long f(int x) { return x; }, extending explicitly: right everywhere */
    func    cc_t_widen_int
#if __riscv_xlen == 64
    sext.w  a0, a0
#endif
    ret

/* unsigned long f(unsigned x) { return x; } done wrong: the psABI passes
 * an unsigned int sign-extended from bit 31, so the upper half is not
 * zero for x >= 2^31 and must be cleared */
    func    cc_t_zext_uint_asis
    ret

    func    cc_t_zext_uint
#if __riscv_xlen == 64
    slli    a0, a0, 32
    srli    a0, a0, 32
#endif
    ret

/* signed char f(signed char a, signed char b) { return a + b; } done
 * wrong: the sum is returned without sign-extending it from bit 7 */
    func    cc_t_bad_char_sum
    add     a0, a0, a1
    ret

    func    cc_t_good_char_sum
    add     a0, a0, a1
    slli    a0, a0, 8 * W - 8
    srai    a0, a0, 8 * W - 8
    ret

/* int f(int a, int b) { return a + b; }: `add` leaves bit 31's overflow
 * unextended on rv64, `addw` sign-extends the 32-bit sum */
    func    cc_t_bad_int_sum
    add     a0, a0, a1
    ret

    func    cc_t_good_int_sum
#if __riscv_xlen == 64
    addw    a0, a0, a1
#else
    add     a0, a0, a1
#endif
    ret

/* --- callbacks: long f(long (*cb)(long), long x) { return cb(x) + 1; } --- */
    func    cc_t_good_callback
    addi    sp, sp, -16
    SX      ra, 16 - W(sp)
    mv      t0, a0
    mv      a0, a1
    jalr    t0
    addi    a0, a0, 1
    LX      ra, 16 - W(sp)
    addi    sp, sp, 16
    ret

/* the same with a 24-byte frame: sp is 8 off when it calls cb */
    func    cc_t_bad_callback
    addi    sp, sp, -24
    SX      ra, 16(sp)
    mv      t0, a0
    mv      a0, a1
    jalr    t0
    addi    a0, a0, 1
    LX      ra, 16(sp)
    addi    sp, sp, 24
    ret

/* --- RVV (only called when the hart has V; psABI Vector Register
 * Convention: all vector registers, vtype, vl, vxrm, vxsat are caller-
 * saved and undefined on entry) --- */
    .option push
    .option arch, +v

/* long f(long a, long b) { return a + b; } in the vector unit, done wrong:
 * no vsetvli, so it computes with whatever vtype/vl it was given */
    func    cc_t_bad_rvv_novset
    vmv.s.x v1, a0
    vmv.s.x v2, a1
    vadd.vv v1, v1, v2
    vmv.x.s a0, v1
    ret

    func    cc_t_good_rvv_sum
    vsetivli zero, 1, e64, m1, ta, ma
    vmv.s.x v1, a0
    vmv.s.x v2, a1
    vadd.vv v1, v1, v2
    vmv.x.s a0, v1
    ret

/* long f(void) { return 0; } done wrong: assumes v8 starts at zero */
    func    cc_t_bad_rvv_v8_zero
    vsetivli zero, 1, e64, m1, ta, ma
    vmv.x.s a0, v8
    ret

/* clobbers all vector state: every register, vtype, vl, vxrm, vxsat */
    func    cc_t_good_rvv_temps
    vsetvli t0, zero, e8, m8, ta, ma
    vmv.v.i v0, -1
    vmv.v.i v8, -1
    vmv.v.i v16, -1
    vmv.v.i v24, -1
    csrwi   vxrm, 3
    csrwi   vxsat, 1
    vsetivli zero, 3, e32, m2, tu, mu
    ret
    .option pop
