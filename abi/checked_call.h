/* abi/checked_call.h: call a routine and check that it kept the calling
 * convention.
 *
 * The idea comes from FFmpeg/dav1d's checkasm: before the call, every
 * callee-saved register gets a random canary and every other register gets
 * garbage; after the call, every canary must still be there, sp must be back
 * where it was, and the registers nobody may touch (gp/tp on RISC-V, x18 on
 * AArch64, the direction flag on x86-64) must be unchanged.  tp and x18
 * get canaries of their own; narrow int arguments get junk where the ABI
 * leaves bits undefined; vector registers (RVV, SVE) get garbage.  Each broken rule
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
    CC_RULE_SAVED_VEC,      /* clobbered z8-z23/p4-p15 (SVE PCS option)    */
    CC_RULE_SP_RETURN,      /* returned with a different sp                */
    CC_RULE_SP_ENTRY,       /* sp misaligned when the routine was entered  */
    CC_RULE_SP_CALLOUT,     /* sp misaligned when the routine called out   */
    CC_RULE_SP_CALLBACK,    /* sp misaligned when it called its callback   */
    CC_RULE_FIXED_REG,      /* changed gp or tp (RISC-V)                   */
    CC_RULE_PLATFORM_REG,   /* changed x18 (AArch64): a warning by default */
    CC_RULE_DIRECTION_FLAG, /* returned with DF set (x86-64)               */
    CC_RULE_FP_CONTROL,     /* changed the FP rounding/control state       */
    CC_RULE_INT_EXTEND      /* rv64/rv32: a narrow int result not extended */
};

/* The C type of an integer argument or result narrower than a register.
 * The harness passes it the way the ABI says, with junk where the ABI
 * leaves bits undefined (AArch64: above the type; x86-64: bits 63-32), and
 * checks a result where the ABI defines the upper bits (RISC-V). */
enum cc_kind {
    CC_WORD = 0,            /* a whole register: long, pointer, size_t ... */
    CC_I8, CC_U8, CC_I16, CC_U16, CC_I32, CC_U32
};

/* Options, for cc_set_options() or one call's .options. */
#define CC_OPT_X18_ERROR  1u    /* AArch64: a changed x18 is an error      */
#define CC_OPT_SVE_PCS    2u    /* AArch64: the routine follows the SVE PCS:
                                   z8-z23 and p4-p15 are callee-saved too  */
#define CC_OPT_NO_VECTOR  4u    /* leave the vector registers alone        */

struct cc_violation {
    enum cc_rule rule;
    int          warning;   /* 1: a warning (portability), not an error */
    const char  *reg;       /* "s3", "sp", "gp", "x18", "DF", "MXCSR", ... */
    uint64_t     expected;
    uint64_t     found;
    const char  *spec;      /* the ABI document and section */
    uint64_t     seed;      /* SEED of the run ... */
    unsigned     call;      /* ... and which checked call: to repeat it */
};

typedef struct cc_result {
    cc_word  ret[2];        /* a0,a1 | x0,x1 | rax,rdx; ret[0] converted to
                               its C type when the result's kind is known */
    cc_word  ret_raw[2];    /* the registers as the routine left them */
    uint64_t fret[8];       /* raw bits: fa0,fa1 | q0..q3 as (lo,hi) pairs |
                               xmm0,xmm1 as (lo,hi) pairs; see cc_ret_double */
    int      errors;        /* rules broken */
    int      warnings;      /* portability warnings (x18, RISC-V frm) */
    int      nviolations;   /* entries in v[] (errors and warnings) */
    int      callouts;      /* times the routine called cc_callout */
    int      callbacks;     /* times it called a checked callback */
    int      hints;         /* hints printed (a function pointer passed
                               without CC_CALLBACK) */
    uint64_t seed;          /* SEED of the run */
    unsigned call;          /* number of this checked call, from 1 */
    cc_word  plat_canary;   /* what tp (RISC-V) / x18 (AArch64) held */
    struct cc_violation v[CC_MAX_VIOLATIONS];
} cc_result;

/* The general form: integer and FP arguments in a struct. */
struct cc_call {
    const char *name;               /* shown in reports */
    cc_fn       fn;
    int         nargs;              /* 0..8 integer/pointer arguments */
    cc_word     arg[CC_MAX_ARGS];
    unsigned char kind[CC_MAX_ARGS];/* enum cc_kind of each; 0: CC_WORD */
    unsigned char ret_kind;         /* enum cc_kind of the result */
    unsigned    options;            /* CC_OPT_*, added to cc_set_options' */
    int         nfargs;             /* 0..8 doubles, hard-float ABIs only */
    double      farg[CC_MAX_FARGS];
};
cc_result cc_call(const struct cc_call *c);

