/* kit-test: abi checked-call harness catches every broken routine
 * scope: arch
 * exercises: vector
 * expect-exit: 0
 * expect: SEED=
 * expect: abi: 
 * checks: yes
 */
/* abi/tests/main.c: the checked-call harness tested against routines that
 * break one rule each (and routines that break none).
 *
 * The routines are assembly, one file per architecture:
 * abi/tests/<arch>/routines.S.  Every broken routine must be reported with
 * the rule and register it breaks, and nothing else; every correct routine
 * must pass without a word and return what it should.  One line per case:
 *
 *   PASS abi rv64/lp64d: clobbers s3: callee 'clobber_s3' clobbered s3 ...
 *   FAIL abi rv64/lp64d: clobbers s3: not caught
 *
 * then "abi: N cases, N caught, N false positives", and exit status 0 only
 * if every case came out as expected.  Same source on the host (x86-64) and
 * under QEMU (rv64, rv32, aarch64).
 */
#include "checked_call.h"

#include <stdio.h>
#include <string.h>

#if defined(__riscv)
#  define TEMP_REG "t3"
#  define ARG2_REG "a2"
#  if defined(__riscv_float_abi_double) || defined(__riscv_float_abi_single)
#    define HAVE_FP_SAVED 1
#    define HAVE_FP_ARGS 1
#  endif
#elif defined(__aarch64__)
#  define TEMP_REG "x9"
#  define ARG2_REG "x2"
#  define HAVE_FP_SAVED 1
#  define HAVE_FP_ARGS 1
#elif defined(__x86_64__)
#  define TEMP_REG "r10"
#  define ARG2_REG "rdx"
#  define HAVE_FP_ARGS 1
#endif

/* --- the routines (abi/tests/<arch>/routines.S) --- */
typedef void routine(void);
extern routine *const cc_t_clobber_int[];       /* one per cc_saved_int_names */
#ifdef HAVE_FP_SAVED
extern routine *const cc_t_clobber_fp[];        /* one per cc_saved_fp_names */
#endif
routine cc_t_good_sum8, cc_t_good_pair, cc_t_good_saves_all,
        cc_t_good_callout, cc_t_good_temps,
        cc_t_bad_sp_plus8, cc_t_bad_sp_minus16, cc_t_bad_callout,
        cc_t_bad_reads_temp;
#ifdef HAVE_FP_ARGS
routine cc_t_good_fret;
#endif
/* narrow integers, callbacks (every architecture) */
routine cc_t_widen_int_asis, cc_t_widen_int, cc_t_zext_uint_asis,
        cc_t_zext_uint, cc_t_good_char_sum, cc_t_good_int_sum,
        cc_t_good_callback, cc_t_bad_callback;
#if defined(__riscv)
routine cc_t_bad_gp, cc_t_bad_tp, cc_t_bad_tp_zero, cc_t_bad_char_sum,
        cc_t_bad_int_sum;
routine cc_t_bad_rvv_novset, cc_t_good_rvv_sum, cc_t_bad_rvv_v8_zero,
        cc_t_good_rvv_temps;
void cc_t_call_with_sp_off8(void (*fn)(void));
#  define HAVE_MISALIGNED_CALLER 1
#  ifdef HAVE_FP_SAVED
routine cc_t_bad_frm;
#  endif
#elif defined(__aarch64__)
routine cc_t_bad_x18, cc_t_bad_fpcr, cc_t_bad_x18_zero;
routine cc_t_bad_sve_z9, cc_t_good_sve_temps, cc_t_sve_pcs_z20,
        cc_t_sve_pcs_z8hi, cc_t_sve_pcs_p5, cc_t_good_sve_pcs_temps;
#elif defined(__x86_64__)
routine cc_t_bad_df, cc_t_bad_mxcsr, cc_t_bad_x87cw;
#endif

/* --- what each case expects --- */
enum expect {
    GOOD,           /* no violation; result (if checked) right */
    ERROR,          /* exactly one error: this rule, this register */
    WARNING,        /* exactly one warning: this rule, this register */
    WRONG_RESULT    /* no violation the harness can name, but the garbage
                       the harness left in a register shows in the result */
};

