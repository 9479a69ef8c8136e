/* abi/checked_call.c: the C half of the checked call.
 *
 * cc_call() fills a struct cc_frame with arguments, canaries and garbage,
 * hands it to the architecture's trampoline (abi/<arch>/trampoline.S), which
 * loads the registers, calls the routine and stores the registers it finds
 * afterwards; then the comparisons below name every rule that was broken.
 *
 * The rules and the words that cite them are in one table per architecture
 * at the top of this file: that table is the checker's specification.
 *
 * The canaries and the garbage come from SEED (a compile-time define set by
 * `make SEED=n`, default 1, or cc_set_seed()) and the number of the call,
 * both printed with every report: a run can be repeated or varied.
 */
#include "checked_call.h"
#include "cc_frame.h"

/* Under the kit, the board's configuration (KIT_MODE_S: the image runs in
 * S-mode, where misa cannot be read); on the host there is none. */
#if defined(__riscv) && __has_include("board_config.h")
#  include "board_config.h"
#endif

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
#  define SPEC_INT_EXTEND PSABI "Integer Calling Convention: integer scalars narrower than XLEN are widened by the sign of their type to 32 bits, then sign-extended to XLEN"
#  define SP_NAME "sp"
#  define RET_NAME "a0"

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
#  define SPEC_SAVED_Z    "AAPCS64 6.1.3 Scalable Vector Registers: z8-z23 are callee-saved in a subroutine that follows the SVE PCS"
#  define SPEC_SAVED_P    "AAPCS64 6.1.4 Scalable Predicate Registers: p4-p15 are callee-saved in a subroutine that follows the SVE PCS"
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

#ifndef CC_SEED
#  define CC_SEED 1
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
    cc_word  cb_n, cb_sp, cb_ra, cb_spsave, cb_plat, cb_gp, cb_depth;
    cc_word  vec;               /* struct cc_vec *, or 0 */
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
AT(cb_n, CC_F_CB_N);          AT(cb_sp, CC_F_CB_SP);
AT(cb_ra, CC_F_CB_RA);        AT(cb_spsave, CC_F_CB_SPSAVE);
AT(cb_plat, CC_F_CB_PLAT);    AT(cb_gp, CC_F_CB_GP);
AT(cb_depth, CC_F_CB_DEPTH);  AT(vec, CC_F_VEC);
AT(fseed, CC_F_FSEED);        AT(fsaved, CC_F_FSAVED);
AT(fjunk, CC_F_FJUNK);        AT(fhost, CC_F_FHOST);
AT(fret, CC_F_FRET);
_Static_assert(sizeof(struct cc_frame) == CC_F_SIZE, "cc_frame size");

/* The vector registers' contents before and after (cc_frame.h CC_V_*). */
struct cc_vec {
    uint64_t flags, vtype, avl, vxrm;
    uint64_t pad[4];
    uint8_t  data[CC_V_AFTER - CC_V_DATA];
    uint8_t  after[CC_V_SIZE - CC_V_AFTER];
} __attribute__((aligned(16)));
_Static_assert(offsetof(struct cc_vec, vtype) == CC_V_VTYPE, "cc_vec vtype");
_Static_assert(offsetof(struct cc_vec, avl) == CC_V_AVL, "cc_vec avl");
_Static_assert(offsetof(struct cc_vec, vxrm) == CC_V_VXRM, "cc_vec vxrm");
_Static_assert(offsetof(struct cc_vec, data) == CC_V_DATA, "cc_vec data");
_Static_assert(offsetof(struct cc_vec, after) == CC_V_AFTER, "cc_vec after");
_Static_assert(sizeof(struct cc_vec) == CC_V_SIZE, "cc_vec size");

void cc_trampoline(struct cc_frame *f);         /* abi/<arch>/trampoline.S */

/* The callback stubs (trampoline.S) and the C function each one runs. */
void cc_cb_stub0(void), cc_cb_stub1(void), cc_cb_stub2(void), cc_cb_stub3(void);
static void (*const cb_stubs[CC_MAX_CALLBACKS])(void) = {
    cc_cb_stub0, cc_cb_stub1, cc_cb_stub2, cc_cb_stub3
};
cc_fn cc_cb_target[CC_MAX_CALLBACKS];

static struct cc_frame frame;
static int quiet;
static int total_errors;

/* Where code lives: the kit's linker script marks its text; a hosted
 * program has the GNU linker's __executable_start and etext. */
