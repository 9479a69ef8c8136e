/* abi/riscv/trampoline.S: the checked call for RISC-V, rv32 and rv64, soft-
 * and hard-float.  C side: abi/checked_call.c; shared layout: cc_frame.h.
 *
 *   void cc_trampoline(struct cc_frame *f);
 *
 * 1. save the C caller's ra, sp, gp, tp, s0-s11 (fs0-fs11) in the frame;
 * 2. load canaries into s0-s11 (fs0-fs11) and tp, garbage into t0, t2-t6
 *    (ft0-ft11) and, when the hart has the V extension, into v0-v31, vtype,
 *    vl and vxrm; the arguments (or garbage) into a0-a7 (fa0-fa7);
 * 3. call the routine with the caller's own sp, noting that sp;
 * 4. on return, through a static pointer and never through sp, store sp,
 *    a0/a1 (fa0/fa1), s0-s11 (fs0-fs11), gp, tp (frm) into the frame;
 * 5. restore everything the C caller owns, from the frame, and return.
 *
 * A routine that moved sp, gp or tp is reported, not trusted: step 4 does not
 * use sp, and step 5 loads the caller's sp back from the frame.  Nothing here
 * survives a routine that loses ra: it never comes back to step 4.
 *
 * tp holds a canary during the call, not the real thread pointer: a routine
 * that zeroes or moves tp must be caught even though tp is 0 at boot.  The
 * real tp (and gp) are back in place whenever the routine calls C code
 * through a checked callback (cc_cb_*, below): C code, and a C library with
 * thread-local storage, find tp where they expect it.
 */
#include "../cc_frame.h"

#if __riscv_xlen == 64
#  define SX sd
#  define LX ld
#else
#  define SX sw
#  define LX lw
#endif

/* Hard-float ABI: fs0-fs11 are callee-saved, fa0-fa7 carry arguments. */
#if defined(__riscv_float_abi_double)
#  define HARD_FLOAT 1
#  define FS fsd
#  define FL fld
#elif defined(__riscv_float_abi_single)
#  define HARD_FLOAT 1
#  define FS fsw
#  define FL flw
#endif

/* `la` may be relaxed by the linker into gp-relative addressing; gp is one
 * of the registers under test, so this file never lets that happen. */
    .option norelax

/* op each register of the list at base + off + i*size (i = 0, 1, ...) */
    .macro  each op, size, off, base, regs:vararg
    .set    .Li, 0
    .irp    r, \regs
    \op     \r, (\off) + .Li * (\size)(\base)
    .set    .Li, .Li + 1
    .endr
    .endm

#define SAVED_REGS  s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11
#define FSAVED_REGS fs0, fs1, fs2, fs3, fs4, fs5, fs6, fs7, fs8, fs9, fs10, fs11

    .text
    .globl  cc_trampoline
    .type   cc_trampoline, @function
    .p2align 2
cc_trampoline:
    /* 1. the C caller's registers */
    each    SX, CC_W, CC_F_HOST, a0, ra, sp, gp, tp, SAVED_REGS
#ifdef HARD_FLOAT
    each    FS, 8, CC_F_FHOST, a0, FSAVED_REGS
    frrm    t0
    SX      t0, CC_F_FIX_IN + 2 * CC_W(a0)
#endif
    lla     t0, cc_active_frame
    SX      a0, 0(t0)
    SX      gp, CC_F_FIX_IN + 0 * CC_W(a0)
    SX      tp, CC_F_FIX_IN + 1 * CC_W(a0)

    /* 2. canaries, garbage, arguments */
    LX      t0, CC_F_VEC(a0)
    beqz    t0, 1f
    call    vector_garbage          /* RVV; uses t0-t2 only */
1:  LX      tp, CC_F_FIX_IN + 3 * CC_W(a0)
    each    LX, CC_W, CC_F_SEED, a0, SAVED_REGS