struct tcase {
    const char  *what;          /* the case, in the report line */
    const char  *name;          /* the routine, as the harness names it */
    routine     *fn;
    enum expect  expect;
    enum cc_rule rule;          /* ERROR, WARNING */
    const char  *reg;           /* ERROR, WARNING: register named */
    /* optional check of what came back; writes a reason on failure */
    int        (*result_ok)(const cc_result *r, char *why, size_t n);
    int          nargs;
    cc_word      arg[CC_MAX_ARGS];
    unsigned char kind[CC_MAX_ARGS];    /* enum cc_kind of each argument */
    unsigned char ret_kind;
    unsigned     options;               /* CC_OPT_* for this call */
    int          nfargs;
    double       farg[CC_MAX_FARGS];
    int          misaligned_caller;     /* make the checked call with sp 8 off */
    cc_result  (*run)(void);            /* make the call this way instead */
    const char  *garbage;               /* WRONG_RESULT: what showed; default
                                           TEMP_REG's harness garbage */
};

static void say(char *why, size_t n, const char *a, cc_word got, cc_word want)
{
    snprintf(why, n, "%s 0x%lx, expected 0x%lx", a, (unsigned long)got,
             (unsigned long)want);
}

static int sum8_ok(const cc_result *r, char *why, size_t n)
{
    /* sum of arg[i] << i, args 1..8: catches a swapped or lost argument */
    say(why, n, "returned", r->ret[0], 0x701);
    return r->ret[0] == 0x701;
}

static int pair_ok(const cc_result *r, char *why, size_t n)
{
    if (r->ret[0] != 0x5678) {
        say(why, n, "first return register", r->ret[0], 0x5678);
        return 0;
    }
    say(why, n, "second return register", r->ret[1], 0x1234);
    return r->ret[1] == 0x1234;
}

static int ident_ok(const cc_result *r, char *why, size_t n)
{
    say(why, n, "returned", r->ret[0], 0xabc);
    return r->ret[0] == 0xabc;
}

static int callout_ran(const cc_result *r, char *why, size_t n)
{
    snprintf(why, n, "cc_callout ran %d times, expected 1", r->callouts);
    return r->callouts == 1;
}

static int sum3_ok(const cc_result *r, char *why, size_t n)
{
    say(why, n, "returned", r->ret[0], 6);
    return r->ret[0] == 6;
}

/* what a case expects back in ret[0], as its C type */
static cc_word want_ret;

static int ret_ok(const cc_result *r, char *why, size_t n)
{
    say(why, n, "returned", r->ret[0], want_ret);
    return r->ret[0] == want_ret;
}

#if __SIZEOF_POINTER__ == 8
static int ret_minus5(const cc_result *r, char *why, size_t n)
{
    say(why, n, "returned", r->ret[0], (cc_word)-5);
    return r->ret[0] == (cc_word)-5;
}

static int ret_u31(const cc_result *r, char *why, size_t n)
{
    say(why, n, "returned", r->ret[0], (cc_word)0x80000001u);
    return r->ret[0] == (cc_word)0x80000001u;
}
#endif

#if defined(__riscv)
static int ret_zero(const cc_result *r, char *why, size_t n)
{
    say(why, n, "returned", r->ret[0], 0);
    return r->ret[0] == 0;
}
#endif

/* --- checked callbacks: the C function the routines call back --- */
static cc_word real_plat;               /* tp as main() found it */
static cc_word cb_plat;                 /* tp / x18 as the callback found it */

static cc_word platform_reg(void)
{
    cc_word v = 0;
#if defined(__riscv)
    __asm__ volatile ("mv %0, tp" : "=r"(v));
#elif defined(__aarch64__)
    __asm__ volatile ("mov %0, x18" : "=r"(v));
#endif
    return v;
}

static long cb_double(long x)
{
    cb_plat = platform_reg();
    return 2 * x;
}

