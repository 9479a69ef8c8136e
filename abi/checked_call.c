/* abi/checked_call.c: the C half of the checked call.
 *
 * cc_call() fills a struct cc_frame with arguments, canaries and garbage,
 * hands it to the architecture's trampoline (abi/<arch>/trampoline.S), which
 * loads the registers, calls the routine and stores the registers it finds
 * afterwards; then the comparisons below name every rule that was broken.
 *
 * The rules and the words that cite them are in one table per architecture
 * at the top of this file: that table is the checker's specification.
 */
#include "checked_call.h"
#include "cc_frame.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Per architecture: which registers, which rules, which document.
 * ------------------------------------------------------------------------ */
#if defined(__riscv)

#  if __riscv_xlen == 64
#    define ARCH_NAME "rv64"
#    define ABI_INT "lp64"
#  else
#    define ARCH_NAME "rv32"
#    define ABI_INT "ilp32"
#  endif
#  if defined(__riscv_float_abi_double)
#    define TARGET ARCH_NAME "/" ABI_INT "d"
#    define FP_SAVED_MASK 0xffffffffffffffffull
#  elif defined(__riscv_float_abi_single)
#    define TARGET ARCH_NAME "/" ABI_INT "f"
#    define FP_SAVED_MASK 0x00000000ffffffffull   /* ABI_FLEN = 32 */
#  else
#    define TARGET ARCH_NAME "/" ABI_INT
#    define SOFT_FLOAT 1
#  endif

const char *const cc_saved_int_names[] = {
    "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11"
};
const int cc_n_saved_int = 12;
#  ifndef SOFT_FLOAT
const char *const cc_saved_fp_names[] = {
    "fs0", "fs1", "fs2", "fs3", "fs4", "fs5",
    "fs6", "fs7", "fs8", "fs9", "fs10", "fs11"
};
const int cc_n_saved_fp = 12;
#  endif

#  define PSABI "RISC-V psABI "
#  define SPEC_SAVED_INT  PSABI "Integer Register Convention: s0-s11 are preserved across calls"
#  define SPEC_SAVED_FP   PSABI "Floating-Point Register Convention: fs0-fs11 are preserved across calls"
#  define SPEC_SP_RETURN  PSABI "Integer Register Convention: sp is preserved across calls"
#  define SPEC_SP_ALIGN   PSABI "Integer Calling Convention: sp is 128-bit aligned on procedure entry"
#  define SPEC_FIXED      PSABI "Integer Register Convention: gp and tp are unallocatable, procedures must not modify them"
#  define SPEC_FP_CONTROL PSABI "Floating-Point Register Convention: fcsr follows C11 7.6, a call keeps its caller's rounding mode"
#  define SP_NAME "sp"

#elif defined(__aarch64__)

#  define TARGET "aarch64/aapcs64"
#  define FP_SAVED_MASK 0xffffffffffffffffull     /* d8-d15: low 64 bits */
const char *const cc_saved_int_names[] = {
    "x19", "x20", "x21", "x22", "x23", "x24",
    "x25", "x26", "x27", "x28", "x29"
};
const int cc_n_saved_int = 11;
const char *const cc_saved_fp_names[] = {
    "d8", "d9", "d10", "d11", "d12", "d13", "d14", "d15"
};
const int cc_n_saved_fp = 8;

/* Section numbers of AAPCS64 release 2025Q4 (ARM-software/abi-aa). */
#  define SPEC_SAVED_INT  "AAPCS64 6.1.1 General-purpose Registers: r19-r29 are callee-saved"
#  define SPEC_SAVED_FP   "AAPCS64 6.1.2 SIMD and Floating-Point Registers: the low 64 bits of v8-v15 are callee-saved"
#  define SPEC_SP_RETURN  "AAPCS64 6.1.1 General-purpose Registers: SP is callee-saved"
#  define SPEC_SP_ALIGN   "AAPCS64 6.4.5.2 Stack constraints at a public interface: SP mod 16 = 0"
#  define SPEC_PLATFORM   "AAPCS64 6.1.1 General-purpose Registers: r18 is the platform register, portable code avoids it"
#  define SPEC_FP_CONTROL "AAPCS64 6.1.2 SIMD and Floating-Point Registers: FPCR is changed only by support functions that say so"
#  define SP_NAME "sp"