/* The short form: nargs integer/pointer arguments, each passed as cc_word. */
cc_result cc_checked_call(const char *name, cc_fn fn, int nargs, ...);
/* The same with each argument's kind and the result's (kinds[0..nargs-1]). */
cc_result cc_checked_call_k(const char *name, cc_fn fn, int ret_kind,
                            const unsigned char *kinds, int nargs, ...);

/* The shortest form: CC_CHECKED_CALL(fn, args...) casts each argument to
 * cc_word, takes each argument's kind from its C type and the result's
 * from fn's prototype, and names the call after the function.  An
 * argument's type stands for the parameter's: pass (long)3, not 3, to a
 * long parameter, or the harness treats it as an int. */
#define CC_CHECKED_CALL(fn, ...) \
    cc_checked_call_k(#fn, (cc_fn)(fn), CC_KIND_((fn)(__VA_ARGS__)), \
                      (const unsigned char[]){ 0 __VA_OPT__(, CC_KINDS_(__VA_ARGS__)) } + 1, \
                      CC_NARGS_(__VA_ARGS__) __VA_OPT__(, CC_WORDS_(__VA_ARGS__)))

/* Call this from your routine where it would call another function: it
 * records sp there, and the checked call reports a misaligned one. */
void cc_callout(void);

/* Checked callbacks: hand your routine CC_CALLBACK(my_c_function) where it
 * takes a function pointer.  The pointer it gets checks sp alignment when
 * the routine calls it, gives C a sound state (aligned sp, real tp/gp/x18)
 * and calls my_c_function; r.callbacks counts the calls.  Up to
 * CC_MAX_CALLBACKS different functions; NULL (and a message) past that. */
#define CC_MAX_CALLBACKS 4
cc_fn cc_callback(cc_fn user_fn);
/* An argument that points into code while no checked callback runs gets a
 * one-line hint ("pass CC_CALLBACK(fn)") and counts in r.hints. */
#define CC_CALLBACK(f) ((__typeof__(&(f)))cc_callback((cc_fn)(f)))

/* The i-th FP/SIMD return register as a double (fa0/fa1, d0-d3, xmm0/1). */
double cc_ret_double(const cc_result *r, int i);

/* Canaries and garbage come from SEED (make SEED=n; default 1) and the
 * call's number: every report prints both, so a run can be repeated. */
uint64_t cc_seed(void);
void cc_set_seed(uint64_t seed);    /* also restarts the call count */

/* Options for every following call (CC_OPT_*). */
void cc_set_options(unsigned options);

/* Vector state the harness fills: "RVV VLEN=256", "SVE VL=256", or NULL. */
const char *cc_vector(void);
int cc_vector_bits(void);           /* VLEN / SVE VL in bits, 0: none */

/* Reporting. */
const char *cc_target(void);        /* "rv64/lp64d", "aarch64/aapcs64", ... */
void cc_set_quiet(int quiet);       /* 1: don't print violations */
int  cc_total_errors(void);         /* errors over all checked calls so far */
/* One violation as text, without the target prefix:
 * "callee 'f' clobbered s3 (expected 0x..., found 0x...)  [psABI: ...]
 *  SEED=1 call 3" */
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
/* the kind of an expression (never evaluated): from its C type */
#define CC_KIND_(x) _Generic((x), \
    signed char: CC_I8, unsigned char: CC_U8, \
    char: ((char)-1 < 0 ? CC_I8 : CC_U8), \
    short: CC_I16, unsigned short: CC_U16, \
    int: CC_I32, unsigned int: CC_U32, default: CC_WORD)
#define CC_KINDS_(...) CC_XCAT_(CC_KINDS_, CC_NARGS_(__VA_ARGS__))(__VA_ARGS__)
#define CC_KINDS_1(a) CC_KIND_(a)
#define CC_KINDS_2(a, ...) CC_KIND_(a), CC_KINDS_1(__VA_ARGS__)
#define CC_KINDS_3(a, ...) CC_KIND_(a), CC_KINDS_2(__VA_ARGS__)
#define CC_KINDS_4(a, ...) CC_KIND_(a), CC_KINDS_3(__VA_ARGS__)
#define CC_KINDS_5(a, ...) CC_KIND_(a), CC_KINDS_4(__VA_ARGS__)
#define CC_KINDS_6(a, ...) CC_KIND_(a), CC_KINDS_5(__VA_ARGS__)
#define CC_KINDS_7(a, ...) CC_KIND_(a), CC_KINDS_6(__VA_ARGS__)
#define CC_KINDS_8(a, ...) CC_KIND_(a), CC_KINDS_7(__VA_ARGS__)

#endif