/* cb_double(20) + 1, one callback that ran without the canary in tp/x18:
 * on RISC-V with the real tp (C never allocates tp); on AArch64 with the
 * x18 of the C caller (Debian's GCC uses x18 as a temporary, so there is
 * no other "real" x18 to compare with). */
static int callback_ok(const cc_result *r, char *why, size_t n)
{
    if (r->callbacks != 1) {
        snprintf(why, n, "the callback ran %d times, expected 1", r->callbacks);
        return 0;
    }
#if defined(__riscv) || defined(__aarch64__)
    if (cb_plat == r->plat_canary) {
        snprintf(why, n, "the callback ran with the canary in the platform register");
        return 0;
    }
#endif
#if defined(__riscv)
    if (cb_plat != real_plat) {
        say(why, n, "the callback ran with tp", cb_plat, real_plat);
        return 0;
    }
#endif
    say(why, n, "returned", r->ret[0], 41);
    return r->ret[0] == 41;
}

/* A plain C function handed over without CC_CALLBACK: the routine calls
 * it unchecked; the harness must say so (r.hints), and stay correct. */
static long cb_plain(long x)
{
    return 2 * x;               /* no globals: gp/tp hold canaries here */
}

static int plain_fn_hinted(const cc_result *r, char *why, size_t n)
{
    if (r->hints != 1 || r->callbacks != 0) {
        snprintf(why, n, "%d hints, %d checked callbacks: expected 1 and 0", r->hints,
                 r->callbacks);
        return 0;
    }
    say(why, n, "hinted once, returned", r->ret[0], 41);
    return r->ret[0] == 41;
}

static int no_hint(const cc_result *r, char *why, size_t n)
{
    if (r->hints) {
        snprintf(why, n, "a hint although the callback was checked");
        return 0;
    }
    return callback_ok(r, why, n);
}

/* CC_CHECKED_CALL takes the kinds from the prototypes: int in, int out */
int cc_t_good_int_sum_c(int a, int b) __asm__("cc_t_good_int_sum");
static cc_result run_int_sum_macro(void)
{
    int a = 0x7fffffff, b = -0x7ffffff0;
    return CC_CHECKED_CALL(cc_t_good_int_sum_c, a, b);
}

#if defined(__riscv)
static int rvv_sum_ok(const cc_result *r, char *why, size_t n)
{
    say(why, n, "returned", r->ret[0], 0x12346789);
    return r->ret[0] == 0x12346789;
}
#endif

#if defined(__riscv) && __riscv_xlen == 64
int cc_t_bad_int_sum_c(int a, int b) __asm__("cc_t_bad_int_sum");
static cc_result run_bad_int_sum_macro(void)
{
    int a = 0x7fffffff, b = 1;
    return CC_CHECKED_CALL(cc_t_bad_int_sum_c, a, b);
}
#endif

static int int_sum_macro_ok(const cc_result *r, char *why, size_t n)
{
    say(why, n, "returned", r->ret[0], 15);
    return r->ret[0] == 15;
}

#ifdef HAVE_FP_ARGS
/* (fa0 + fa7, fa1 - fa6) | (d0 + d7, d1 - d6, d2 + d2, d5) | xmm like rv */
static int fret_ok(const cc_result *r, char *why, size_t n)
{
    static const double want[4] = { 1.75, 2.0, 6.0, -4.0 };
#  if defined(__aarch64__)
    const int nret = 4;
#  else
    const int nret = 2;
#  endif
    int i;
    for (i = 0; i < nret; i++) {
        if (cc_ret_double(r, i) != want[i]) {
            snprintf(why, n, "FP return register %d has bits 0x%08lx%08lx", i,
                     (unsigned long)(r->fret[i] >> 32),
                     (unsigned long)(r->fret[i] & 0xffffffffu));
            return 0;
        }
    }
    return 1;
}
#endif

#define NCASES 96
static struct tcase cases[NCASES];
static int ncases;

