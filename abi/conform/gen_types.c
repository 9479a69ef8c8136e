/* abi/conform/gen_types.c: random signatures, deterministic from a seed.
 *
 * Besides uniform draws over the C types, each argument may be drawn from
 * a "theme": the aggregates each ABI treats specially, which a uniform
 * draw would rarely hit:
 *   - RISC-V psABI "Hardware Floating-point Calling Convention": structs
 *     of one or two FP fields, FP + integer, and shapes that just miss
 *     the rule (three fields, an integer wider than XLEN, an empty
 *     member, a zero-width bit-field between the FP fields);
 *   - AAPCS64 5.9.5 HFA/HVA: one to five members of one FP or vector
 *     type, as fields or arrays, nested;
 *   - byte arrays of every size from 1 to 40 (return size classes: in
 *     registers, in a register pair, by reference);
 * and x86-64 scalars (__int128, __float128, long double, SSE vectors).
 */
#include "model.h"

#include <stdlib.h>
#include <string.h>

const struct abi abis[] = {
    { "lp64d",   ARCH_RISCV,   64, 64, 16 },
    { "lp64",    ARCH_RISCV,   64,  0, 16 },
    { "ilp32d",  ARCH_RISCV,   32, 64, 16 },
    { "ilp32",   ARCH_RISCV,   32,  0, 16 },
    { "aapcs64", ARCH_AARCH64, 64, 64, 16 },
    { "sysv",    ARCH_X86_64,  64, 64, 10 },
};
const int nabis = sizeof abis / sizeof abis[0];

const struct abi *abi_find(const char *name)
{
    for (int i = 0; i < nabis; i++)
        if (!strcmp(abis[i].name, name))
            return &abis[i];
    return NULL;
}

uint64_t rnd_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int rnd_below(uint64_t *s, int n)
{
    return (int)(rnd_next(s) % (uint64_t)n);
}

struct type *type_new(enum kind k)
{
    struct type *t = calloc(1, sizeof *t);

    if (!t) {
        fprintf(stderr, "gen: out of memory\n");
        exit(2);
    }
    t->k = k;
    return t;
}

struct type *type_clone(const struct type *t)
{
    struct type *c;

    if (!t)
        return NULL;
    c = type_new(t->k);
    *c = *t;
    c->elem = type_clone(t->elem);
    for (int i = 0; i < t->nm; i++)
        c->m[i].t = type_clone(t->m[i].t);
    return c;
}

/* Generation state for one case. */
struct gen {
    const struct abi *abi;
    uint64_t *rng;
    struct sig *sig;
};

static int chance(struct gen *g, int percent)
{
    return rnd_below(g->rng, 100) < percent;
}

static struct type *tagged(struct gen *g, enum kind k)
{
    struct type *t = type_new(k);

    t->id = g->sig->ntypes++;
    return t;
}

static struct type *enum_type(struct gen *g)
{
    struct type *t = tagged(g, K_ENUM);

    t->enum_big = chance(g, 40);
    return t;
}

/* Vectors: 8 and 16 bytes of float, double, int or char (AAPCS64 short
 * vectors, x86-64 SSE class); none on RISC-V (no V in these ABIs). */
static struct type *vector_type(struct gen *g)
{
    static const enum kind el[] = { K_FLOAT, K_DOUBLE, K_INT, K_CHAR };
    struct type *t = type_new(K_VEC);

    t->vbytes = chance(g, 50) ? 8 : 16;
    t->elem = type_new(el[rnd_below(g->rng, 4)]);
    return t;
}

static int has_vectors(const struct abi *a)
{
    return a->arch != ARCH_RISCV;
}

/* Any scalar the ABI has. */
static struct type *scalar(struct gen *g)
{
    for (;;) {
        enum kind k = (enum kind)rnd_below(g->rng, K_VEC + 1);

        if ((k == K_INT128 || k == K_UINT128) && g->abi->xlen != 64)
            continue;
        if (k == K_FLOAT128 && g->abi->arch != ARCH_X86_64)
            continue;
        if (k == K_VEC)
            return has_vectors(g->abi) ? vector_type(g) : type_new(K_INT);
        return k == K_ENUM ? enum_type(g) : type_new(k);
    }
}