#ifdef HARD_FLOAT
    each    FL, 8, CC_F_FSEED, a0, FSAVED_REGS
    each    FL, 8, CC_F_FARG, a0, fa0, fa1, fa2, fa3, fa4, fa5, fa6, fa7
    each    FL, 8, CC_F_FJUNK, a0, ft0, ft1, ft2, ft3, ft4, ft5, ft6, ft7
    each    FL, 8, CC_F_FJUNK, a0, ft8, ft9, ft10, ft11
#endif
    SX      sp, CC_F_SP_CALL(a0)
    LX      t1, CC_F_FN(a0)
    each    LX, CC_W, CC_F_JUNK, a0, t0, t2, t3, t4, t5, t6
    each    LX, CC_W, (CC_F_ARG + CC_W), a0, a1, a2, a3, a4, a5, a6, a7
    LX      a0, CC_F_ARG(a0)

    /* 3. the call */
    jalr    t1

    /* 4. what the routine left behind.  Only t0/t1 are ours now. */
    lla     t1, cc_active_frame
    LX      t0, 0(t1)
    SX      zero, 0(t1)             /* no checked call in progress */
    SX      sp, CC_F_SP_RET(t0)
    SX      a0, CC_F_RET + 0 * CC_W(t0)
    SX      a1, CC_F_RET + 1 * CC_W(t0)
    each    SX, CC_W, CC_F_SAVED, t0, SAVED_REGS
    SX      gp, CC_F_FIX_OUT + 0 * CC_W(t0)
    SX      tp, CC_F_FIX_OUT + 1 * CC_W(t0)
#ifdef HARD_FLOAT
    FS      fa0, CC_F_FRET + 0(t0)
    FS      fa1, CC_F_FRET + 8(t0)
    each    FS, 8, CC_F_FSAVED, t0, FSAVED_REGS
    frrm    t1
    SX      t1, CC_F_FIX_OUT + 2 * CC_W(t0)

    /* 5. the C caller's state back: rounding mode, FP registers ... */
    LX      t1, CC_F_FIX_IN + 2 * CC_W(t0)
    fsrm    t1
    each    FL, 8, CC_F_FHOST, t0, FSAVED_REGS
#endif
    /* ... and ra, sp, gp, tp, s0-s11 */
    each    LX, CC_W, CC_F_HOST, t0, ra, sp, gp, tp, SAVED_REGS
    ret
    .size   cc_trampoline, . - cc_trampoline

/*
 * void cc_callout(void);
 *
 * A routine under test calls this where it would call another function.
 * It is a well-behaved leaf (it touches only t0, t1): it counts the call and
 * keeps sp, or the first misaligned sp it ever sees during this checked call.
 */
    .globl  cc_callout
    .type   cc_callout, @function
    .p2align 2
cc_callout:
    lla     t0, cc_active_frame
    LX      t0, 0(t0)
    beqz    t0, 2f                  /* called outside a checked call */
    LX      t1, CC_F_CALLOUT_N(t0)
    addi    t1, t1, 1
    SX      t1, CC_F_CALLOUT_N(t0)
    LX      t1, CC_F_CALLOUT_SP(t0)
    andi    t1, t1, 15
    bnez    t1, 2f                  /* keep the first misaligned one */
    SX      sp, CC_F_CALLOUT_SP(t0)
2:  ret
    .size   cc_callout, . - cc_callout

/*
 * Checked callbacks.  cc_callback() (checked_call.c) hands the routine under
 * test the address of one of these stubs instead of the user's C function;
 * stub i runs cc_cb_target[i].  The stub is what a correct caller would
 * meet: it notes sp (psABI Integer Calling Convention: sp is 16-byte aligned
 * at every call) and, before any C runs, puts back what C relies on:
 * a 16-byte aligned sp (so that a misaligned caller is reported, not
 * crashed), the real gp and tp.  On return it gives the routine its own
 * ra, sp, gp and tp back.  a0-a7/fa0-fa7 pass through untouched, a0/a1
 * (fa0/fa1) come back from the C function: only temporaries are used.
 * One callback at a time: one that runs while another is running (a
 * callback that calls the routine again) goes straight to its target.
 */
    .macro  cb_stub i
    .globl  cc_cb_stub\i
    .type   cc_cb_stub\i, @function
    .p2align 2