static struct tcase *add(const char *what, const char *name, routine *fn,
                         enum expect expect, enum cc_rule rule, const char *reg)
{
    struct tcase *t = &cases[ncases++];
    memset(t, 0, sizeof *t);
    t->what = what;
    t->name = name;
    t->fn = fn;
    t->expect = expect;
    t->rule = rule;
    t->reg = reg;
    return t;
}

static char names[2 * 24][24];          /* "clobbers s3", "clobber_s3" ... */

/* a case with one or two narrow integer arguments */
static struct tcase *add_int(const char *what, const char *name, routine *fn,
                             enum expect expect, int kind, int ret_kind,
                             cc_word a, cc_word b)
{
    struct tcase *t = add(what, name, fn, expect, CC_RULE_INT_EXTEND, "a0");
    t->nargs = 2;
    t->arg[0] = a, t->arg[1] = b;
    t->kind[0] = t->kind[1] = (unsigned char)kind;
    t->ret_kind = (unsigned char)ret_kind;
    return t;
}

#define UPPER_JUNK "the harness put junk in the upper half, which the ABI leaves undefined"

static void build_int_cases(void)
{
    struct tcase *t;

    /* long f(int x) { return x; } with x = -5, and unsigned long f(unsigned
     * x) with x = 0x80000001: whoever uses the register as it came is
     * wrong where the upper half is junk (AArch64, x86-64) or, for the
     * unsigned one, sign-extended (rv64); the int one is right on rv64 */
#if __SIZEOF_POINTER__ == 8
#  if defined(__riscv)
    t = add_int("long f(int) uses its argument register as it came (right on rv64)",
                "widen_int_asis", cc_t_widen_int_asis, GOOD, CC_I32, CC_WORD, -5, 0);
#  else
    t = add_int("long f(int) trusts the upper half of its int argument",
                "widen_int_asis", cc_t_widen_int_asis, WRONG_RESULT, CC_I32, CC_WORD, -5, 0);
    t->garbage = UPPER_JUNK;
#  endif
    t->result_ok = ret_minus5;
    t = add_int("long f(int) extends its int argument", "widen_int",
                cc_t_widen_int, GOOD, CC_I32, CC_WORD, -5, 0);
    t->result_ok = ret_minus5;
    t = add_int("unsigned long f(unsigned) trusts the upper half of its argument",
                "zext_uint_asis", cc_t_zext_uint_asis, WRONG_RESULT, CC_U32, CC_WORD,
                0x80000001u, 0);
    t->result_ok = ret_u31;
#  if defined(__riscv)
    t->garbage = "the psABI passes an unsigned int sign-extended from bit 31";
#  else
    t->garbage = UPPER_JUNK;
#  endif
    t = add_int("unsigned long f(unsigned) zero-extends its argument", "zext_uint",
                cc_t_zext_uint, GOOD, CC_U32, CC_WORD, 0x80000001u, 0);
    t->result_ok = ret_u31;
#endif
#if defined(__riscv)
    /* psABI: a narrow result comes back extended like an argument */
    add_int("returns a signed char sum not sign-extended", "bad_char_sum",
            cc_t_bad_char_sum, ERROR, CC_I8, CC_I8, 100, 100);
#  if __riscv_xlen == 64
    t = add("returns an int sum not sign-extended (CC_CHECKED_CALL, kinds "
            "from the prototype)", "cc_t_bad_int_sum_c", cc_t_bad_int_sum, ERROR,
            CC_RULE_INT_EXTEND, "a0");
    t->run = run_bad_int_sum_macro;
#  endif
#endif
    want_ret = (cc_word)-56;
    t = add_int("signed char f(signed char, signed char) returns its sum",
                "good_char_sum", cc_t_good_char_sum, GOOD, CC_I8, CC_I8, 100, 100);
    t->result_ok = ret_ok;
    t = add("int f(int, int) via CC_CHECKED_CALL, kinds from the prototype",
            "cc_t_good_int_sum_c", cc_t_good_int_sum, GOOD, 0, NULL);
    t->run = run_int_sum_macro;
    t->result_ok = int_sum_macro_ok;
}

