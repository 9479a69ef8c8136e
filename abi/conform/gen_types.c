/* abi/conform/gen_types.c: random signatures, deterministic from a seed.
 *
 * The generator aims at C's whole type grammar as the two compilers meet
 * it at a call: every scalar the ABI has (the half-precision ones where
 * every compiler of the run accepts them), enums of every size, vectors
 * of 8, 16, 32 and 64 bytes, structs and unions nested, arrays (zero-
 * length and flexible ones anywhere), typedefs (some with aligned(N),
 * which may raise or lower an alignment), packed and aligned(N) on
 * records, members and bit-fields, bit-fields of every base type and
 * width next to every other member type, empty structs and unions as
 * members, array elements and arguments; variadic calls of every class.
 *
 * A uniform draw over that grammar would rarely hit the shapes each ABI
 * treats specially, so an aggregate argument is often drawn from a
 * "theme":
 *   - RISC-V psABI, Hardware Floating-Point Calling Convention: structs
 *     of one or two FP reals, FP + integer or bit-field (XLEN-wide ones
 *     too), and shapes that just miss the rule (three fields, an integer
 *     wider than XLEN, an empty member, a zero-length array or a zero-
 *     width bit-field between the FP fields, a union);
 *   - AAPCS64 5.10.5 homogeneous aggregates (HFA/HVA) of 1-5 members,
 *     as fields, arrays or nested, with the same near misses;
 *   - SysV x86-64 psABI 3.2.3 classification: eightbytes mixing SSE and
 *     INTEGER, X87 (long double), __float128, wide vectors;
 *   - byte arrays of 1-40 bytes (every return size class).
 * Weights are set so that a 10-minute make abi-fuzz draws each construct
 * hundreds of times on every ABI; gen --stats counts them.
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

struct avail avail;

const struct abi *abi_find(const char *name)
{
    for (int i = 0; i < nabis; i++)
        if (!strcmp(abis[i].name, name))
            return &abis[i];
    return NULL;
}

/* "f16,fp16,bf16": the types every compiler of the run accepts. */
int avail_parse(const char *list)
{
    char buf[128], *save = NULL;

    memset(&avail, 0, sizeof avail);
    snprintf(buf, sizeof buf, "%s", list);
    for (char *w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        if (!strcmp(w, "f16"))
            avail.f16 = 1;
        else if (!strcmp(w, "fp16"))
            avail.fp16 = 1;
        else if (!strcmp(w, "bf16"))
            avail.bf16 = 1;
        else if (strcmp(w, "-"))
            return -1;
    }
    return 0;
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

const struct type *type_strip(const struct type *t)
{
    while (t && t->k == K_TYPEDEF)
        t = t->elem;
    return t;
}

int type_is_record(const struct type *t)
{
    t = type_strip(t);
    return t && (t->k == K_STRUCT || t->k == K_UNION);
}

int kind_is_fp(enum kind k)
{
    return (k >= K_FLOAT && k <= K_BF16) || k == K_CFLOAT || k == K_CDOUBLE ||
           k == K_CLDOUBLE;
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

/* An enum: its constants fit a byte, need 32 bits, or one is past 32
 * bits (a GNU extension that makes the enum 8 bytes); packed makes it as
 * small as its constants allow. */
static struct type *enum_type(struct gen *g)
{
    struct type *t = tagged(g, K_ENUM);
    int r = rnd_below(g->rng, 10);

    t->enum_size = r < 5 ? 1 : r < 8 ? 4 : 8;
    t->enum_packed = chance(g, 15);
    return t;
}

/* Half-precision types, where every compiler of the run has them. */
static int half_kinds(enum kind *out)
{
    int n = 0;

    if (avail.f16)
        out[n++] = K_FLOAT16;
    if (avail.fp16)
        out[n++] = K_FP16;
    if (avail.bf16)
        out[n++] = K_BF16;
    return n;
}

/* Vectors (GCC's vector_size): 8, 16, 32 or 64 bytes of an integer or FP
 * element.  On RISC-V without V they are aggregates (psABI, Integer
 * Calling Convention: "Fixed-length vectors are treated as aggregates");
 * on AArch64 8 and 16 bytes are short vectors (AAPCS64 5.5), wider ones
 * composites; on x86-64 SSE, or AVX-sized ones without AVX. */
static struct type *vector_of(struct gen *g, int bytes)
{
    static const enum kind el[] = { K_CHAR, K_SHORT, K_INT, K_LLONG, K_FLOAT, K_DOUBLE };
    struct type *t = type_new(K_VEC);
    int n = 6;

    t->vbytes = bytes;
    if (avail.f16 && chance(g, 10))
        t->elem = type_new(K_FLOAT16);
    else
        t->elem = type_new(el[rnd_below(g->rng, n)]);
    return t;
}

static struct type *vector_type(struct gen *g)
{
    static const int sizes[] = { 8, 16, 8, 16, 32, 64 };

    return vector_of(g, sizes[rnd_below(g->rng, 6)]);
}

/* Any scalar the ABI has. */
static struct type *scalar(struct gen *g)
{
    enum kind half[3];

    for (;;) {
        enum kind k = (enum kind)rnd_below(g->rng, K_VEC + 1);

        if ((k == K_INT128 || k == K_UINT128) && g->abi->xlen != 64)
            continue;
        if (k == K_FLOAT128 && g->abi->arch != ARCH_X86_64)
            continue;
        if (k == K_FLOAT16 || k == K_FP16 || k == K_BF16) {
            int n = half_kinds(half);
            if (!n)
                continue;
            k = half[rnd_below(g->rng, n)];
        }
        if (k == K_VEC)
            return vector_type(g);
        return k == K_ENUM ? enum_type(g) : type_new(k);
    }
}

static struct type *fp_scalar(struct gen *g)
{
    static const enum kind fp[] = { K_FLOAT, K_DOUBLE, K_FLOAT, K_DOUBLE,
                                    K_LDOUBLE, K_CFLOAT, K_CDOUBLE, K_CLDOUBLE };
    enum kind half[3];
    int n = half_kinds(half);

    if (n && chance(g, 12))
        return type_new(half[rnd_below(g->rng, n)]);
    return type_new(fp[rnd_below(g->rng, 8)]);
}

/* Bytes of a scalar (0: not one), for the array rule below. */
static int scalar_bytes(const struct type *t, const struct abi *a)
{
    switch (t->k) {
    case K_BOOL: case K_CHAR: case K_SCHAR: case K_UCHAR: return 1;
    case K_SHORT: case K_USHORT: case K_FLOAT16: case K_FP16: case K_BF16: return 2;
    case K_INT: case K_UINT: case K_FLOAT: return 4;
    case K_LONG: case K_ULONG: case K_PTR: return a->xlen / 8;
    case K_ENUM: return t->enum_packed ? t->enum_size : t->enum_size < 4 ? 4 : t->enum_size;
    case K_VEC: return t->vbytes;
    default: return 8;
    }
}

/* An array's element may not be aligned beyond its size (GCC: "alignment
 * of array elements is greater than element size"): such a typedef loses
 * its aligned(N) when it becomes an element. */
static struct type *array_of_abi(const struct abi *a, struct type *elem, int count)
{
    struct type *t = type_new(K_ARRAY);

    if (elem->k == K_TYPEDEF && elem->align &&
        (type_is_record(elem) || elem->align > scalar_bytes(type_strip(elem), a)))
        elem->align = 0;
    t->elem = elem;
    t->count = count;
    return t;
}

static struct type *array_of(struct type *elem, int count)
{
    struct type *t = type_new(K_ARRAY);

    t->elem = elem;
    t->count = count;
    return t;
}

/* A typedef naming t, sometimes with aligned(N): N may be below the
 * type's alignment (GCC and clang allow lowering it on a typedef only). */
static struct type *typedef_of(struct gen *g, struct type *t)
{
    struct type *d = tagged(g, K_TYPEDEF);

    d->elem = t;
    if (chance(g, 35))
        d->align = 1 << rnd_below(g->rng, 6);       /* 1 .. 32 */
    return d;
}

/* Sometimes wrap a type in a typedef (not an array at the top of an
 * argument: a parameter of array type would be a pointer). */
static struct type *maybe_typedef(struct gen *g, struct type *t)
{
    return chance(g, 12) ? typedef_of(g, t) : t;
}

static struct member *add(struct type *s, struct type *t, int bits, int named)
{
    struct member *m = &s->m[s->nm++];

    memset(m, 0, sizeof *m);
    m->t = t;
    m->bits = bits;
    m->named = named;
    return m;
}

/* Bit-field base types, and their width in bits on this ABI. */
static int kind_bits(const struct type *t, const struct abi *a)
{
    switch (t->k) {
    case K_BOOL:                          return 1;
    case K_CHAR: case K_SCHAR: case K_UCHAR: return 8;
    case K_SHORT: case K_USHORT:          return 16;
    case K_INT: case K_UINT:              return 32;
    case K_ENUM:                          return 8 * (t->enum_packed ? t->enum_size
                                                      : t->enum_size < 4 ? 4 : t->enum_size);
    case K_LONG: case K_ULONG:            return a->xlen;
    case K_LLONG: case K_ULLONG:          return 64;
    case K_INT128: case K_UINT128:        return 128;
    default:                              return 0;
    }
}

/* A bit-field of any base type the ABI has and any width: zero-width,
 * unnamed, one bit, the full width of its type (an XLEN-wide long), with
 * packed or aligned(N) now and then. */
static void add_bitfield(struct gen *g, struct type *s)
{
    static const enum kind base[] = {
        K_BOOL, K_CHAR, K_UCHAR, K_SHORT, K_USHORT, K_INT, K_UINT,
        K_LONG, K_ULONG, K_LLONG, K_ULLONG, K_ENUM, K_INT128, K_UINT128
    };
    enum kind k;
    struct type *t;
    struct member *m;
    int max, w, r;

    do
        k = base[rnd_below(g->rng, 14)];
    while ((k == K_INT128 || k == K_UINT128) && g->abi->xlen != 64);
    r = rnd_below(g->rng, 100);
    if (r < 8)                              /* an XLEN-wide long */
        k = chance(g, 50) ? K_LONG : K_ULONG;
    t = k == K_ENUM ? enum_type(g) : type_new(k);
    max = kind_bits(t, g->abi);
    w = r < 20 ? max : r < 28 ? 1 : 1 + rnd_below(g->rng, max);
    if (k == K_ENUM && w > 8 * t->enum_size)
        w = 8 * t->enum_size;               /* the constants need no more */
    if (chance(g, 12))
        m = add(s, t, 0, 0);                          /* zero-width */
    else if (chance(g, 10))
        m = add(s, t, w, 0);                          /* unnamed padding */
    else
        m = add(s, t, w, 1);
    if (m->bits && chance(g, 8))
        m->packed = 1;
    else if (m->bits && chance(g, 6))
        m->align = 1 << rnd_below(g->rng, 5);
}

static struct type *aggregate(struct gen *g, int depth);

/* An empty struct or union, or an array of them (sizes 0-2). */
static struct type *empty_record(struct gen *g)
{
    struct type *e = tagged(g, chance(g, 50) ? K_STRUCT : K_UNION);

    if (chance(g, 25))
        return array_of(e, rnd_below(g->rng, 3));
    return e;
}

/* A struct that ends in a flexible array member: nested, anywhere. */
static struct type *flex_record(struct gen *g)
{
    struct type *s = tagged(g, K_STRUCT);

    add(s, scalar(g), -1, 1);
    add(s, chance(g, 50) ? type_new(K_INT) : fp_scalar(g), -1, 1);
    s->flex = 1;
    return s;
}

static struct type *member_type(struct gen *g, int depth)
{
    int r = rnd_below(g->rng, 100);

    if (depth < 3 && r < 14)
        return maybe_typedef(g, aggregate(g, depth + 1));
    if (r < 22)
        return array_of_abi(g->abi, depth < 3 && chance(g, 25) ? aggregate(g, depth + 1)
                            : maybe_typedef(g, scalar(g)), rnd_below(g->rng, 5));
    if (r < 27)
        return empty_record(g);
    if (r < 30 && depth < 3)
        return flex_record(g);
    return maybe_typedef(g, scalar(g));
}

/* Member attributes: aligned(N) (1..16) or packed, now and then. */
static void member_attrs(struct gen *g, struct member *m)
{
    if (chance(g, 7))
        m->align = 1 << rnd_below(g->rng, 5);
    else if (chance(g, 6))
        m->packed = 1;
}

/* A struct or union of random members. */
static struct type *random_record(struct gen *g, int depth)
{
    struct type *s = tagged(g, chance(g, 20) ? K_UNION : K_STRUCT);
    int n = 1 + rnd_below(g->rng, 5);

    for (int i = 0; i < n; i++) {
        if (chance(g, 18))
            add_bitfield(g, s);
        else
            member_attrs(g, add(s, member_type(g, depth), -1, 1));
    }
    s->packed = chance(g, 12);
    return s;
}

/* The member that sits between or beside FP fields in the near misses:
 * an empty struct or union, a zero-length array, a zero-width or a
 * narrow bit-field, a union of one FP field. */
static void add_separator(struct gen *g, struct type *s)
{
    switch (rnd_below(g->rng, 6)) {
    case 0:
        add(s, empty_record(g), -1, 1);
        break;
    case 1:
        add(s, array_of(chance(g, 50) ? type_new(K_INT) : fp_scalar(g), 0), -1, 1);
        break;
    case 2:
        add(s, type_new(chance(g, 50) ? K_INT : K_CHAR), 0, 0);
        break;
    case 3: {
        struct type *u = tagged(g, K_UNION);
        add(u, fp_scalar(g), -1, 1);
        add(s, u, -1, 1);
        break;
    }
    default:
        add_bitfield(g, s);
        break;
    }
}

/* RISC-V FP calling convention shapes: hits and near misses. */
static struct type *riscv_fp_record(struct gen *g)
{
    struct type *s = tagged(g, K_STRUCT);
    int shape = rnd_below(g->rng, 12);

    switch (shape) {
    case 0:                                     /* one FP field */
        add(s, maybe_typedef(g, fp_scalar(g)), -1, 1);
        break;
    case 1:                                     /* two FP fields */
        add(s, maybe_typedef(g, fp_scalar(g)), -1, 1);
        add(s, maybe_typedef(g, fp_scalar(g)), -1, 1);
        break;
    case 2: case 3:                             /* FP + integer, either order */
        add(s, shape == 2 ? fp_scalar(g) : scalar(g), -1, 1);
        add(s, shape == 2 ? scalar(g) : fp_scalar(g), -1, 1);
        break;
    case 4:                                     /* FP[1] or FP[2] */
        add(s, array_of(fp_scalar(g), 1 + rnd_below(g->rng, 2)), -1, 1);
        break;
    case 5: {                                   /* nested one-field struct */
        struct type *in = tagged(g, K_STRUCT);
        add(in, fp_scalar(g), -1, 1);
        add(s, maybe_typedef(g, in), -1, 1);
        add(s, chance(g, 50) ? fp_scalar(g) : scalar(g), -1, 1);
        break;
    }
    case 6:                                     /* three fields: just misses */
        for (int i = 0; i < 3; i++)
            add(s, fp_scalar(g), -1, 1);
        break;
    case 7: case 8:                             /* something between FP */
        add(s, fp_scalar(g), -1, 1);
        add_separator(g, s);
        add(s, chance(g, 70) ? fp_scalar(g) : scalar(g), -1, 1);
        break;
    case 9: case 10:                            /* FP next to a bit-field */
        if (chance(g, 50))
            add(s, fp_scalar(g), -1, 1);
        add_bitfield(g, s);
        if (s->nm == 1 || chance(g, 40))
            add(s, fp_scalar(g), -1, 1);
        break;
    default:                                    /* FP + int wider than XLEN */
        add(s, fp_scalar(g), -1, 1);
        add(s, type_new(g->abi->xlen == 64 ? K_INT128 : K_LLONG), -1, 1);
        break;
    }
    if (chance(g, 8))
        s->packed = 1;
    else if (chance(g, 8))
        member_attrs(g, &s->m[rnd_below(g->rng, s->nm)]);
    return s;
}

/* AAPCS64 5.10.5: homogeneous aggregates of 1-4 members (5: not one),
 * and the near misses: a separator among the members, a typedef'd or
 * over-aligned member. */
static struct type *hfa_record(struct gen *g)
{
    struct type *s = tagged(g, K_STRUCT);
    enum kind half[3];
    int nh = half_kinds(half);
    struct type *base = chance(g, 25) ? vector_of(g, chance(g, 50) ? 8 : 16)
                      : nh && chance(g, 15) ? type_new(half[rnd_below(g->rng, nh)])
                      : type_new((enum kind[]){ K_FLOAT, K_DOUBLE, K_LDOUBLE, K_CFLOAT }
                                 [rnd_below(g->rng, 4)]);
    int n = 1 + rnd_below(g->rng, 5);

    if (chance(g, 25)) {
        add(s, array_of(base, n), -1, 1);
    } else if (chance(g, 20) && n > 1) {
        struct type *in = tagged(g, K_STRUCT);
        add(in, type_clone(base), -1, 1);
        add(s, maybe_typedef(g, in), -1, 1);
        for (int i = 1; i < n; i++)
            add(s, type_clone(base), -1, 1);
    } else {
        for (int i = 0; i < n; i++)
            add(s, maybe_typedef(g, type_clone(base)), -1, 1);
    }
    if (chance(g, 25) && s->nm < MAX_MEMBERS - 1) {
        /* a separator, moved to a random place among the members */
        int at = rnd_below(g->rng, s->nm + 1);
        struct member sep;
        add_separator(g, s);
        sep = s->m[s->nm - 1];
        memmove(&s->m[at + 1], &s->m[at], (size_t)(s->nm - 1 - at) * sizeof sep);
        s->m[at] = sep;
    }
    if (chance(g, 8))
        member_attrs(g, &s->m[rnd_below(g->rng, s->nm)]);
    return s;
}

/* SysV x86-64 psABI 3.2.3: eightbytes that mix classes. */
static struct type *x86_record(struct gen *g)
{
    struct type *s = tagged(g, chance(g, 20) ? K_UNION : K_STRUCT);
    static const enum kind k[] = { K_FLOAT, K_INT, K_DOUBLE, K_LDOUBLE, K_FLOAT128,
                                   K_CFLOAT, K_CLDOUBLE, K_CHAR, K_LONG, K_INT128 };
    int n = 1 + rnd_below(g->rng, 4);

    for (int i = 0; i < n; i++) {
        int r = rnd_below(g->rng, 100);
        if (r < 12)
            add(s, vector_type(g), -1, 1);
        else if (r < 20)
            add_bitfield(g, s);
        else if (r < 26)
            add_separator(g, s);
        else
            add(s, maybe_typedef(g, type_new(k[rnd_below(g->rng, 10)])), -1, 1);
    }
    s->packed = chance(g, 10);
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

    if (depth == 0 && r < 30) {
        switch (g->abi->arch) {
        case ARCH_RISCV:   return riscv_fp_record(g);
        case ARCH_AARCH64: return hfa_record(g);
        default:           return x86_record(g);
        }
    }
    if (depth == 0 && r < 38)
        return bytes_record(g);
    if (depth == 0 && r < 42) {
        /* an empty struct or union as the argument or result itself; the
         * draw of empty_record() only picks which (it keeps the seeds'
         * cases as they were measured) */
        return empty_record(g)->k == K_ARRAY ? tagged(g, K_STRUCT) : tagged(g, K_UNION);
    }
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
    if (t->k == K_STRUCT && named && !t->flex && t->nm < MAX_MEMBERS && chance(g, 8)) {
        add(t, chance(g, 70) ? type_new(K_INT) : scalar(g), -1, 1);
        t->flex = 1;
    }
    return maybe_typedef(g, t);
}

/* What may be passed as a variadic argument: C's default argument
 * promotions turn _Bool, char, short, float, __fp16 and enums narrower
 * than int into int or double, so va_arg of those types would be
 * undefined.  Everything else may go through "...": records of every
 * class, vectors, __int128, long double, __float128, _Float16. */
static int variadic_ok(const struct type *t)
{
    t = type_strip(t);
    switch (t->k) {
    case K_BOOL: case K_CHAR: case K_SCHAR: case K_UCHAR: case K_SHORT:
    case K_USHORT: case K_FLOAT: case K_FP16: case K_BF16:
        return 0;
    case K_ENUM:
        return !t->enum_packed && t->enum_size >= 4;
    default:
        return 1;
    }
}

static struct type *arg_type(struct gen *g, int variadic)
{
    for (;;) {
        int r = rnd_below(g->rng, 100);
        struct type *t = r < 42 ? maybe_typedef(g, scalar(g))
                       : r < 50 ? maybe_typedef(g, vector_type(g)) : top_aggregate(g);

        if (!variadic || variadic_ok(t))
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
    if (s->nargs >= 2 && chance(&g, 25))
        s->nfixed = 1 + rnd_below(rng, s->nargs - 1);
    for (int i = 0; i < s->nargs; i++) {
        s->arg[i] = arg_type(&g, i >= s->nfixed);
        s->orig[i] = i;
    }
    r = rnd_below(rng, 100);
    s->ret = r < 8 ? NULL : r < 40 ? maybe_typedef(&g, scalar(&g))
           : r < 46 ? vector_type(&g) : top_aggregate(&g);
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
