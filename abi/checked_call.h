/* abi/checked_call.h: call a routine and check that it kept the calling
 * convention.
 *
 * The idea comes from FFmpeg/dav1d's checkasm: before the call, every
 * callee-saved register gets a random canary and every other register gets
 * garbage; after the call, every canary must still be there, sp must be back
 * where it was, and the registers nobody may touch (gp/tp on RISC-V, x18 on
 * AArch64, the direction flag on x86-64) must be unchanged.  Each broken rule
 * is reported by register and by the section of the ABI document it breaks:
 *
 *   rv64/lp64d: callee 'my_memcpy' clobbered s3 (expected 0x5a..., found 0x0)
 *     [psABI: Integer Register Convention: s0-s11 are preserved across calls]
 *
 * Usage (see abi/README.md):
 *
 *   cc_result r = CC_CHECKED_CALL(my_memcpy, dst, src, n);
 *   if (r.errors) ...;            // each violation was already printed
 *   void *ret = (void *)r.ret[0]; // what came back in a0 / x0 / rax
 *
 * Not reentrant and not thread-safe: one checked call at a time, one hart.
 */
#ifndef CHECKED_CALL_H
#define CHECKED_CALL_H

#include <stdint.h>
#include <stddef.h>

typedef uintptr_t cc_word;              /* one integer register */
typedef void (*cc_fn)(void);            /* any routine, cast to this */

#define CC_MAX_ARGS      8              /* integer/pointer arguments */
#define CC_MAX_FARGS     8              /* double arguments (hard-float) */
#define CC_MAX_VIOLATIONS 8

/* Which rule a violation broke. */
enum cc_rule {
    CC_RULE_SAVED_INT,      /* clobbered a callee-saved integer register   */
    CC_RULE_SAVED_FP,       /* clobbered a callee-saved FP register        */
    CC_RULE_SP_RETURN,      /* returned with a different sp                */
    CC_RULE_SP_ENTRY,       /* sp misaligned when the routine was entered  */
    CC_RULE_SP_CALLOUT,     /* sp misaligned when the routine called out   */
    CC_RULE_FIXED_REG,      /* changed gp or tp (RISC-V)                   */
    CC_RULE_PLATFORM_REG,   /* changed x18 (AArch64): a warning            */
    CC_RULE_DIRECTION_FLAG, /* returned with DF set (x86-64)               */
    CC_RULE_FP_CONTROL      /* changed the FP rounding/control state       */
};

struct cc_violation {
    enum cc_rule rule;
    int          warning;   /* 1: a warning (portability), not an error */
    const char  *reg;       /* "s3", "sp", "gp", "x18", "DF", "MXCSR", ... */
    uint64_t     expected;
    uint64_t     found;
    const char  *spec;      /* the ABI document and section */
};

typedef struct cc_result {
    cc_word  ret[2];        /* a0,a1 | x0,x1 | rax,rdx */
    uint64_t fret[8];       /* raw bits: fa0,fa1 | q0..q3 as (lo,hi) pairs |
                               xmm0,xmm1 as (lo,hi) pairs; see cc_ret_double */
    int      errors;        /* rules broken */
    int      warnings;      /* portability warnings (x18, RISC-V frm) */
    int      nviolations;   /* entries in v[] (errors and warnings) */
    int      callouts;      /* times the routine called cc_callout */
    struct cc_violation v[CC_MAX_VIOLATIONS];
} cc_result;

/* The general form: integer and FP arguments in a struct. */
struct cc_call {
    const char *name;               /* shown in reports */
    cc_fn       fn;
    int         nargs;              /* 0..8 integer/pointer arguments */
    cc_word     arg[CC_MAX_ARGS];
    int         nfargs;             /* 0..8 doubles, hard-float ABIs only */
    double      farg[CC_MAX_FARGS];
};
cc_result cc_call(const struct cc_call *c);

/* The short form: nargs integer/pointer arguments, each passed as cc_word. */
cc_result cc_checked_call(const char *name, cc_fn fn, int nargs, ...);

/* The shortest form: CC_CHECKED_CALL(fn, args...) casts each argument to
 * cc_word and names the call after the function. */
#define CC_CHECKED_CALL(fn, ...) \
    cc_checked_call(#fn, (cc_fn)(fn), CC_NARGS_(__VA_ARGS__) \
                    __VA_OPT__(, CC_WORDS_(__VA_ARGS__)))

/* Call this from your routine where it would call another function: it
 * records sp there, and the checked call reports a misaligned one. */
void cc_callout(void);

/* The i-th FP/SIMD return register as a double (fa0/fa1, d0-d3, xmm0/1). */
double cc_ret_double(const cc_result *r, int i);

/* Reporting. */
const char *cc_target(void);        /* "rv64/lp64d", "aarch64/aapcs64", ... */
void cc_set_quiet(int quiet);       /* 1: don't print violations */
int  cc_total_errors(void);         /* errors over all checked calls so far */
/* One violation as text, without the target prefix:
 * "callee 'f' clobbered s3 (expected 0x..., found 0x...)  [psABI: ...]" */
void cc_format(char *buf, size_t size, const char *name,
               const struct cc_violation *v);

/* Register names, in the order the harness seeds them (for tests/docs). */
extern const char *const cc_saved_int_names[];
extern const int         cc_n_saved_int;
extern const char *const cc_saved_fp_names[];
extern const int         cc_n_saved_fp;     /* 0 on soft-float ABIs */

/* --- macro machinery for CC_CHECKED_CALL (count and cast up to 8) --- */
#define CC_NARGS_(...) CC_NTH_(0 __VA_OPT__(,) __VA_ARGS__, 8,7,6,5,4,3,2,1,0)
#define CC_NTH_(z, a, b, c, d, e, f, g, h, n, ...) n
#define CC_W_(x) ((cc_word)(x))
#define CC_CAT_(a, b) a##b
#define CC_XCAT_(a, b) CC_CAT_(a, b)
#define CC_WORDS_(...) CC_XCAT_(CC_WORDS_, CC_NARGS_(__VA_ARGS__))(__VA_ARGS__)
#define CC_WORDS_1(a) CC_W_(a)
#define CC_WORDS_2(a, ...) CC_W_(a), CC_WORDS_1(__VA_ARGS__)
#define CC_WORDS_3(a, ...) CC_W_(a), CC_WORDS_2(__VA_ARGS__)
#define CC_WORDS_4(a, ...) CC_W_(a), CC_WORDS_3(__VA_ARGS__)
#define CC_WORDS_5(a, ...) CC_W_(a), CC_WORDS_4(__VA_ARGS__)
#define CC_WORDS_6(a, ...) CC_W_(a), CC_WORDS_5(__VA_ARGS__)
#define CC_WORDS_7(a, ...) CC_W_(a), CC_WORDS_6(__VA_ARGS__)
#define CC_WORDS_8(a, ...) CC_W_(a), CC_WORDS_7(__VA_ARGS__)

#endif