static struct type *fp_scalar(struct gen *g)
{
    static const enum kind fp[] = { K_FLOAT, K_DOUBLE, K_FLOAT, K_DOUBLE,
                                    K_LDOUBLE, K_CFLOAT, K_CDOUBLE };
    return type_new(fp[rnd_below(g->rng, 7)]);
}

static struct type *array_of(struct type *elem, int count)
{
    struct type *t = type_new(K_ARRAY);

    t->elem = elem;
    t->count = count;
    return t;
}

static void add(struct type *s, struct type *t, int bits, int named)
{
    struct member *m = &s->m[s->nm++];

    m->t = t;
    m->bits = bits;
    m->named = named;
}

/* Bit-field base types, and their width in bits on this ABI. */
static int kind_bits(enum kind k, const struct abi *a)
{
    switch (k) {
    case K_BOOL:                          return 1;
    case K_CHAR: case K_SCHAR: case K_UCHAR: return 8;
    case K_SHORT: case K_USHORT:          return 16;
    case K_INT: case K_UINT: case K_ENUM: return 32;
    case K_LONG: case K_ULONG:            return a->xlen;
    case K_LLONG: case K_ULLONG:          return 64;
    default:                              return 0;
    }
}

static void add_bitfield(struct gen *g, struct type *s)
{
    static const enum kind base[] = {
        K_BOOL, K_CHAR, K_UCHAR, K_SHORT, K_USHORT, K_INT, K_UINT,
        K_LONG, K_ULONG, K_LLONG, K_ULLONG, K_ENUM
    };
    enum kind k = base[rnd_below(g->rng, 12)];
    struct type *t = k == K_ENUM ? enum_type(g) : type_new(k);
    int max = kind_bits(k, g->abi);

    if (k == K_ENUM)
        max = 8;                 /* a small enum's values fit in 8 bits */
    if (chance(g, 15))
        add(s, t, 0, 0);                          /* zero-width */
    else if (chance(g, 10))
        add(s, t, 1 + rnd_below(g->rng, max), 0); /* unnamed padding */
    else
        add(s, t, 1 + rnd_below(g->rng, max), 1);
}

static struct type *aggregate(struct gen *g, int depth);

static struct type *member_type(struct gen *g, int depth)
{
    int r = rnd_below(g->rng, 100);

    if (depth < 2 && r < 12)
        return aggregate(g, depth + 1);
    if (r < 20)
        return array_of(depth < 2 && chance(g, 25) ? aggregate(g, depth + 1)
                        : scalar(g), rnd_below(g->rng, 5));
    if (r < 23)
        return tagged(g, K_STRUCT);               /* empty struct */
    return scalar(g);
}

/* A struct or union of random members. */
static struct type *random_record(struct gen *g, int depth)
{
    struct type *s = tagged(g, chance(g, 20) ? K_UNION : K_STRUCT);
    int n = 1 + rnd_below(g->rng, 5);

    for (int i = 0; i < n; i++) {
        if (chance(g, 15))
            add_bitfield(g, s);
        else {
            add(s, member_type(g, depth), -1, 1);
            if (chance(g, 8))
                s->m[s->nm - 1].align = 1 << (1 + rnd_below(g->rng, 4));
        }
    }
    s->packed = chance(g, 12);
    return s;
}

/* RISC-V FP calling convention shapes (psABI 2.2): hits and near misses. */
static struct type *riscv_fp_record(struct gen *g)
{
    struct type *s = tagged(g, K_STRUCT);
    int shape = rnd_below(g->rng, 10);