#if defined(__x86_64__)
extern const char __executable_start[], etext[];
#  define CODE_START __executable_start
#  define CODE_END   etext
#else
extern const char __kit_text_start[], __kit_text_end[];
#  define CODE_START __kit_text_start
#  define CODE_END   __kit_text_end
#endif

/* A function pointer handed over without CC_CALLBACK is silent: the
 * routine calls plain C on its own state, nothing is checked and
 * r.callbacks stays 0.  An argument that points into code and is none of
 * the checked stubs is most likely that: say so once per call. */
static void hint_callback(const struct cc_call *c, cc_result *r)
{
    for (int i = 0; i < c->nargs && !r->callbacks; i++) {
        cc_word v = c->arg[i];
        int stub = 0;
        if (v < (cc_word)CODE_START || v >= (cc_word)CODE_END)
            continue;
        for (int k = 0; k < CC_MAX_CALLBACKS; k++)
            stub |= v == (cc_word)cb_stubs[k];
        if (stub)
            continue;
        r->hints++;
        if (!quiet)
            printf("%s: hint: argument %d of '%s' points to code (0x%lx) and no checked "
               "callback ran: pass CC_CALLBACK(fn) to check the call into C\n", TARGET, i,
               c->name ? c->name : "?", (unsigned long)v);
        return;
    }
}

static unsigned options;
static uint64_t seed = CC_SEED;
static unsigned ncalls;

/* ------------------------------------------------------------------------
 * Canaries and garbage: xorshift64*, started for each call from SEED and
 * the call's number (splitmix64 of both), so each call sees new values and
 * any one call can be repeated.
 * ------------------------------------------------------------------------ */
static uint64_t rng;

static void start_rng(uint64_t s, unsigned call)
{
    uint64_t z = s + (uint64_t)call * 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    rng = (z ^ (z >> 31)) | 1;          /* xorshift needs a non-zero state */
}

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

/* ------------------------------------------------------------------------
 * Narrow integer arguments and results (enum cc_kind).
 * ------------------------------------------------------------------------ */
static int kind_bits(int kind)
{
    static const unsigned char bits[] = { 0, 8, 8, 16, 16, 32, 32 };
    return kind > 0 && kind <= CC_U32 ? bits[kind] : 0;
}

static int kind_signed(int kind)
{
    return kind == CC_I8 || kind == CC_I16 || kind == CC_I32;
}

/* The value of the low bits of w as the C type of kind, in 64 bits. */
static uint64_t as_c_value(int kind, uint64_t w)
{
    int bits = kind_bits(kind);
    uint64_t mask = (1ull << bits) - 1;

    if (!bits)
        return w;
    w &= mask;
    if (kind_signed(kind) && (w >> (bits - 1)))
        w |= ~mask;
    return w;
}

/* What the register holds when a value of this kind is passed or returned
 * the way the ABI says; junk fills the bits the ABI leaves undefined. */
static cc_word abi_register(int kind, cc_word value, uint64_t junk)
{
    int bits = kind_bits(kind);
    uint64_t v = as_c_value(kind, value);

    if (!bits)
        return value;
#if defined(__riscv)
    /* psABI Integer Calling Convention: widened by the sign of the type to
     * 32 bits, then sign-extended to XLEN: unsigned int too. */
    (void)junk;
    return (cc_word)(int64_t)(int32_t)(uint32_t)v;
#elif defined(__aarch64__)
    /* AAPCS64 Parameter Passing, rule C.9: an integral argument goes into
     * the least significant bits of the register; and "named integral
     * values must be narrowed by the callee rather than the caller". */
    return (cc_word)((v & ((1ull << bits) - 1)) | (junk << bits));
#else
    /* SysV x86-64: char and short arrive extended to 32 bits (GCC and
     * clang both extend them as callers, and clang relies on it as a
     * callee), bits 63-32 are undefined. */
    return (cc_word)((v & 0xffffffffull) | (junk << 32));
#endif
}

/* ------------------------------------------------------------------------
 * Vector state: RVV (misa.V, enabled by crt0 in mstatus.VS) and SVE
 * (ID_AA64PFR0_EL1.SVE, enabled by crt0 in CPACR_EL1.ZEN).
 * ------------------------------------------------------------------------ */
static struct cc_vec vec;
static int vec_bytes = -1;              /* VLEN/8 or VL/8; -1: not probed */

#if defined(__aarch64__)
long cc_sve_vl_bytes(void);             /* trampoline.S: rdvl */
#endif