static void build_callback_cases(void)
{
    struct tcase *t;

    t = add("calls a checked callback (plain C) with sp aligned", "good_callback",
            cc_t_good_callback, GOOD, 0, NULL);
    t->nargs = 2;
    t->arg[0] = (cc_word)CC_CALLBACK(cb_double), t->arg[1] = 20;
    t->result_ok = no_hint;
    t = add("given a plain function pointer (no CC_CALLBACK): a one-line hint",
            "good_callback", cc_t_good_callback, GOOD, 0, NULL);
    t->nargs = 2;
    t->arg[0] = (cc_word)cb_plain, t->arg[1] = 20;
    t->result_ok = plain_fn_hinted;
    t = add("calls a checked callback (plain C) with sp misaligned by 8",
            "bad_callback", cc_t_bad_callback, ERROR, CC_RULE_SP_CALLBACK, "");
    t->nargs = 2;
    t->arg[0] = (cc_word)CC_CALLBACK(cb_double), t->arg[1] = 20;
    t->result_ok = callback_ok;
}

static void build_vector_cases(void)
{
    struct tcase *t;
#if defined(__riscv)
    t = add("RVV: adds without vsetvli, trusting the vtype it was given",
            "bad_rvv_novset", cc_t_bad_rvv_novset, WRONG_RESULT, 0, NULL);
    t->nargs = 2;
    t->arg[0] = 0x12345678, t->arg[1] = 0x1111;
    t->result_ok = rvv_sum_ok;
    t->garbage = "vtype held SEW=8, drawn by the harness";
    t = add("RVV: sets vtype itself, then adds", "good_rvv_sum",
            cc_t_good_rvv_sum, GOOD, 0, NULL);
    t->nargs = 2;
    t->arg[0] = 0x12345678, t->arg[1] = 0x1111;
    t->result_ok = rvv_sum_ok;
    t = add("RVV: assumes v8 starts at zero", "bad_rvv_v8_zero",
            cc_t_bad_rvv_v8_zero, WRONG_RESULT, 0, NULL);
    t->result_ok = ret_zero;
    t->garbage = "v8 held harness garbage";
    add("RVV: clobbers every vector register, vtype, vl, vxrm, vxsat",
        "good_rvv_temps", cc_t_good_rvv_temps, GOOD, 0, NULL);
#elif defined(__aarch64__)
    add("SVE: writes all of z9 (d9 is its low 64 bits)", "bad_sve_z9",
        cc_t_bad_sve_z9, ERROR, CC_RULE_SAVED_FP, "d9");
    add("SVE: clobbers z0-z31 (z8-z15 above bit 63), p0-p15, FFR",
        "good_sve_temps", cc_t_good_sve_temps, GOOD, 0, NULL);
    add("SVE: clobbers z20 (caller-saved in the base PCS)", "sve_pcs_z20",
        cc_t_sve_pcs_z20, GOOD, 0, NULL);
    t = add("SVE PCS: clobbers z20", "sve_pcs_z20", cc_t_sve_pcs_z20, ERROR,
            CC_RULE_SAVED_VEC, "z20");
    t->options = CC_OPT_SVE_PCS;
    t = add("SVE PCS: clobbers z8 above bit 63", "sve_pcs_z8hi", cc_t_sve_pcs_z8hi,
            ERROR, CC_RULE_SAVED_VEC, "z8");
    t->options = CC_OPT_SVE_PCS;
    t = add("SVE PCS: clobbers p5", "sve_pcs_p5", cc_t_sve_pcs_p5, ERROR,
            CC_RULE_SAVED_VEC, "p5");
    t->options = CC_OPT_SVE_PCS;
    t = add("SVE PCS: clobbers only z0-z7, z24-z31, p0-p3", "good_sve_pcs_temps",
            cc_t_good_sve_pcs_temps, GOOD, 0, NULL);
    t->options = CC_OPT_SVE_PCS;
#else
    (void)t;
#endif
}

