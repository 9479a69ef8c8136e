/* abi/aarch64/trampoline.S: the checked call for AArch64 (AAPCS64).
 * C side: abi/checked_call.c; shared layout: cc_frame.h.
 *
 *   void cc_trampoline(struct cc_frame *f);
 *
 * 1. save the C caller's x30 (lr), sp, x18, x19-x29, d8-d15 and FPCR;
 * 2. load canaries into x19-x29, x18 and d8-d15, garbage into x8-x16 and
 *    v16-v31, the arguments (or garbage) into x0-x7 and d0-d7; with SVE,
 *    all of z0-z31 and p0-p15 instead, their low 64 bits as above;
 * 3. call the routine (blr x17) with the caller's own sp, noting that sp;
 * 4. on return, through a static pointer and never through sp, store sp,
 *    x0/x1, q0-q3, x19-x29, d8-d15, x18 and FPCR into the frame (and, for
 *    the SVE PCS check, z8-z23 and p4-p15);
 * 5. restore everything the C caller owns, from the frame, and return.
 *
 * Nothing here uses sp as a base register while it may be misaligned (that
 * would fault when SCTLR_ELx.SA is set): sp is only copied with `mov`.
 *
 * x18 holds a canary during the call (AAPCS64 6.1.1: the platform register;
 * checked_call.c reports a change as a warning, or an error on request);
 * the real x18 is back whenever the routine calls C through a checked
 * callback (cc_cb_*, below).
 *
 * The SVE instructions only run when checked_call.c found SVE (ID_AA64PFR0
 * and CPACR_EL1.ZEN, which crt0 sets) and asked for them (CC_VF_* flags).
 */
#include "../cc_frame.h"

    .arch   armv8.2-a+sve