static int probe_vector(void)
{
#if defined(__riscv) && !defined(KIT_MODE_S)
    unsigned long misa, status, vlenb;
    __asm__ volatile ("csrr %0, misa" : "=r"(misa));
    __asm__ volatile ("csrr %0, mstatus" : "=r"(status));
    if (!(misa & (1ul << ('V' - 'A'))) || !(status & (3ul << 9)))
        return 0;                       /* no V, or mstatus.VS = Off */
    __asm__ volatile ("csrr %0, 0xc22" : "=r"(vlenb));        /* vlenb */
    return 32 * vlenb <= sizeof vec.data ? (int)vlenb : 0;
#elif defined(__aarch64__)
    unsigned long pfr0, cpacr;
    __asm__ volatile ("mrs %0, id_aa64pfr0_el1" : "=r"(pfr0));
    __asm__ volatile ("mrs %0, cpacr_el1" : "=r"(cpacr));
    if (!((pfr0 >> 32) & 0xf) || ((cpacr >> 16) & 3) != 3)
        return 0;                       /* no SVE, or EL1 would trap it */
    return (int)cc_sve_vl_bytes();
#else
    return 0;                           /* RISC-V S-mode cannot read misa */
#endif
}

int cc_vector_bits(void)
{
    if (vec_bytes < 0)
        vec_bytes = probe_vector();
    return 8 * vec_bytes;
}

const char *cc_vector(void)
{
    static char text[24];
    int bits = cc_vector_bits();

    if (!bits)
        return NULL;
#if defined(__riscv)
    snprintf(text, sizeof text, "RVV VLEN=%d", bits);
#else
    snprintf(text, sizeof text, "SVE VL=%d", bits);
#endif
    return text;
}

static void fill_vector(unsigned opts)
{
    int vl = cc_vector_bits() / 8, i;

    frame.vec = 0;
    if (!vl || (opts & CC_OPT_NO_VECTOR))
        return;
    for (i = 0; i < (int)sizeof vec.data / 8 && i * 8 < 34 * vl; i++) {
        uint64_t g = rand64();
        memcpy(&vec.data[8 * i], &g, 8);
    }
    vec.flags = CC_VF_FILL;
#if defined(__riscv)
    /* vtype: SEW = 8 (vsew 0), LMUL = 1, any tail/mask policy (bits 6,
     * 7); vl anything from 1 to VLMAX.  A vtype valid for every register
     * number (LMUL > 1 makes odd ones reserved, vill makes every vector
     * instruction illegal): a routine that forgets vsetvli computes with
     * the wrong element width and shows it in its result, instead of
     * trapping. */
    vec.vtype = rand64() & 0xc0;
    vec.avl = 1 + rand64() % (uint64_t)vl;
    vec.vxrm = rand64() & 3;
#else
    /* SVE: the trampoline loads z0-z31 instead of d0-d15/q16-q31, so the
     * FP arguments and canaries go into their low 64 bits */
    for (i = 0; i < CC_NFARG; i++)
        memcpy(&vec.data[i * vl], &frame.farg[i], 8);
    for (i = 0; i < 8; i++)
        memcpy(&vec.data[(8 + i) * vl], &frame.fseed[i], 8);
    if (opts & CC_OPT_SVE_PCS)
        vec.flags |= CC_VF_SVE_PCS;
#endif
    frame.vec = (cc_word)&vec;
}