    switch (shape) {
    case 0:                                     /* one FP field */
        add(s, fp_scalar(g), -1, 1);
        break;
    case 1:                                     /* two FP fields */
        add(s, fp_scalar(g), -1, 1);
        add(s, fp_scalar(g), -1, 1);
        break;
    case 2: case 3:                             /* FP + integer, either order */
        add(s, shape == 2 ? fp_scalar(g) : scalar(g), -1, 1);
        add(s, shape == 2 ? scalar(g) : fp_scalar(g), -1, 1);
        break;
    case 4:                                     /* float[2] or float[1] */
        add(s, array_of(fp_scalar(g), 1 + rnd_below(g->rng, 2)), -1, 1);
        break;
    case 5: {                                   /* nested one-field struct */
        struct type *in = tagged(g, K_STRUCT);
        add(in, fp_scalar(g), -1, 1);
        add(s, in, -1, 1);
        add(s, chance(g, 50) ? fp_scalar(g) : scalar(g), -1, 1);
        break;
    }
    case 6:                                     /* three fields: just misses */
        for (int i = 0; i < 3; i++)
            add(s, fp_scalar(g), -1, 1);
        break;
    case 7:                                     /* empty member between FP */
        add(s, fp_scalar(g), -1, 1);
        add(s, chance(g, 50) ? tagged(g, K_STRUCT)
                             : array_of(type_new(K_INT), 0), -1, 1);
        add(s, fp_scalar(g), -1, 1);
        break;
    case 8:                                     /* zero-width bit-field */
        add(s, fp_scalar(g), -1, 1);
        add(s, type_new(K_INT), 0, 0);
        add(s, chance(g, 50) ? fp_scalar(g) : type_new(K_INT), -1, 1);
        break;
    default:                                    /* FP + int wider than XLEN */
        add(s, fp_scalar(g), -1, 1);
        add(s, type_new(g->abi->xlen == 64 ? K_INT128 : K_LLONG), -1, 1);
        break;
    }
    s->packed = chance(g, 8);
    return s;
}

/* AAPCS64 5.9.5: homogeneous aggregates of 1-4 members (5: not one). */
static struct type *hfa_record(struct gen *g)
{
    struct type *s = tagged(g, K_STRUCT);
    struct type *base = chance(g, 25) ? vector_type(g)
                      : type_new((enum kind[]){ K_FLOAT, K_DOUBLE, K_LDOUBLE }
                                 [rnd_below(g->rng, 3)]);
    int n = 1 + rnd_below(g->rng, 5);

    if (chance(g, 25)) {
        add(s, array_of(base, n), -1, 1);
    } else if (chance(g, 20) && n > 1) {
        struct type *in = tagged(g, K_STRUCT);
        add(in, type_clone(base), -1, 1);
        add(s, in, -1, 1);
        for (int i = 1; i < n; i++)
            add(s, type_clone(base), -1, 1);
    } else {
        for (int i = 0; i < n; i++)
            add(s, type_clone(base), -1, 1);
    }
    return s;
}

/* A struct of N bytes: every size class of a return value. */
static struct type *bytes_record(struct gen *g)
{
    struct type *s = tagged(g, K_STRUCT);

    add(s, array_of(type_new(chance(g, 50) ? K_CHAR : K_UCHAR),
                    1 + rnd_below(g->rng, 40)), -1, 1);
    return s;
}

static struct type *aggregate(struct gen *g, int depth)
{
    int r = rnd_below(g->rng, 100);

    if (depth == 0 && g->abi->arch == ARCH_RISCV && r < 30)
        return riscv_fp_record(g);
    if (depth == 0 && g->abi->arch == ARCH_AARCH64 && r < 30)
        return hfa_record(g);
    if (depth == 0 && r >= 30 && r < 40)
        return bytes_record(g);
    return random_record(g, depth);
}

/* A top-level struct may end in a flexible array member (not passed). */
static struct type *top_aggregate(struct gen *g)
{
    struct type *t = aggregate(g, 0);

    int named = 0;

    for (int i = 0; i < t->nm; i++)
        named |= t->m[i].named;
    /* C11 6.7.2.1: a flexible array member needs a named member before it */
    if (t->k == K_STRUCT && named && t->nm < MAX_MEMBERS && chance(g, 5)) {
        add(t, type_new(K_INT), -1, 1);
        t->flex = 1;
    }
    return t;
}

