/* abi/cc_frame.h: the one block of memory the C side and the assembly
 * trampolines share.
 *
 * Included by checked_call.c (which checks every offset against the C
 * struct with _Static_assert) and by each abi/<arch>/trampoline.S.  Keep it
 * free of C syntax: only #defines.
 *
 * Why a static block and not the stack: the routine under test may leave sp
 * wrong.  Everything the trampoline needs after the call (where the caller's
 * registers were saved, where the results go) is reached through one static
 * pointer, cc_active_frame, so a bad sp is measured and repaired instead of
 * being used.
 *
 * Layout, in words of CC_W bytes (the register width: 4 on rv32, 8 else):
 */
#ifndef CC_FRAME_H
#define CC_FRAME_H

#define CC_W            __SIZEOF_POINTER__

#define CC_NARG         8       /* integer argument registers we load     */
#define CC_NSAVED       12      /* callee-saved integer slots (max: rv)   */
#define CC_NJUNK        16      /* garbage for caller-saved registers     */
#define CC_NHOST        16      /* the C caller's own registers           */
#define CC_NFARG        8       /* FP argument registers                  */
#define CC_NFSAVED      12      /* callee-saved FP slots (max: rv)        */
#define CC_NFJUNK       8       /* FP garbage, 64-bit each                */

#define CC_F_FN         (0 * CC_W)      /* address of the routine           */
#define CC_F_ARG        (1 * CC_W)      /* [8]  integer arguments           */
#define CC_F_SEED       (9 * CC_W)      /* [12] canaries for callee-saved   */
#define CC_F_SAVED      (21 * CC_W)     /* [12] the same registers after    */
#define CC_F_JUNK       (33 * CC_W)     /* [16] garbage for caller-saved    */
#define CC_F_SP_CALL    (49 * CC_W)     /* sp at the call instruction       */
#define CC_F_SP_RET     (50 * CC_W)     /* sp after the routine returned    */
#define CC_F_FIX_IN     (51 * CC_W)     /* [4]  fixed/control state before  */
#define CC_F_FIX_OUT    (55 * CC_W)     /* [4]  ... and after               */
#define CC_F_RET        (59 * CC_W)     /* [2]  integer return registers    */
#define CC_F_CALLOUT_SP (61 * CC_W)     /* sp at the last cc_callout entry  */
#define CC_F_CALLOUT_N  (62 * CC_W)     /* how many times cc_callout ran    */
#define CC_F_HOST       (63 * CC_W)     /* [16] caller's ra, sp, saved regs */
/* checked callbacks (abi/<arch>/trampoline.S, cc_cb_*): */
#define CC_F_CB_N       (79 * CC_W)     /* how many times a callback ran    */
#define CC_F_CB_SP      (80 * CC_W)     /* sp at the first misaligned one   */
#define CC_F_CB_RA      (81 * CC_W)     /* the routine's return address     */
#define CC_F_CB_SPSAVE  (82 * CC_W)     /* the routine's sp at the callback */
#define CC_F_CB_PLAT    (83 * CC_W)     /* the routine's tp / x18 there     */
#define CC_F_CB_GP      (84 * CC_W)     /* the routine's gp there (RISC-V)  */
#define CC_F_CB_DEPTH   (85 * CC_W)     /* 1 while a callback runs          */
#define CC_F_VEC        (86 * CC_W)     /* struct cc_vec *, 0: no vectors   */
/* word 87 is padding so that the 64-bit area starts 16-byte aligned */
#define CC_F_FPBASE     (88 * CC_W)

/* From here on every slot is 8 bytes, whatever the register width. */
#define CC_F_FARG       (CC_F_FPBASE + 0)       /* [8]  FP arguments        */
#define CC_F_FSEED      (CC_F_FPBASE + 64)      /* [12] FP canaries         */
#define CC_F_FSAVED     (CC_F_FPBASE + 160)     /* [12] FP regs after       */
#define CC_F_FJUNK      (CC_F_FPBASE + 256)     /* [8]  FP garbage          */
#define CC_F_FHOST      (CC_F_FPBASE + 320)     /* [12] caller's FP regs    */
#define CC_F_FRET       (CC_F_FPBASE + 416)     /* [8]  FP/SIMD results     */
#define CC_F_SIZE       (CC_F_FPBASE + 480)

/* What FIX_IN/FIX_OUT hold, per architecture:
 *   RISC-V:  [0] gp   [1] tp    [2] frm (hard-float ABIs)
 *            FIX_IN[3]: the canary tp holds during the call
 *   AArch64: [0] x18  [1] FPCR
 *            FIX_IN[3]: the canary x18 holds during the call
 *   x86-64:  [0] RFLAGS [1] MXCSR [2] x87 control word  ([3] of FIX_OUT is
 *            scratch for the trampoline)
 */

/* The vector area (struct cc_vec in checked_call.c), reached through
 * CC_F_VEC; every header slot is 8 bytes.  DATA holds what the vector
 * registers are loaded with (RVV: garbage for v0-v31; SVE: z0-z31, then
 * p0-p15, at the hardware's vector length VL: z_i at DATA + i*VL, p_i at
 * DATA + 32*VL + i*VL/8).  AFTER receives z8-z23, then p4-p15, after the
 * call (SVE PCS check).  Sized for VL up to 2048 bits, the architectural
 * maximum of SVE; RVV uses it for VLEN up to 2048 bits. */
#define CC_V_FLAGS      0       /* CC_VF_* below                          */
#define CC_V_VTYPE      8       /* RVV: the vtype left for the routine    */
#define CC_V_AVL        16      /* RVV: the AVL for that vtype            */
#define CC_V_VXRM       24      /* RVV: the fixed-point rounding mode     */
#define CC_V_DATA       64
#define CC_V_MAXVL      256     /* bytes */
#define CC_V_AFTER      (CC_V_DATA + 32 * CC_V_MAXVL + 16 * CC_V_MAXVL / 8)
#define CC_V_SIZE       (CC_V_AFTER + 16 * CC_V_MAXVL + 12 * CC_V_MAXVL / 8)

#define CC_VF_FILL      1       /* load the vector registers before       */
#define CC_VF_SVE_PCS   2       /* store z8-z23, p4-p15 after (SVE PCS)   */

#endif