/* op each register of the list at base + off + i*size (i = 0, 1, ...) */
    .macro  each op, size, off, base, regs:vararg
    .set    .Li, 0
    .irp    r, \regs
    \op     \r, [\base, #(\off) + .Li * (\size)]
    .set    .Li, .Li + 1
    .endr
    .endm

#define SAVED_REGS  x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29
#define FSAVED_REGS d8, d9, d10, d11, d12, d13, d14, d15

    .text
    .globl  cc_trampoline
    .type   cc_trampoline, %function
    .p2align 2
cc_trampoline:
    /* 1. the C caller's registers: x30, sp, x18, x19-x29, FPCR */
    str     x30, [x0, #CC_F_HOST + 0 * 8]
    mov     x9, sp
    str     x9, [x0, #CC_F_HOST + 1 * 8]
    str     x18, [x0, #CC_F_HOST + 2 * 8]
    each    str, 8, (CC_F_HOST + 3 * 8), x0, SAVED_REGS
    mrs     x9, fpcr
    str     x9, [x0, #CC_F_HOST + 14 * 8]
    str     x9, [x0, #CC_F_FIX_IN + 1 * 8]
    str     x18, [x0, #CC_F_FIX_IN + 0 * 8]
    each    str, 8, CC_F_FHOST, x0, FSAVED_REGS
    adrp    x9, cc_active_frame
    str     x0, [x9, #:lo12:cc_active_frame]

    /* 2. canaries, garbage, arguments */
    each    ldr, 8, CC_F_SEED, x0, SAVED_REGS
    ldr     x18, [x0, #CC_F_FIX_IN + 3 * 8]
    ldr     x9, [x0, #CC_F_VEC]
    cbz     x9, 1f
    ldr     x10, [x9, #CC_V_FLAGS]
    tbz     x10, #0, 1f             /* CC_VF_FILL */
    /* SVE: z0-z31, p0-p15 from DATA; checked_call.c put the FP
     * arguments, canaries and garbage in their low 64 bits */
    add     x10, x9, #CC_V_DATA
    .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    ldr     z\n, [x10, #\n, mul vl]
    .endr
    .irp    n, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
    ldr     z\n, [x10, #\n, mul vl]
    .endr
    rdvl    x11, #16
    add     x11, x10, x11, lsl #1  /* p0 at DATA + 32 * VL */
    .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    ldr     p\n, [x11, #\n, mul vl]
    .endr
    b       2f
1:  each    ldr, 8, CC_F_FSEED, x0, FSAVED_REGS
    each    ldr, 8, CC_F_FARG, x0, d0, d1, d2, d3, d4, d5, d6, d7
    each    ldr, 16, CC_F_FJUNK, x0, q16, q17, q18, q19
    each    ldr, 16, CC_F_FJUNK, x0, q20, q21, q22, q23
    each    ldr, 16, CC_F_FJUNK, x0, q24, q25, q26, q27
    each    ldr, 16, CC_F_FJUNK, x0, q28, q29, q30, q31
2:
    mov     x9, sp
    str     x9, [x0, #CC_F_SP_CALL]
    ldr     x17, [x0, #CC_F_FN]
    each    ldr, 8, CC_F_JUNK, x0, x8, x9, x10, x11, x12, x13, x14, x15, x16
    each    ldr, 8, (CC_F_ARG + 8), x0, x1, x2, x3, x4, x5, x6, x7
    ldr     x0, [x0, #CC_F_ARG]

    /* 3. the call */
    blr     x17

    /* 4. what the routine left behind.  Only x9-x11 are ours now. */
    adrp    x10, cc_active_frame
    ldr     x9, [x10, #:lo12:cc_active_frame]
    str     xzr, [x10, #:lo12:cc_active_frame]
    mov     x10, sp
    str     x10, [x9, #CC_F_SP_RET]
    str     x0, [x9, #CC_F_RET + 0 * 8]
    str     x1, [x9, #CC_F_RET + 1 * 8]
    each    str, 16, CC_F_FRET, x9, q0, q1, q2, q3
    each    str, 8, CC_F_SAVED, x9, SAVED_REGS
    each    str, 8, CC_F_FSAVED, x9, FSAVED_REGS
    str     x18, [x9, #CC_F_FIX_OUT + 0 * 8]
    mrs     x10, fpcr
    str     x10, [x9, #CC_F_FIX_OUT + 1 * 8]
    ldr     x10, [x9, #CC_F_VEC]
    cbz     x10, 1f
    ldr     x11, [x10, #CC_V_FLAGS]
    tbz     x11, #1, 1f             /* CC_VF_SVE_PCS */
    mov     x11, #CC_V_AFTER
    add     x10, x10, x11
    .irp    n, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23
    str     z\n, [x10, #(\n - 8), mul vl]
    .endr
    rdvl    x11, #16
    add     x11, x10, x11
    .irp    n, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    str     p\n, [x11, #(\n - 4), mul vl]
    .endr
1:

    /* 5. the C caller's state back */
    ldr     x10, [x9, #CC_F_HOST + 14 * 8]
    msr     fpcr, x10
    ldr     x10, [x9, #CC_F_HOST + 1 * 8]
    mov     sp, x10
    ldr     x30, [x9, #CC_F_HOST + 0 * 8]
    ldr     x18, [x9, #CC_F_HOST + 2 * 8]
    each    ldr, 8, (CC_F_HOST + 3 * 8), x9, SAVED_REGS
    each    ldr, 8, CC_F_FHOST, x9, FSAVED_REGS
    ret
    .size   cc_trampoline, . - cc_trampoline

/*
 * void cc_callout(void);
 *
 * A routine under test calls this where it would call another function.
 * A well-behaved leaf that touches only x16/x17 (IP0/IP1): it counts the
 * call and keeps sp, or the first misaligned sp seen during this call.
 */
    .globl  cc_callout
    .type   cc_callout, %function
    .p2align 2
cc_callout:
    adrp    x16, cc_active_frame
    ldr     x16, [x16, #:lo12:cc_active_frame]
    cbz     x16, 2f                 /* called outside a checked call */
    ldr     x17, [x16, #CC_F_CALLOUT_N]
    add     x17, x17, #1
    str     x17, [x16, #CC_F_CALLOUT_N]
    ldr     x17, [x16, #CC_F_CALLOUT_SP]
    tst     x17, #15
    b.ne    2f                      /* keep the first misaligned one */
    mov     x17, sp
    str     x17, [x16, #CC_F_CALLOUT_SP]
2:  ret
    .size   cc_callout, . - cc_callout

/*
 * Checked callbacks.  cc_callback() (checked_call.c) hands the routine under
 * test the address of one of these stubs instead of the user's C function;
 * stub i runs cc_cb_target[i].  The stub notes SP (AAPCS64 6.4.5.2: SP mod
 * 16 = 0 at a public interface) and, before any C runs, puts back what C
 * relies on: a 16-byte aligned SP (a misaligned caller is reported, not
 * crashed on SCTLR_EL1.SA) and the real x18.  On return the routine gets
 * its own x30, SP and x18 back.  x0-x8 and v0-v7 pass through; only
 * x9, x16, x17 are used (temporaries and IP0/IP1, AAPCS64 6.1.1).  One
 * callback at a time: a nested one goes straight to its target.
 */
    .macro  cb_stub i
    .globl  cc_cb_stub\i
    .type   cc_cb_stub\i, %function
    .p2align 2
cc_cb_stub\i:
    mov     x16, #\i
    b       cb_common
    .size   cc_cb_stub\i, . - cc_cb_stub\i
    .endm
    cb_stub 0
    cb_stub 1
    cb_stub 2
    cb_stub 3

    .p2align 2
cb_common:
    adrp    x17, cc_cb_target
    add     x17, x17, #:lo12:cc_cb_target
    ldr     x16, [x17, x16, lsl #3]         /* the user's C function */
    adrp    x17, cc_active_frame
    ldr     x17, [x17, #:lo12:cc_active_frame]
    cbz     x17, 3f                         /* outside a checked call */
    ldr     x9, [x17, #CC_F_CB_DEPTH]
    cbnz    x9, 3f                          /* nested: no bookkeeping */
    mov     x9, #1
    str     x9, [x17, #CC_F_CB_DEPTH]
    ldr     x9, [x17, #CC_F_CB_N]
    add     x9, x9, #1
    str     x9, [x17, #CC_F_CB_N]
    ldr     x9, [x17, #CC_F_CB_SP]
    tst     x9, #15
    b.ne    1f                              /* keep the first misaligned */
    mov     x9, sp
    str     x9, [x17, #CC_F_CB_SP]
1:  str     x30, [x17, #CC_F_CB_RA]
    mov     x9, sp
    str     x9, [x17, #CC_F_CB_SPSAVE]
    str     x18, [x17, #CC_F_CB_PLAT]
    and     x9, x9, #~15
    mov     sp, x9
    ldr     x18, [x17, #CC_F_HOST + 2 * 8]  /* the C caller's x18 */
    blr     x16
    adrp    x17, cc_active_frame
    ldr     x17, [x17, #:lo12:cc_active_frame]
    str     xzr, [x17, #CC_F_CB_DEPTH]
    ldr     x30, [x17, #CC_F_CB_RA]
    ldr     x9, [x17, #CC_F_CB_SPSAVE]
    mov     sp, x9
    ldr     x18, [x17, #CC_F_CB_PLAT]
    ret
3:  br      x16

/* The SVE vector length in bytes, for checked_call.c (only called when
 * SVE is there and enabled). */
    .globl  cc_sve_vl_bytes
    .type   cc_sve_vl_bytes, %function
    .p2align 2
cc_sve_vl_bytes:
    rdvl    x0, #1
    ret
    .size   cc_sve_vl_bytes, . - cc_sve_vl_bytes

    .bss
    .p2align 3
cc_active_frame:                        /* struct cc_frame * during a call */
    .space  8

    .section .note.GNU-stack, "", %progbits
