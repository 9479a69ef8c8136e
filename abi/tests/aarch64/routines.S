/* abi/tests/aarch64/routines.S: routines for abi/tests/main.c, AAPCS64.
 * cc_t_bad_* and cc_t_clobber_* break one rule each, on purpose;
 * cc_t_good_* break none.  All are leaves unless they say otherwise.
 */
#define SAVED  x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29
#define FSAVED d8, d9, d10, d11, d12, d13, d14, d15

    .macro  func name
    .globl  \name
    .type   \name, %function
    .p2align 2
\name:
    .endm

    .text

/* One routine per callee-saved register, flipping one bit of it (FP: the
 * sign bit): even the smallest change must be named. */
    .irp    r, SAVED
    func    cc_t_clobber_\r
    eor     \r, \r, #1
    ret
    .endr

    .irp    r, FSAVED
    func    cc_t_clobber_\r
    fneg    \r, \r
    ret
    .endr

    .data
    .p2align 3
    .globl  cc_t_clobber_int, cc_t_clobber_fp
cc_t_clobber_int:
    .irp    r, SAVED
    .xword  cc_t_clobber_\r
    .endr
cc_t_clobber_fp:
    .irp    r, FSAVED
    .xword  cc_t_clobber_\r
    .endr
    .text

/* SP 8 too high / 16 too low on return: an unbalanced frame.  Neither
 * touches memory through the misaligned SP, which could fault. */
    func    cc_t_bad_sp_plus8
    add     sp, sp, #8
    ret

    func    cc_t_bad_sp_minus16
    sub     sp, sp, #16
    ret