static void build_cases(void)
{
    struct tcase *t;
    int i, k = 0;

    /* one broken routine per callee-saved register, generated */
    for (i = 0; i < cc_n_saved_int; i++, k += 2) {
        snprintf(names[k], sizeof names[k], "clobbers %s", cc_saved_int_names[i]);
        snprintf(names[k + 1], sizeof names[k + 1], "clobber_%s", cc_saved_int_names[i]);
        add(names[k], names[k + 1], cc_t_clobber_int[i], ERROR,
            CC_RULE_SAVED_INT, cc_saved_int_names[i]);
    }
#ifdef HAVE_FP_SAVED
    for (i = 0; i < cc_n_saved_fp; i++, k += 2) {
        snprintf(names[k], sizeof names[k], "clobbers %s", cc_saved_fp_names[i]);
        snprintf(names[k + 1], sizeof names[k + 1], "clobber_%s", cc_saved_fp_names[i]);
        add(names[k], names[k + 1], cc_t_clobber_fp[i], ERROR,
            CC_RULE_SAVED_FP, cc_saved_fp_names[i]);
    }
#endif

    add("returns with sp 8 bytes too high", "sp_plus8", cc_t_bad_sp_plus8,
        ERROR, CC_RULE_SP_RETURN, "");
    add("returns with sp 16 bytes too low", "sp_minus16", cc_t_bad_sp_minus16,
        ERROR, CC_RULE_SP_RETURN, "");
    t = add("calls out with sp misaligned by 8", "bad_callout", cc_t_bad_callout,
            ERROR, CC_RULE_SP_CALLOUT, "");
    t->result_ok = callout_ran;
#ifdef HAVE_MISALIGNED_CALLER
    t = add("is called with sp 8 off by its caller (entry check)", "good_pair",
            cc_t_good_pair, ERROR, CC_RULE_SP_ENTRY, "sp");
    t->result_ok = pair_ok;
    t->nargs = 2;
    t->arg[0] = 0x1234, t->arg[1] = 0x5678;
    t->misaligned_caller = 1;
#endif
#if defined(__riscv)
    add("clobbers gp", "bad_gp", cc_t_bad_gp, ERROR, CC_RULE_FIXED_REG, "gp");
    add("clobbers tp", "bad_tp", cc_t_bad_tp, ERROR, CC_RULE_FIXED_REG, "tp");
    add("zeroes tp (tp held a canary, not its boot value 0)", "bad_tp_zero",
        cc_t_bad_tp_zero, ERROR, CC_RULE_FIXED_REG, "tp");
#  ifdef HAVE_FP_SAVED
    add("changes the rounding mode frm", "bad_frm", cc_t_bad_frm, WARNING,
        CC_RULE_FP_CONTROL, "frm");
#  endif
#elif defined(__aarch64__)
    add("clobbers x18, the platform register", "bad_x18", cc_t_bad_x18, WARNING,
        CC_RULE_PLATFORM_REG, "x18");
    add("zeroes x18 (x18 held a canary)", "bad_x18_zero", cc_t_bad_x18_zero,
        WARNING, CC_RULE_PLATFORM_REG, "x18");
    t = add("zeroes x18, with CC_OPT_X18_ERROR", "bad_x18_zero", cc_t_bad_x18_zero,
            ERROR, CC_RULE_PLATFORM_REG, "x18");
    t->options = CC_OPT_X18_ERROR;
    add("changes the rounding mode in FPCR", "bad_fpcr", cc_t_bad_fpcr, ERROR,
        CC_RULE_FP_CONTROL, "FPCR");
#elif defined(__x86_64__)
    add("returns with the direction flag set", "bad_df", cc_t_bad_df, ERROR,
        CC_RULE_DIRECTION_FLAG, "DF");
    add("changes the MXCSR rounding mode", "bad_mxcsr", cc_t_bad_mxcsr, ERROR,
        CC_RULE_FP_CONTROL, "MXCSR");
    add("changes the x87 control word", "bad_x87cw", cc_t_bad_x87cw, ERROR,
        CC_RULE_FP_CONTROL, "x87");
#endif
    build_int_cases();
    build_callback_cases();
    if (cc_vector())
        build_vector_cases();

    t = add("reads " TEMP_REG " instead of its third argument " ARG2_REG,
            "reads_temp", cc_t_bad_reads_temp, WRONG_RESULT, 0, NULL);
    t->result_ok = sum3_ok;
    t->nargs = 3;
    t->arg[0] = 1, t->arg[1] = 2, t->arg[2] = 3;

    /* correct routines: must pass, and return the right thing */
    t = add("takes 8 arguments, returns their weighted sum", "good_sum8",
            cc_t_good_sum8, GOOD, 0, NULL);
    t->result_ok = sum8_ok;
    t->nargs = 8;
    for (i = 0; i < 8; i++)
        t->arg[i] = (cc_word)(i + 1);
    t = add("returns two words", "good_pair", cc_t_good_pair, GOOD, 0, NULL);
    t->result_ok = pair_ok;
    t->nargs = 2;
    t->arg[0] = 0x1234, t->arg[1] = 0x5678;
    t = add("saves, uses and restores every callee-saved register",
            "good_saves_all", cc_t_good_saves_all, GOOD, 0, NULL);
    t->result_ok = ident_ok;
    t->nargs = 1;
    t->arg[0] = 0xabc;
    t = add("calls out with sp aligned", "good_callout", cc_t_good_callout,
            GOOD, 0, NULL);
    t->result_ok = callout_ran;
    add("clobbers every caller-saved register", "good_temps", cc_t_good_temps,
        GOOD, 0, NULL);
#ifdef HAVE_FP_ARGS
    t = add("takes doubles, returns doubles in FP registers", "good_fret",
            cc_t_good_fret, GOOD, 0, NULL);
    t->result_ok = fret_ok;
    t->nfargs = 8;
    {
        static const double in[8] = { 1.5, 2.5, 3.0, 0, 0, -4.0, 0.5, 0.25 };
        memcpy(t->farg, in, sizeof in);
    }
#endif
}