#elif defined(__x86_64__)

#  define TARGET "x86_64/sysv"
#  define SOFT_FLOAT 1          /* no callee-saved FP registers on x86-64 */
const char *const cc_saved_int_names[] = {
    "rbx", "rbp", "r12", "r13", "r14", "r15"
};
const int cc_n_saved_int = 6;

#  define SYSV "SysV x86-64 psABI "
#  define SPEC_SAVED_INT  SYSV "3.2.1 Registers: rbx, rbp, r12-r15 belong to the caller"
#  define SPEC_SP_RETURN  SYSV "3.2.1 Registers (Figure 3.4): rsp is preserved across calls"
#  define SPEC_SP_ALIGN   SYSV "3.2.2 The Stack Frame: (rsp + 8) is a multiple of 16 on entry"
#  define SPEC_DF         SYSV "3.2.1 Registers: DF must be clear on function entry and return"
#  define SPEC_FP_CONTROL SYSV "3.2.1 Registers: the MXCSR control bits and the x87 control word are callee-saved"
#  define SP_NAME "rsp"
#  define MXCSR_CONTROL 0xffc0u /* DAZ, exception masks, RC, FZ; 0-5 are status */
#  define X87CW_CONTROL 0x1f3fu /* exception masks, PC, RC, X */
#  define RFLAGS_DF     0x400u

#else
#  error "checked_call: no trampoline for this architecture"
#endif

#ifdef SOFT_FLOAT
const char *const cc_saved_fp_names[] = { "" };
const int cc_n_saved_fp = 0;
#endif

/* ------------------------------------------------------------------------
 * The frame shared with the trampoline; its layout is cc_frame.h.
 * ------------------------------------------------------------------------ */
struct cc_frame {
    cc_word  fn;
    cc_word  arg[CC_NARG];
    cc_word  seed[CC_NSAVED];
    cc_word  saved[CC_NSAVED];
    cc_word  junk[CC_NJUNK];
    cc_word  sp_call, sp_ret;
    cc_word  fix_in[4], fix_out[4];
    cc_word  ret[2];
    cc_word  callout_sp, callout_n;
    cc_word  host[CC_NHOST];
    cc_word  pad;
    uint64_t farg[CC_NFARG];
    uint64_t fseed[CC_NFSAVED];
    uint64_t fsaved[CC_NFSAVED];
    uint64_t fjunk[CC_NFJUNK];
    uint64_t fhost[CC_NFSAVED];
    uint64_t fret[8];
} __attribute__((aligned(16)));

#define AT(field, off) _Static_assert(offsetof(struct cc_frame, field) == (off), \
                                      "cc_frame.h and struct cc_frame disagree: " #field)
AT(fn, CC_F_FN);              AT(arg, CC_F_ARG);
AT(seed, CC_F_SEED);          AT(saved, CC_F_SAVED);
AT(junk, CC_F_JUNK);          AT(sp_call, CC_F_SP_CALL);
AT(sp_ret, CC_F_SP_RET);      AT(fix_in, CC_F_FIX_IN);
AT(fix_out, CC_F_FIX_OUT);    AT(ret, CC_F_RET);
AT(callout_sp, CC_F_CALLOUT_SP); AT(callout_n, CC_F_CALLOUT_N);
AT(host, CC_F_HOST);          AT(farg, CC_F_FARG);
AT(fseed, CC_F_FSEED);        AT(fsaved, CC_F_FSAVED);
AT(fjunk, CC_F_FJUNK);        AT(fhost, CC_F_FHOST);
AT(fret, CC_F_FRET);
_Static_assert(sizeof(struct cc_frame) == CC_F_SIZE, "cc_frame size");

void cc_trampoline(struct cc_frame *f);         /* abi/<arch>/trampoline.S */

