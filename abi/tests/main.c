/* kit-test: abi checked-call harness catches every broken routine
 * expect-exit: 0
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
#include "../checked_call.h"

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
#if defined(__riscv)
routine cc_t_bad_gp, cc_t_bad_tp;
void cc_t_call_with_sp_off8(void (*fn)(void));
#  define HAVE_MISALIGNED_CALLER 1
#  ifdef HAVE_FP_SAVED
routine cc_t_bad_frm;
#  endif
#elif defined(__aarch64__)
routine cc_t_bad_x18, cc_t_bad_fpcr;
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
    int          nfargs;
    double       farg[CC_MAX_FARGS];
    int          misaligned_caller;     /* make the checked call with sp 8 off */
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

#define NCASES 64
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
#  ifdef HAVE_FP_SAVED
    add("changes the rounding mode frm", "bad_frm", cc_t_bad_frm, WARNING,
        CC_RULE_FP_CONTROL, "frm");
#  endif
#elif defined(__aarch64__)
    add("clobbers x18, the platform register", "bad_x18", cc_t_bad_x18, WARNING,
        CC_RULE_PLATFORM_REG, "x18");
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

int main(void)
{
    int i, ok_all = 1, caught = 0, false_pos = 0;
    const char *target = cc_target();

    cc_set_quiet(1);            /* we print our own line per case */
    build_cases();

    for (i = 0; i < ncases; i++) {
        const struct tcase *t = &cases[i];
        struct cc_call c;
        cc_result r;
        char report[320] = "", why[96] = "";
        const char *verdict;    /* what the line says before the report */
        int pass;

        memset(&c, 0, sizeof c);
        c.name = t->name;
        c.fn = (cc_fn)t->fn;
        c.nargs = t->nargs;
        memcpy(c.arg, t->arg, sizeof c.arg);
        c.nfargs = t->nfargs;
        memcpy(c.farg, t->farg, sizeof c.farg);
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
                verdict = "not caught: the garbage in " TEMP_REG " did not show";
            } else {
                pass = 1;
                verdict = "";
                snprintf(report, sizeof report, "%s (" TEMP_REG " held harness garbage)", why);
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