#ifdef HAVE_MISALIGNED_CALLER
static const struct cc_call *pending_call;
static cc_result pending_result;

static void run_pending(void)
{
    pending_result = cc_call(pending_call);
}
#endif

/* The board's data says which vector unit its QEMU CPU has
 * (BOARD_ABI_VECTOR_BITS, passed by abi/tests/app.mk): the suite must
 * have found it, at that length, or boot did not enable it (RVV:
 * mstatus.VS; SVE: CPACR/CPTR at each EL, ZCR_ELx for more than 128 bits). */
static int vector_as_board_says(void)
{
#ifdef CC_BOARD_VECTOR_BITS
    int bits = cc_vector_bits(), ok = bits == CC_BOARD_VECTOR_BITS;
    printf("%s abi %s: vector unit enabled at boot, %d bits as the board says: "
           "found %d\n", ok ? "PASS" : "FAIL", cc_target(), CC_BOARD_VECTOR_BITS, bits);
    return ok;
#else
    return 1;
#endif
}

/* SEED: the same SEED and call number give the same canaries, another SEED
 * other ones.  Seen through a clobbered s1/x19/rbx: the report's expected
 * value is the canary. */
static uint64_t canary_of_first_call(uint64_t seed)
{
    cc_set_seed(seed);
    return cc_call(&(struct cc_call){ .name = "clobber", .fn = cc_t_clobber_int[1] })
        .v[0].expected;
}

static int seed_repeats(void)
{
    uint64_t seed = cc_seed();
    uint64_t a = canary_of_first_call(seed + 1000);
    uint64_t b = canary_of_first_call(seed + 1000);
    uint64_t c = canary_of_first_call(seed + 1001);
    int ok = a == b && a != c;

    cc_set_seed(seed);
    printf("%s abi %s: SEED: the same seed repeats a call's canaries (%s), "
           "another seed changes them (%s)\n", ok ? "PASS" : "FAIL", cc_target(),
           a == b ? "yes" : "no", a != c ? "yes" : "no");
    return ok;
}