static void fill_frame(const struct cc_call *c, unsigned opts)
{
    enum { NV = CC_NSAVED + CC_NJUNK + CC_NARG + 1 };
    uint64_t taken[NV];
    const uint64_t wmask = (cc_word)-1;
    int n = 0, i;

    memset(&frame, 0, sizeof frame);
    frame.fn = (cc_word)c->fn;
    for (i = 0; i < CC_NSAVED; i++)
        frame.seed[i] = (cc_word)pick(taken, &n, wmask);
    for (i = 0; i < CC_NJUNK; i++)
        frame.junk[i] = (cc_word)pick(taken, &n, wmask);
    /* argument registers that carry no argument get garbage too; narrow
     * integers get junk where the ABI leaves their upper bits undefined */
    for (i = 0; i < CC_NARG; i++)
        frame.arg[i] = i < c->nargs ? abi_register(c->kind[i], c->arg[i], rand64())
                                    : (cc_word)pick(taken, &n, wmask);
    /* the canary tp (RISC-V) or x18 (AArch64) holds during the call */
    frame.fix_in[3] = (cc_word)pick(taken, &n, wmask);

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
    fill_vector(opts);
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

static void put_udec(struct out *o, unsigned long long u, int minus, int plus)
{
    char tmp[24];
    int n = sizeof tmp;
    tmp[--n] = 0;
    do {
        tmp[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (minus)
        tmp[--n] = '-';
    else if (plus)
        tmp[--n] = '+';
    put(o, tmp + n);
}

static void put_dec(struct out *o, long long v, int plus)
{
    put_udec(o, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v,
             v < 0, plus);
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
    case CC_RULE_SP_CALLBACK:
        put(&o, v->rule == CC_RULE_SP_ENTRY ? SP_NAME " misaligned at entry to '"
                                            : SP_NAME " misaligned when '");
        put(&o, name);
        put(&o, v->rule == CC_RULE_SP_ENTRY ? "': " :
                v->rule == CC_RULE_SP_CALLOUT ? "' called out: "
                                              : "' called its callback: ");
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
    case CC_RULE_INT_EXTEND:
        put(&o, "callee '");
        put(&o, name);
        put(&o, "' returned a narrow integer not extended in ");
        put(&o, v->reg);
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
        put(&o, v->rule == CC_RULE_SAVED_INT || v->rule == CC_RULE_SAVED_FP ||
                v->rule == CC_RULE_SAVED_VEC ? "' clobbered " : "' changed ");
        put(&o, v->reg);
        put_values(&o, v);
        break;
    }
    put(&o, "  [");
    put(&o, v->spec);
    put(&o, "]  SEED=");
    put_udec(&o, v->seed, 0, 0);
    put(&o, " call ");
    put_udec(&o, v->call, 0, 0);
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
        v->seed = r->seed;
        v->call = r->call;
    }
}

#if defined(__aarch64__)
/* SVE PCS option: z8-z23 and p4-p15 as a whole must come back.  The low
 * 64 bits of z8-z15 are d8-d15, already checked: only the rest here. */
static void check_sve_pcs(cc_result *r)
{
    static const char *const znames[] = {
        "z8", "z9", "z10", "z11", "z12", "z13", "z14", "z15",
        "z16", "z17", "z18", "z19", "z20", "z21", "z22", "z23" };
    static const char *const pnames[] = {
        "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12", "p13", "p14", "p15" };
    int vl = vec_bytes, i, b;

    for (i = 0; i < 16 + 12; i++) {
        int z = i < 16, len = z ? vl : vl / 8;
        const uint8_t *want = z ? &vec.data[(8 + i) * vl]
                                : &vec.data[32 * vl + (i - 16 + 4) * (vl / 8)];
        const uint8_t *got = z ? &vec.after[i * vl]
                               : &vec.after[16 * vl + (i - 16) * (vl / 8)];
        for (b = z && i < 8 ? 8 : 0; b < len; b += 8) {
            uint64_t w = 0, g = 0;
            int k = len - b < 8 ? len - b : 8;
            memcpy(&w, want + b, k);
            memcpy(&g, got + b, k);
            if (w != g) {
                /* "z8 bytes 8-15": which part of the register differs
                 * (room for any two ints: GCC cannot see that b < vl <= 256) */
                static char where[16 + 12][40];
                snprintf(where[i], sizeof where[i], "%s bytes %d-%d",
                         z ? znames[i] : pnames[i - 16], b, b + k - 1);
                add(r, CC_RULE_SAVED_VEC, 0, where[i], w, g,
                    z ? SPEC_SAVED_Z : SPEC_SAVED_P);
                break;
            }
        }
    }
}
#endif

#if defined(__riscv)
/* psABI Integer Calling Convention: a narrow integer result comes back
 * extended like an argument.  r->ret[0] is still the raw a0 here. */
static void check_int_result(cc_result *r, int kind)
{
    cc_word want = abi_register(kind, r->ret[0], 0);

    if (kind_bits(kind) && r->ret[0] != want)
        add(r, CC_RULE_INT_EXTEND, 0, RET_NAME, want, r->ret[0], SPEC_INT_EXTEND);
}
#endif

static void check(cc_result *r, const struct cc_call *c, unsigned opts)
{
    int i;

    (void)opts;
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
    if (frame.fix_out[1] != frame.fix_in[3])    /* tp held a canary */
        add(r, CC_RULE_FIXED_REG, 0, "tp", frame.fix_in[3], frame.fix_out[1], SPEC_FIXED);
#  ifndef SOFT_FLOAT
    /* The psABI only points at C's <fenv.h> convention: a warning. */
    if (frame.fix_out[2] != frame.fix_in[2])
        add(r, CC_RULE_FP_CONTROL, 1, "frm (rounding mode)", frame.fix_in[2],
            frame.fix_out[2], SPEC_FP_CONTROL);
#  endif
#elif defined(__aarch64__)
    if (frame.fix_out[0] != frame.fix_in[3])    /* x18 held a canary */
        add(r, CC_RULE_PLATFORM_REG, !(opts & CC_OPT_X18_ERROR),
            "x18 (platform register)", frame.fix_in[3], frame.fix_out[0],
            SPEC_PLATFORM);
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

    /* cc_callout and the callback stubs keep the first misaligned sp they
     * saw (sp at their call). */
    if (frame.callout_n && frame.callout_sp % 16)
        add(r, CC_RULE_SP_CALLOUT, 0, SP_NAME, 0, frame.callout_sp % 16, SPEC_SP_ALIGN);
    if (frame.cb_n && frame.cb_sp % 16)
        add(r, CC_RULE_SP_CALLBACK, 0, SP_NAME, 0, frame.cb_sp % 16, SPEC_SP_ALIGN);

#if defined(__riscv)
    check_int_result(r, c->ret_kind);
#else
    (void)c;
#endif
#if defined(__aarch64__)
    if (frame.vec && (vec.flags & CC_VF_SVE_PCS))
        check_sve_pcs(r);
#endif
}

cc_result cc_call(const struct cc_call *c)
{
    cc_result r;
    unsigned opts;
    int i;

    memset(&r, 0, sizeof r);
    if (c->nargs < 0 || c->nargs > CC_MAX_ARGS || c->nfargs < 0 ||
        c->nfargs > CC_MAX_FARGS) {
        printf("%s: checked call of '%s': too many arguments\n", TARGET, c->name);
        r.errors = 1;
        total_errors++;
        return r;
    }
    opts = options | c->options;
    r.seed = seed;
    r.call = ++ncalls;
    start_rng(seed, r.call);
    fill_frame(c, opts);
    cc_trampoline(&frame);

    r.ret[0] = r.ret_raw[0] = frame.ret[0];
    r.ret[1] = r.ret_raw[1] = frame.ret[1];
    memcpy(r.fret, frame.fret, sizeof r.fret);
    r.callouts = (int)frame.callout_n;
    r.callbacks = (int)frame.cb_n;
    r.plat_canary = frame.fix_in[3];
    check(&r, c, opts);
    /* the result as its C type: what the caller's compiler would see */
    if (kind_bits(c->ret_kind))
        r.ret[0] = (cc_word)as_c_value(c->ret_kind, r.ret[0]);
    total_errors += r.errors;

    hint_callback(c, &r);
    if (!quiet) {
        for (i = 0; i < r.nviolations; i++) {
            char line[512];
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

cc_result cc_checked_call_k(const char *name, cc_fn fn, int ret_kind,
                            const unsigned char *kinds, int nargs, ...)
{
    struct cc_call c;
    va_list ap;
    int i;

    memset(&c, 0, sizeof c);
    c.name = name;
    c.fn = fn;
    c.nargs = nargs;
    c.ret_kind = (unsigned char)ret_kind;
    va_start(ap, nargs);
    for (i = 0; i < nargs && i < CC_MAX_ARGS; i++) {
        c.arg[i] = va_arg(ap, cc_word);
        c.kind[i] = kinds[i];
    }
    va_end(ap);
    return cc_call(&c);
}

cc_fn cc_callback(cc_fn user_fn)
{
    int i;

    for (i = 0; i < CC_MAX_CALLBACKS; i++) {
        if (!cc_cb_target[i] || cc_cb_target[i] == user_fn) {
            cc_cb_target[i] = user_fn;
            return cb_stubs[i];
        }
    }
    printf("%s: cc_callback: more than %d different callbacks\n", TARGET,
           CC_MAX_CALLBACKS);
    return NULL;
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
uint64_t cc_seed(void) { return seed; }
void cc_set_seed(uint64_t s) { seed = s; ncalls = 0; }
void cc_set_options(unsigned o) { options = o; }
void cc_set_quiet(int q) { quiet = q; }
int cc_total_errors(void) { return total_errors; }