static struct cc_frame frame;
static int quiet;
static int total_errors;

/* ------------------------------------------------------------------------
 * Canaries and garbage: xorshift64*, a fixed seed advanced on every call,
 * so each call sees new values and every run is reproducible.
 * ------------------------------------------------------------------------ */
static uint64_t rng = 0x2545f4914f6cdd1dull;

static uint64_t rand64(void)
{
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return rng * 0x2545f4914f6cdd1dull;
}

/* A value distinct from the n already chosen (and never 0). */
static uint64_t fresh(const uint64_t *taken, int n, uint64_t mask)
{
    for (;;) {
        uint64_t v = rand64() & mask;
        int i;
        for (i = 0; i < n && taken[i] != v; i++)
            ;
        if (v != 0 && i == n)
            return v;
    }
}

/* Pick a fresh value and remember it. */
static uint64_t pick(uint64_t *taken, int *n, uint64_t mask)
{
    uint64_t v = fresh(taken, *n, mask);
    taken[(*n)++] = v;
    return v;
}

static void fill_frame(const struct cc_call *c)
{
    enum { NV = CC_NSAVED + CC_NJUNK + CC_NARG };
    uint64_t taken[NV];
    const uint64_t wmask = (cc_word)-1;
    int n = 0, i;

    memset(&frame, 0, sizeof frame);
    frame.fn = (cc_word)c->fn;
    for (i = 0; i < CC_NSAVED; i++)
        frame.seed[i] = (cc_word)pick(taken, &n, wmask);
    for (i = 0; i < CC_NJUNK; i++)
        frame.junk[i] = (cc_word)pick(taken, &n, wmask);
    /* argument registers that carry no argument get garbage too */
    for (i = 0; i < CC_NARG; i++)
        frame.arg[i] = i < c->nargs ? c->arg[i]
                                    : (cc_word)pick(taken, &n, wmask);

    n = 0;
    for (i = 0; i < CC_NFSAVED; i++)
        frame.fseed[i] = pick(taken, &n, ~0ull);
    for (i = 0; i < CC_NFJUNK; i++)
        frame.fjunk[i] = pick(taken, &n, ~0ull);
    for (i = 0; i < CC_NFARG; i++) {
        if (i < c->nfargs)
            memcpy(&frame.farg[i], &c->farg[i], sizeof(uint64_t));
        else
            frame.farg[i] = rand64();
    }
}

/* ------------------------------------------------------------------------
 * Text, without printf's %llx: newlib-nano may not have it.
 * ------------------------------------------------------------------------ */
struct out { char *p, *end; };

static void put(struct out *o, const char *s)
{
    while (*s && o->p < o->end)
        *o->p++ = *s++;
}