int main(void)
{
    int i, ok_all = 1, caught = 0, false_pos = 0;
    const char *target = cc_target();

    cc_set_quiet(1);            /* we print our own line per case */
    real_plat = platform_reg();
    build_cases();
    printf("abi %s: SEED=%lu, vector state: %s\n", target,
           (unsigned long)cc_seed(), cc_vector() ? cc_vector() : "none");
    if (!vector_as_board_says())
        ok_all = 0;
    if (!seed_repeats())
        ok_all = 0;

    for (i = 0; i < ncases; i++) {
        const struct tcase *t = &cases[i];
        struct cc_call c;
        cc_result r;
        char report[512] = "", why[96] = "";
        const char *verdict;    /* what the line says before the report */
        int pass;

        memset(&c, 0, sizeof c);
        c.name = t->name;
        c.fn = (cc_fn)t->fn;
        c.nargs = t->nargs;
        memcpy(c.arg, t->arg, sizeof c.arg);
        memcpy(c.kind, t->kind, sizeof c.kind);
        c.ret_kind = t->ret_kind;
        c.options = t->options;
        c.nfargs = t->nfargs;
        memcpy(c.farg, t->farg, sizeof c.farg);
        if (t->run) {
            r = t->run();
        } else
#ifdef HAVE_MISALIGNED_CALLER
        if (t->misaligned_caller) {
            pending_call = &c;
            cc_t_call_with_sp_off8(run_pending);
            r = pending_result;
        } else
#endif
            r = cc_call(&c);

        if (r.nviolations)
            cc_format(report, sizeof report, t->name, &r.v[0]);

        switch (t->expect) {
        case GOOD:
            if (r.nviolations) {
                pass = 0;
                false_pos++;
                verdict = "false positive: ";
            } else if (t->result_ok && !t->result_ok(&r, why, sizeof why)) {
                pass = 0;
                verdict = "wrong result: ";
                strcpy(report, why);
            } else {
                pass = 1;
                verdict = t->result_ok ? "no violation, result right" : "no violation";
            }
            break;
        case ERROR:
        case WARNING: {
            int want_warn = t->expect == WARNING;
            pass = r.nviolations == 1 &&
                   r.errors == !want_warn && r.warnings == want_warn &&
                   r.v[0].rule == t->rule &&
                   strncmp(r.v[0].reg, t->reg, strlen(t->reg)) == 0;
            verdict = "";
            if (!r.nviolations) {
                verdict = "not caught";
            } else if (!pass) {
                verdict = r.nviolations > 1 ? "more than one report, first: "
                                            : "wrong report: ";
            } else if (t->result_ok && !t->result_ok(&r, why, sizeof why)) {
                pass = 0;
                verdict = "caught, but ";
                strcpy(report, why);
            }
            break;
        }
        default: /* WRONG_RESULT */
            pass = 0;
            if (r.nviolations) {
                verdict = "unexpected report: ";
            } else if (t->result_ok(&r, why, sizeof why)) {
                verdict = "not caught: the harness's garbage did not show";
            } else {
                pass = 1;
                verdict = "";
                snprintf(report, sizeof report, "%s (%s)", why,
                         t->garbage ? t->garbage : TEMP_REG " held harness garbage");
            }
            break;
        }
        if (pass && t->expect != GOOD)
            caught++;
        if (!pass)
            ok_all = 0;
        printf("%s abi %s: %s: %s%s\n", pass ? "PASS" : "FAIL", target, t->what,
               verdict, report);
    }

    {
        int ngood = 0;
        for (i = 0; i < ncases; i++)
            ngood += cases[i].expect == GOOD;
        printf("abi: %d cases, %d caught, %d false positives (%d broken, %d correct)\n",
               ncases, caught, false_pos, ncases - ngood, ngood);
    }
    return ok_all ? 0 : 1;
}