/* Saves its frame record properly, then calls out 8 bytes off. */
    func    cc_t_bad_callout
    stp     x29, x30, [sp, #-16]!
    mov     x29, sp
    sub     sp, sp, #8
    bl      cc_callout
    add     sp, sp, #8
    ldp     x29, x30, [sp], #16
    ret

/* x18 is the platform register: not ours to use in portable code */
    func    cc_t_bad_x18
    add     x18, x18, #1
    ret

/* FPCR.RMode (bits 22-23): round to nearest becomes toward +infinity */
    func    cc_t_bad_fpcr
    mrs     x9, fpcr
    eor     x9, x9, #(1 << 22)
    msr     fpcr, x9
    ret

/* long f(long a, long b, long c) { return a + b + c; } done wrong: it adds
 * x9, which the harness filled with garbage, instead of x2. */
    func    cc_t_bad_reads_temp
    add     x0, x0, x1
    add     x0, x0, x9
    ret

/* --- correct routines --- */

/* sum of arg[i] << i over x0-x7 */
    func    cc_t_good_sum8
    add     x0, x0, x1, lsl #1
    add     x0, x0, x2, lsl #2
    add     x0, x0, x3, lsl #3
    add     x0, x0, x4, lsl #4
    add     x0, x0, x5, lsl #5
    add     x0, x0, x6, lsl #6
    add     x0, x0, x7, lsl #7
    ret

/* returns (b, a) in x0, x1 */
    func    cc_t_good_pair
    mov     x9, x0
    mov     x0, x1
    mov     x1, x9
    ret

/* saves every callee-saved register (x19-x29, d8-d15), overwrites it,
 * restores it: 11*8 + 8*8 = 152 bytes, frame of 160 */
    func    cc_t_good_saves_all
    stp     x19, x20, [sp, #-160]!
    stp     x21, x22, [sp, #16]
    stp     x23, x24, [sp, #32]
    stp     x25, x26, [sp, #48]
    stp     x27, x28, [sp, #64]
    str     x29, [sp, #80]
    stp     d8, d9, [sp, #88]
    stp     d10, d11, [sp, #104]
    stp     d12, d13, [sp, #120]
    stp     d14, d15, [sp, #136]
    .irp    r, SAVED
    mov     \r, #-1
    .endr
    .irp    r, FSAVED
    fmov    \r, xzr
    .endr
    ldp     d14, d15, [sp, #136]
    ldp     d12, d13, [sp, #120]
    ldp     d10, d11, [sp, #104]
    ldp     d8, d9, [sp, #88]
    ldr     x29, [sp, #80]
    ldp     x27, x28, [sp, #64]
    ldp     x25, x26, [sp, #48]
    ldp     x23, x24, [sp, #32]
    ldp     x21, x22, [sp, #16]
    ldp     x19, x20, [sp], #160
    ret

/* a non-leaf done right: frame record, SP 16-aligned at the call */
    func    cc_t_good_callout
    stp     x29, x30, [sp, #-16]!
    mov     x29, sp
    bl      cc_callout
    ldp     x29, x30, [sp], #16
    ret

/* every caller-saved register may change: x0-x17, x30 (as long as we still
 * return to the caller), v0-v7, v16-v31, the upper halves of v8-v15 (only
 * the low 64 bits are callee-saved), NZCV and FPSR */
    func    cc_t_good_temps
    mov     x16, x30
    .irp    r, x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x17, x30
    mov     \r, #-1
    .endr
    .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
    movi    v\n\().2d, #0xffffffffffffffff
    .endr
    .irp    n, 8, 9, 10, 11, 12, 13, 14, 15
    mov     v\n\().d[1], x0
    .endr
    cmp     x0, #0
    msr     fpsr, xzr
    ret     x16

/* (d0 + d7, d1 - d6, d2 + d2, d5): an HFA of four doubles in d0-d3 */
    func    cc_t_good_fret
    fadd    d0, d0, d7
    fsub    d1, d1, d6
    fadd    d2, d2, d2
    fmov    d3, d5
    ret

/* --- x18 canary: a routine that zeroes x18 is caught though it may be 0
 * at boot --- */
    func    cc_t_bad_x18_zero
    mov     x18, #0
    ret

/* --- narrow integers (AAPCS64 Parameter Passing Rules: an int sits in
 * the low 32 bits of the register, the upper 32 are unspecified) --- */

/* long f(int x) { return x; } done wrong: uses x0 as it came, trusting
 * the upper half (the harness puts junk there) */
    func    cc_t_widen_int_asis
    ret

    func    cc_t_widen_int
    sxtw    x0, w0
    ret

/* unsigned long f(unsigned x) { return x; } done wrong, and right */
    func    cc_t_zext_uint_asis
    ret

    func    cc_t_zext_uint
    mov     w0, w0
    ret

/* signed char f(signed char a, signed char b) { return a + b; }: a result's
 * unused bits are unspecified too, so a plain add is right here */
    func    cc_t_good_char_sum
    add     x0, x0, x1
    ret

/* int f(int a, int b) { return a + b; } with a 64-bit add: right, the upper
 * half of an int result is the caller's to ignore */
    func    cc_t_good_int_sum
    add     x0, x0, x1
    ret

/* --- callbacks: long f(long (*cb)(long), long x) { return cb(x) + 1; } --- */
    func    cc_t_good_callback
    stp     x29, x30, [sp, #-16]!
    mov     x29, sp
    mov     x9, x0
    mov     x0, x1
    blr     x9
    add     x0, x0, #1
    ldp     x29, x30, [sp], #16
    ret

/* the same, SP 8 off at the call (no memory access through it) */
    func    cc_t_bad_callback
    stp     x29, x30, [sp, #-16]!
    mov     x29, sp
    sub     sp, sp, #8
    mov     x9, x0
    mov     x0, x1
    blr     x9
    add     x0, x0, #1
    add     sp, sp, #8
    ldp     x29, x30, [sp], #16
    ret

/* --- SVE (only called when SVE is there and enabled) --- */
    .arch   armv8.2-a+sve

/* an SVE instruction that writes all of z9, d9 (its low 64 bits) included */
    func    cc_t_bad_sve_z9
    mov     z9.b, #1
    ret

/* writes everything the base PCS makes caller-saved: z0-z7 and z16-z31
 * whole, z8-z15 above bit 63 (the predicated mov keeps element 0), p0-p15,
 * FFR */
    func    cc_t_good_sve_temps
    ptrue   p0.d
    pfalse  p1.b
    pfirst  p1.b, p0, p1.b          /* p1: element 0 only */
    bic     p2.b, p0/z, p0.b, p1.b  /* p2: every element but 0 */
    .irp    n, 8, 9, 10, 11, 12, 13, 14, 15
    mov     z\n\().d, p2/m, x0
    .endr
    .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
    mov     z\n\().b, #-1
    .endr
    setffr
    .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    pfalse  p\n\().b
    .endr
    ret

/* SVE PCS: breaks the rule for z20, for the upper bits of z8, for p5 */
    func    cc_t_sve_pcs_z20
    mov     z20.b, #1
    ret

    func    cc_t_sve_pcs_z8hi
    ptrue   p0.d
    pfalse  p1.b
    pfirst  p1.b, p0, p1.b
    bic     p2.b, p0/z, p0.b, p1.b
    mov     z8.d, p2/m, x0
    ret

    func    cc_t_sve_pcs_p5
    pfalse  p5.b
    ret

/* SVE PCS done right: only z0-z7, z24-z31, p0-p3 change */
    func    cc_t_good_sve_pcs_temps
    .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 24, 25, 26, 27, 28, 29, 30, 31
    mov     z\n\().b, #-1
    .endr
    .irp    n, 0, 1, 2, 3
    pfalse  p\n\().b
    .endr
    ret

    .section .note.GNU-stack, "", %progbits