static int promoted_scalar(const struct type *t)
{
    switch (t->k) {
    case K_BOOL: case K_CHAR: case K_SCHAR: case K_UCHAR: case K_SHORT:
    case K_USHORT: case K_FLOAT: case K_ENUM: case K_VEC:
        return 0;
    case K_FLOAT128:    /* clang 14's va_arg reads it from the wrong slot
                         * (its own pairs disagree): not a GCC/clang case */
        return 0;
    default:
        return 1;
    }
}

static int has_kind(const struct type *t, enum kind k)
{
    if (t->k == k)
        return 1;
    if (t->k == K_ARRAY)
        return has_kind(t->elem, k);
    for (int i = 0; i < t->nm; i++)
        if (has_kind(t->m[i].t, k))
            return 1;
    return 0;
}

static int has_align16(const struct type *t)
{
    if (t->k == K_ARRAY)
        return has_align16(t->elem);
    for (int i = 0; i < t->nm; i++)
        if (t->m[i].align >= 16 || has_align16(t->m[i].t))
            return 1;
    return 0;
}

/* A record with some data: a named member that is not a zero-length
 * array or an empty record. */
static int has_data(const struct type *t)
{
    for (int i = 0; i < t->nm; i++) {
        const struct type *m = t->m[i].t;
        if (!t->m[i].named || (t->flex && i == t->nm - 1) ||
            (m->k == K_ARRAY && m->count == 0))
            continue;
        if ((m->k == K_STRUCT || m->k == K_UNION) && !has_data(m))
            continue;
        return 1;
    }
    return 0;
}

/* Where a compiler's own va_arg disagrees with its own caller, a case
 * would test nothing between GCC and clang (seed 42 campaign): clang 14
 * on x86-64 with 16-byte aligned values (__int128, aligned(16)); GCC 12
 * on rv32 with a record of no data (a zero-length array only). */
static int variadic_ok(const struct type *t, const struct abi *abi)
{
    if (abi->arch == ARCH_X86_64 &&
        (has_kind(t, K_INT128) || has_kind(t, K_UINT128) || has_align16(t)))
        return 0;
    if ((t->k == K_STRUCT || t->k == K_UNION) && !has_data(t))
        return 0;
    return 1;
}

/* Variadic arguments: promoted scalars, and aggregates without vectors
 * (GCC 12's own AArch64 va_arg disagrees with its caller on HVAs) or
 * __float128 (on x86-64 both compilers' own pairs disagree on such a
 * struct: seed 7, case 214). */
static struct type *arg_type(struct gen *g, int variadic)
{
    for (;;) {
        struct type *t = chance(g, 50) ? scalar(g) : top_aggregate(g);

        if (!variadic)
            return t;
        if (((t->k == K_STRUCT || t->k == K_UNION)
                 ? !has_kind(t, K_VEC) && !has_kind(t, K_FLOAT128) : promoted_scalar(t)) &&
            variadic_ok(t, g->abi))
            return t;
    }
}

void sig_random(struct sig *s, const struct abi *abi, uint64_t *rng)
{
    struct gen g = { abi, rng, s };
    int r = rnd_below(rng, 100);

    s->ntypes = 0;
    /* Mostly a few arguments; one case in five spills onto the stack. */
    s->nargs = r < 80 ? rnd_below(rng, 7) : 9 + rnd_below(rng, MAX_ARGS - 9);
    s->nfixed = s->nargs;
    if (s->nargs >= 2 && chance(&g, 20))
        s->nfixed = 1 + rnd_below(rng, s->nargs - 1);
    for (int i = 0; i < s->nargs; i++)
        s->arg[i] = arg_type(&g, i >= s->nfixed);
    r = rnd_below(rng, 100);
    s->ret = r < 8 ? NULL : r < 45 ? scalar(&g) : top_aggregate(&g);
}

/* Case `id` of `seed`: its own random stream, so it can be made alone. */
void sig_for_case(struct sig *s, const struct abi *abi, uint64_t seed, int id)
{
    uint64_t rng = seed * 0x100000001b3ULL ^ (uint64_t)id * 0x9e3779b97f4a7c15ULL;

    memset(s, 0, sizeof *s);
    s->id = id;
    s->seed = seed;
    rnd_next(&rng);
    sig_random(s, abi, &rng);
}