cc_cb_stub\i:
    li      t0, \i * CC_W
    j       cb_common
    .size   cc_cb_stub\i, . - cc_cb_stub\i
    .endm
    cb_stub 0
    cb_stub 1
    cb_stub 2
    cb_stub 3

    .p2align 2
cb_common:
    lla     t1, cc_cb_target
    add     t1, t1, t0
    LX      t2, 0(t1)               /* t2 = the user's C function */
    lla     t0, cc_active_frame
    LX      t0, 0(t0)
    beqz    t0, 3f                  /* outside a checked call */
    LX      t1, CC_F_CB_DEPTH(t0)
    bnez    t1, 3f                  /* nested: no bookkeeping */
    li      t1, 1
    SX      t1, CC_F_CB_DEPTH(t0)
    LX      t1, CC_F_CB_N(t0)
    addi    t1, t1, 1
    SX      t1, CC_F_CB_N(t0)
    LX      t1, CC_F_CB_SP(t0)
    andi    t1, t1, 15
    bnez    t1, 1f                  /* keep the first misaligned one */
    SX      sp, CC_F_CB_SP(t0)
1:  SX      ra, CC_F_CB_RA(t0)
    SX      sp, CC_F_CB_SPSAVE(t0)
    SX      tp, CC_F_CB_PLAT(t0)
    SX      gp, CC_F_CB_GP(t0)
    andi    sp, sp, -16
    LX      gp, CC_F_HOST + 2 * CC_W(t0)    /* the C caller's gp, tp */
    LX      tp, CC_F_HOST + 3 * CC_W(t0)
    jalr    t2
    lla     t0, cc_active_frame
    LX      t0, 0(t0)
    SX      zero, CC_F_CB_DEPTH(t0)
    LX      ra, CC_F_CB_RA(t0)
    LX      sp, CC_F_CB_SPSAVE(t0)
    LX      tp, CC_F_CB_PLAT(t0)
    LX      gp, CC_F_CB_GP(t0)
    ret
3:  jr      t2

/*
 * RVV: every vector register, vtype, vl and vxrm are caller-saved (psABI
 * Vector Register Convention), so the routine gets garbage in all of them.
 * t0 = struct cc_vec (cc_frame.h CC_V_*).  v0-v31 are loaded as four
 * LMUL=8 groups from DATA (checked_call.c sized it for this VLEN); then
 * vtype/vl are set to the values checked_call.c drew (always valid: a
 * routine that forgets vsetvli computes with the wrong element width
 * instead of trapping), and vxrm.  Uses t0-t2 only.
 */
    .option push
    .option arch, +v
    .p2align 2
vector_garbage:
    LX      t1, CC_V_FLAGS(t0)
    andi    t1, t1, CC_VF_FILL
    beqz    t1, 1f
    addi    t1, t0, CC_V_DATA
    vsetvli t2, zero, e8, m8, ta, ma        /* t2 = VLMAX = 8 * VLEN/8 */
    vle8.v  v0, (t1)
    add     t1, t1, t2
    vle8.v  v8, (t1)
    add     t1, t1, t2
    vle8.v  v16, (t1)
    add     t1, t1, t2
    vle8.v  v24, (t1)
    LX      t1, CC_V_VXRM(t0)
    csrw    vxrm, t1
    LX      t1, CC_V_AVL(t0)
    LX      t2, CC_V_VTYPE(t0)
    vsetvl  zero, t1, t2
1:  ret
    .option pop

    .bss
    .p2align 3
cc_active_frame:                        /* struct cc_frame * during a call */
    .space  CC_W