static void put_hex(struct out *o, uint64_t v)
{
    char tmp[19];
    int n = sizeof tmp;
    tmp[--n] = 0;
    do {
        tmp[--n] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    tmp[--n] = 'x';
    tmp[--n] = '0';
    put(o, tmp + n);
}

static void put_dec(struct out *o, long long v, int plus)
{
    char tmp[24];
    int n = sizeof tmp;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    tmp[--n] = 0;
    do {
        tmp[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--n] = '-';
    else if (plus)
        tmp[--n] = '+';
    put(o, tmp + n);
}

static void put_values(struct out *o, const struct cc_violation *v)
{
    put(o, " (expected ");
    put_hex(o, v->expected);
    put(o, ", found ");
    put_hex(o, v->found);
    put(o, ")");
}

void cc_format(char *buf, size_t size, const char *name,
               const struct cc_violation *v)
{
    struct out o = { buf, buf + size - 1 };

    if (v->warning)
        put(&o, "warning: ");
    switch (v->rule) {
    case CC_RULE_SP_ENTRY:
    case CC_RULE_SP_CALLOUT:
        put(&o, v->rule == CC_RULE_SP_ENTRY ? SP_NAME " misaligned at entry to '"
                                            : SP_NAME " misaligned when '");
        put(&o, name);
        put(&o, v->rule == CC_RULE_SP_ENTRY ? "': " : "' called out: ");
#if defined(__x86_64__)
        put(&o, "(rsp + 8) % 16 = ");
#else
        put(&o, "sp % 16 = ");
#endif
        put_dec(&o, (long long)v->found, 0);
        break;
    case CC_RULE_SP_RETURN:
        put(&o, "callee '");
        put(&o, name);
        put(&o, "' returned with " SP_NAME " moved by ");
        put_dec(&o, (long long)(v->found - v->expected), 1);
        put_values(&o, v);
        break;
    case CC_RULE_DIRECTION_FLAG:
        put(&o, "callee '");
        put(&o, name);
        put(&o, "' returned with the direction flag DF set (RFLAGS ");
        put_hex(&o, v->found);
        put(&o, ")");
        break;
    default:
        put(&o, "callee '");
        put(&o, name);
        put(&o, v->rule == CC_RULE_SAVED_INT || v->rule == CC_RULE_SAVED_FP
                    ? "' clobbered " : "' changed ");
        put(&o, v->reg);
        put_values(&o, v);
        break;
    }
    put(&o, "  [");
    put(&o, v->spec);
    put(&o, "]");
    *o.p = 0;
}

/* ------------------------------------------------------------------------
 * The checks.
 * ------------------------------------------------------------------------ */
static void add(cc_result *r, enum cc_rule rule, int warning, const char *reg,
                uint64_t expected, uint64_t found, const char *spec)
{
    if (warning)
        r->warnings++;
    else
        r->errors++;
    if (r->nviolations < CC_MAX_VIOLATIONS) {
        struct cc_violation *v = &r->v[r->nviolations++];
        v->rule = rule;
        v->warning = warning;
        v->reg = reg;
        v->expected = expected;
        v->found = found;
        v->spec = spec;
    }
}

static void check(cc_result *r)
{
    int i;

    /* sp at the call instruction is the sp the routine was entered with
     * (x86-64: plus the 8 bytes of return address that `call` pushes). */
    if (frame.sp_call % 16)
        add(r, CC_RULE_SP_ENTRY, 0, SP_NAME, 0, frame.sp_call % 16, SPEC_SP_ALIGN);

    for (i = 0; i < cc_n_saved_int; i++)
        if (frame.saved[i] != frame.seed[i])
            add(r, CC_RULE_SAVED_INT, 0, cc_saved_int_names[i],
                frame.seed[i], frame.saved[i], SPEC_SAVED_INT);

#ifndef SOFT_FLOAT
    for (i = 0; i < cc_n_saved_fp; i++)
        if ((frame.fsaved[i] ^ frame.fseed[i]) & FP_SAVED_MASK)
            add(r, CC_RULE_SAVED_FP, 0, cc_saved_fp_names[i],
                frame.fseed[i] & FP_SAVED_MASK, frame.fsaved[i] & FP_SAVED_MASK,
                SPEC_SAVED_FP);
#endif

    if (frame.sp_ret != frame.sp_call)
        add(r, CC_RULE_SP_RETURN, 0, SP_NAME, frame.sp_call, frame.sp_ret,
            SPEC_SP_RETURN);

#if defined(__riscv)
    if (frame.fix_out[0] != frame.fix_in[0])
        add(r, CC_RULE_FIXED_REG, 0, "gp", frame.fix_in[0], frame.fix_out[0], SPEC_FIXED);
    if (frame.fix_out[1] != frame.fix_in[1])
        add(r, CC_RULE_FIXED_REG, 0, "tp", frame.fix_in[1], frame.fix_out[1], SPEC_FIXED);
#  ifndef SOFT_FLOAT
    /* The psABI only points at C's <fenv.h> convention: a warning. */
    if (frame.fix_out[2] != frame.fix_in[2])
        add(r, CC_RULE_FP_CONTROL, 1, "frm (rounding mode)", frame.fix_in[2],
            frame.fix_out[2], SPEC_FP_CONTROL);
#  endif
#elif defined(__aarch64__)
    if (frame.fix_out[0] != frame.fix_in[0])
        add(r, CC_RULE_PLATFORM_REG, 1, "x18 (platform register)", frame.fix_in[0],
            frame.fix_out[0], SPEC_PLATFORM);
    if (frame.fix_out[1] != frame.fix_in[1])
        add(r, CC_RULE_FP_CONTROL, 0, "FPCR", frame.fix_in[1], frame.fix_out[1],
            SPEC_FP_CONTROL);
#elif defined(__x86_64__)
    if (frame.fix_out[0] & RFLAGS_DF)
        add(r, CC_RULE_DIRECTION_FLAG, 0, "DF", frame.fix_in[0], frame.fix_out[0], SPEC_DF);
    if ((frame.fix_out[1] ^ frame.fix_in[1]) & MXCSR_CONTROL)
        add(r, CC_RULE_FP_CONTROL, 0, "MXCSR control bits",
            frame.fix_in[1] & MXCSR_CONTROL, frame.fix_out[1] & MXCSR_CONTROL,
            SPEC_FP_CONTROL);
    if ((frame.fix_out[2] ^ frame.fix_in[2]) & X87CW_CONTROL)
        add(r, CC_RULE_FP_CONTROL, 0, "x87 control word",
            frame.fix_in[2] & X87CW_CONTROL, frame.fix_out[2] & X87CW_CONTROL,
            SPEC_FP_CONTROL);
#endif

    /* cc_callout keeps the first misaligned sp it saw (sp at its call). */
    if (frame.callout_n && frame.callout_sp % 16)
        add(r, CC_RULE_SP_CALLOUT, 0, SP_NAME, 0, frame.callout_sp % 16, SPEC_SP_ALIGN);
}

cc_result cc_call(const struct cc_call *c)
{
    cc_result r;
    int i;

    memset(&r, 0, sizeof r);
    if (c->nargs < 0 || c->nargs > CC_MAX_ARGS || c->nfargs < 0 ||
        c->nfargs > CC_MAX_FARGS) {
        printf("%s: checked call of '%s': too many arguments\n", TARGET, c->name);
        r.errors = 1;
        total_errors++;
        return r;
    }
    fill_frame(c);
    cc_trampoline(&frame);

    r.ret[0] = frame.ret[0];
    r.ret[1] = frame.ret[1];
    memcpy(r.fret, frame.fret, sizeof r.fret);
    r.callouts = (int)frame.callout_n;
    check(&r);
    total_errors += r.errors;

    if (!quiet) {
        for (i = 0; i < r.nviolations; i++) {
            char line[320];
            cc_format(line, sizeof line, c->name, &r.v[i]);
            printf("%s: %s\n", TARGET, line);
        }
    }
    return r;
}

cc_result cc_checked_call(const char *name, cc_fn fn, int nargs, ...)
{
    struct cc_call c;
    va_list ap;
    int i;

    memset(&c, 0, sizeof c);
    c.name = name;
    c.fn = fn;
    c.nargs = nargs;
    va_start(ap, nargs);
    for (i = 0; i < nargs && i < CC_MAX_ARGS; i++)
        c.arg[i] = va_arg(ap, cc_word);
    va_end(ap);
    return cc_call(&c);
}

double cc_ret_double(const cc_result *r, int i)
{
    double d;
#if defined(__riscv)
    int slot = i;               /* fa0, fa1: one 8-byte slot each */
    int max = 2;
#elif defined(__aarch64__)
    int slot = 2 * i;           /* q0..q3: (lo, hi) pairs */
    int max = 4;
#else
    int slot = 2 * i;           /* xmm0, xmm1: (lo, hi) pairs */
    int max = 2;
#endif
    if (i < 0 || i >= max)
        return 0;
    memcpy(&d, &r->fret[slot], sizeof d);
    return d;
}

const char *cc_target(void) { return TARGET; }
void cc_set_quiet(int q) { quiet = q; }
int cc_total_errors(void) { return total_errors; }
