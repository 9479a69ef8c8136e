/* abi/conform/emit.c: a signature printed as C.
 *
 * One generated file holds every case of a run; it is compiled twice per
 * compiler: -DCF_CALLEE gives the callee half, without it the caller half.
 * Both halves see the same type definitions and the same literals.
 *
 * Every scalar "leaf" of every argument and of the return value gets its
 * own value, made of bytes that are distinct across the whole case
 * (graffiti), so a value that arrives shifted by a register or a few bytes
 * is recognisable in the report.  The callee compares each leaf it
 * received, the caller each leaf returned, through cf_check() in the
 * harness (harness.c), which names the leaf by its path: arg3.m0.m1[2].
 */
#include "model.h"

#include <string.h>

static const char *const scalar_name[K_NKINDS] = {
    [K_BOOL] = "_Bool", [K_CHAR] = "char", [K_SCHAR] = "signed char",
    [K_UCHAR] = "unsigned char", [K_SHORT] = "short",
    [K_USHORT] = "unsigned short", [K_INT] = "int", [K_UINT] = "unsigned int",
    [K_LONG] = "long", [K_ULONG] = "unsigned long", [K_LLONG] = "long long",
    [K_ULLONG] = "unsigned long long", [K_INT128] = "__int128",
    [K_UINT128] = "unsigned __int128", [K_FLOAT] = "float",
    [K_DOUBLE] = "double", [K_LDOUBLE] = "long double",
    [K_FLOAT128] = "__float128", [K_FLOAT16] = "_Float16", [K_FP16] = "__fp16",
    [K_BF16] = "__bf16", [K_CFLOAT] = "_Complex float",
    [K_CDOUBLE] = "_Complex double", [K_CLDOUBLE] = "_Complex long double",
    [K_PTR] = "void *",
};

/* Vector element types and the letter of their typedef (cf_v16f). */
static const struct { enum kind k; char code; int bytes; } vec_elems[] = {
    { K_CHAR, 'c', 1 }, { K_SHORT, 's', 2 }, { K_INT, 'i', 4 }, { K_LLONG, 'l', 8 },
    { K_FLOAT, 'f', 4 }, { K_DOUBLE, 'd', 8 }, { K_FLOAT16, 'h', 2 },
};
enum { NVEC_ELEMS = sizeof vec_elems / sizeof vec_elems[0] };

static int vec_elem(enum kind k)
{
    for (int i = 0; i < NVEC_ELEMS; i++)
        if (vec_elems[i].k == k)
            return i;
    return 0;
}

/* The C name of a type (not of an array: see the member declarations). */
static void type_name(char *buf, size_t n, const struct sig *s, const struct type *t)
{
    switch (t->k) {
    case K_STRUCT:  snprintf(buf, n, "struct s%d_%d", s->id, t->id); break;
    case K_UNION:   snprintf(buf, n, "union u%d_%d", s->id, t->id); break;
    case K_ENUM:    snprintf(buf, n, "enum e%d_%d", s->id, t->id); break;
    case K_TYPEDEF: snprintf(buf, n, "t%d_%d", s->id, t->id); break;
    case K_VEC:     snprintf(buf, n, "cf_v%d%c", t->vbytes,
                             vec_elems[vec_elem(t->elem->k)].code);
                    break;
    default:        snprintf(buf, n, "%s", scalar_name[t->k]); break;
    }
}

/* What emit_defs has printed: vector typedefs once per declaration. */
struct defs {
    FILE *f;
    const char *sep;
    int vectors;            /* print the vector typedefs a case uses */
    unsigned vec_seen[NVEC_ELEMS];
    unsigned char done[1024];   /* tag numbers defined (a parsed declaration
                                 * may use one struct twice) */
};

/* 1 the first time a tagged type is met. */
static int first_time(struct defs *d, const struct type *t)
{
    if (t->id < 0 || t->id >= (int)sizeof d->done)
        return 1;
    if (d->done[t->id])
        return 0;
    d->done[t->id] = 1;
    return 1;
}

/* A member's name: its own (parsed) or m<index>. */
static void member_name(char *buf, size_t n, const struct type *t, int i)
{
    if (t->m[i].name)
        snprintf(buf, n, "%s", t->m[i].name);
    else
        snprintf(buf, n, "m%d", i);
}

/* An enum's three constants, by its size: a byte, 32 bits, or one past
 * 32 bits (GNU C: the enum becomes 8 bytes).  Constants 0 and 1 are
 * small and non-negative, so a narrow enum bit-field holds them the same
 * way with either compiler; a signed enum (parsed ones only) gets a
 * negative constant 2. */
static long long enum_value(const struct type *t, int i)
{
    long long v = (unsigned)(t->id * 37 + i * 71 + 13) & 0x7f;

    if (t->enum_size >= 4 && i == 2)
        v += 0x1000000ll * (unsigned)(1 + t->id % 100 % 7) + v * 0x10101;
    if (t->enum_size == 8 && i == 2)
        v += 0x100000000ll * (unsigned)(1 + t->id % 5);
    return t->enum_signed && i == 2 ? -v - 1 : v;
}

static void emit_defs(struct defs *d, const struct sig *s, const struct type *t);

static void emit_record(struct defs *d, const struct sig *s, const struct type *t)
{
    char name[64], mname[64];
    FILE *f = d->f;

    for (int i = 0; i < t->nm; i++)
        emit_defs(d, s, t->m[i].t);
    type_name(name, sizeof name, s, t);
    fprintf(f, "%s {", name);
    for (int i = 0; i < t->nm; i++) {
        const struct member *m = &t->m[i];
        const struct type *mt = m->t->k == K_ARRAY ? m->t->elem : m->t;

        type_name(mname, sizeof mname, s, mt);
        fprintf(f, " %s", mname);
        if (m->named) {
            member_name(mname, sizeof mname, t, i);
            fprintf(f, " %s", mname);
        }
        if (t->flex && i == t->nm - 1)
            fprintf(f, "[]");
        else if (m->t->k == K_ARRAY)
            fprintf(f, "[%d]", m->t->count);
        if (m->bits >= 0)
            fprintf(f, " : %d", m->bits);
        if (m->align)
            fprintf(f, " __attribute__((aligned(%d)))", m->align);
        if (m->packed)
            fprintf(f, " __attribute__((packed))");
        fprintf(f, ";");
    }
    fprintf(f, " }%s;%s", t->packed ? " __attribute__((packed))" : "", d->sep);
}

/* Definitions, children first. */
static void emit_defs(struct defs *d, const struct sig *s, const struct type *t)
{
    char name[64], ename[64];
    FILE *f = d->f;

    if (!t)
        return;
    switch (t->k) {
    case K_ARRAY:
        emit_defs(d, s, t->elem);
        return;
    case K_ENUM:
        if (!first_time(d, t))
            return;
        type_name(name, sizeof name, s, t);
        fprintf(f, "%s {", name);
        for (int i = 0; i < 3; i++) {
            long long v = enum_value(t, i);
            fprintf(f, "%s e%d_%d_%d = %s0x%llx", i ? "," : "", s->id, t->id, i,
                    v < 0 ? "-" : "", (unsigned long long)(v < 0 ? -v : v));
        }
        fprintf(f, " }%s;%s", t->enum_packed ? " __attribute__((packed))" : "", d->sep);
        return;
    case K_VEC: {
        int e = vec_elem(t->elem->k);
        unsigned bit = 1u << (t->vbytes / 8);       /* 8..64: bits 1..8 */
        if (!d->vectors || (d->vec_seen[e] & bit))
            return;
        d->vec_seen[e] |= bit;
        type_name(name, sizeof name, s, t);
        fprintf(f, "typedef %s %s __attribute__((vector_size(%d)));%s",
                scalar_name[t->elem->k], name, t->vbytes, d->sep);
        return;
    }
    case K_TYPEDEF: {
        const struct type *u = t->elem;
        if (!first_time(d, t))
            return;
        emit_defs(d, s, u);
        type_name(name, sizeof name, s, t);
        type_name(ename, sizeof ename, s, u->k == K_ARRAY ? u->elem : u);
        fprintf(f, "typedef %s %s", ename, name);
        if (u->k == K_ARRAY)
            fprintf(f, "[%d]", u->count);
        if (t->align)
            fprintf(f, " __attribute__((aligned(%d)))", t->align);
        fprintf(f, ";%s", d->sep);
        return;
    }
    case K_STRUCT: case K_UNION:
        if (first_time(d, t))
            emit_record(d, s, t);
        return;
    default:
        return;
    }
}

static int elem_bytes(enum kind k)
{
    return vec_elems[vec_elem(k)].bytes;
}

int type_leaf_count(const struct type *t)
{
    int n = 0;

    switch (t->k) {
    case K_TYPEDEF:
        return type_leaf_count(t->elem);
    case K_STRUCT:
        for (int i = 0; i < t->nm; i++)
            if (t->m[i].named && !(t->flex && i == t->nm - 1))
                n += t->m[i].bits >= 0 ? 1 : type_leaf_count(t->m[i].t);
        return n;
    case K_UNION:       /* the first member with leaves is the one in use */
        for (int i = 0; i < t->nm; i++)
            if (t->m[i].named && (n = t->m[i].bits >= 0 ? 1 : type_leaf_count(t->m[i].t)))
                return n;
        return 0;
    case K_ARRAY:
        return t->count * type_leaf_count(t->elem);
    case K_VEC:
        return t->vbytes / elem_bytes(t->elem->k);
    case K_CFLOAT: case K_CDOUBLE: case K_CLDOUBLE:
        return 2;
    default:
        return 1;
    }
}

/* The graffiti: each byte of a case's values is the next of a sequence
 * that does not repeat within 256 bytes. */
struct lit {
    const struct abi *abi;
    const struct sig *sig;
    unsigned ctr;
};

static unsigned gbyte(struct lit *l)
{
    return (unsigned)(l->sig->id * 53 + 0x11 + l->ctr++) & 0xff;
}

static uint64_t gbytes(struct lit *l, int n)
{
    uint64_t v = 0;

    for (int i = 0; i < n; i++)
        v |= (uint64_t)gbyte(l) << (8 * i);
    return v;
}

/* A normal floating-point value with graffiti in its mantissa, as an exact
 * hex literal: mant_bits of fraction, exponent near 1.0. */
static void fp_literal(char *buf, size_t n, struct lit *l, int mant_bits,
                       const char *suffix)
{
    uint64_t hi = 0, lo;
    int e = (int)(gbyte(l) % 64) - 32;
    int neg = (int)(gbyte(l) & 1);

    /* mantissa: up to 112 bits as hi:lo, shifted to whole hex digits */
    lo = gbytes(l, 8);
    if (mant_bits > 64)
        hi = gbytes(l, (mant_bits - 64 + 7) / 8) & ((1ULL << (mant_bits - 64)) - 1);
    else
        lo &= mant_bits == 64 ? ~0ULL : ((1ULL << mant_bits) - 1);
    if (mant_bits > 64) {
        int pad = (4 - (mant_bits % 4)) % 4, hexd = (mant_bits + pad) / 4;
        /* hi:lo << pad, printed as hexd digits: 112 bits -> 28 digits */
        hi = (hi << pad) | (pad ? lo >> (64 - pad) : 0);
        lo <<= pad;
        snprintf(buf, n, "%s0x1.%0*llx%016llxp%d%s", neg ? "-" : "", hexd - 16,
                 (unsigned long long)hi, (unsigned long long)lo, e, suffix);
    } else {
        int pad = (4 - (mant_bits % 4)) % 4;
        snprintf(buf, n, "%s0x1.%0*llxp%d%s", neg ? "-" : "", (mant_bits + pad) / 4,
                 (unsigned long long)(lo << pad), e, suffix);
    }
}

/* A 16-bit floating-point value, built from its bits (GCC 12 has no
 * conversions to __bf16; bits need none): a normal number, exponent
 * field 1..max-1, graffiti in the mantissa. */
static void half_literal(char *buf, size_t n, struct lit *l, const char *type,
                         int mant_bits)
{
    int exp_bits = 15 - mant_bits, emax = (1 << exp_bits) - 1;
    unsigned mant = (unsigned)gbytes(l, 2) & ((1u << mant_bits) - 1);
    unsigned ex = 1 + gbyte(l) % (unsigned)(emax - 1), sign = gbyte(l) & 1;
    unsigned bits = sign << 15 | ex << mant_bits | mant;

    snprintf(buf, n, "({ %s h_; unsigned short b_ = 0x%04x; "
             "__builtin_memcpy(&h_, &b_, 2); h_; })", type, bits);
}

static int int_bytes(enum kind k, const struct abi *a)
{
    switch (k) {
    case K_CHAR: case K_SCHAR: case K_UCHAR: return 1;
    case K_SHORT: case K_USHORT: return 2;
    case K_INT: case K_UINT: return 4;
    case K_LONG: case K_ULONG: case K_PTR: return a->xlen / 8;
    case K_LLONG: case K_ULLONG: return 8;
    case K_INT128: case K_UINT128: return 16;
    default: return 0;
    }
}

static int is_signed(enum kind k)
{
    return k == K_CHAR || k == K_SCHAR || k == K_SHORT || k == K_INT || k == K_LONG ||
           k == K_LLONG || k == K_INT128;
}

/* One leaf: its C type, a literal for it, and how many bytes to compare. */
struct leaf {
    char type[64];
    char value[192];
    char size[80];
};

/* An integer of n bytes with graffiti, narrowed to what a bit-field of
 * `bits` holds (one bit less if signed, so the value reads back the same). */
static void int_literal(struct leaf *lf, struct lit *l, enum kind k, int n, int bits)
{
    uint64_t lo = gbytes(l, n < 8 ? n : 8), hi = n > 8 ? gbytes(l, 8) : 0;
    int keep = bits > 0 ? bits - is_signed(k) : 8 * n;

    if (keep < 64) {
        lo &= keep <= 0 ? 0 : (1ULL << keep) - 1;
        hi = 0;
    } else if (keep < 128) {
        hi &= keep == 64 ? 0 : (1ULL << (keep - 64)) - 1;
    }
    if (n > 8)
        snprintf(lf->value, sizeof lf->value,
                 "(%s)((unsigned __int128)0x%llxULL << 64 | 0x%llxULL)", lf->type,
                 (unsigned long long)hi, (unsigned long long)lo);
    else
        snprintf(lf->value, sizeof lf->value, "(%s)0x%llxULL", lf->type,
                 (unsigned long long)lo);
}

/* t: the leaf's type as written (maybe a typedef), u: what it names. */
static void scalar_leaf(struct leaf *lf, struct lit *l, const struct type *t, int bits)
{
    const struct abi *a = l->abi;
    const struct type *u = type_strip(t);

    type_name(lf->type, sizeof lf->type, l->sig, t);
    snprintf(lf->size, sizeof lf->size, "sizeof(%s)", lf->type);
    switch (u->k) {
    case K_BOOL:
        snprintf(lf->value, sizeof lf->value, "%u", gbyte(l) & 1);
        return;
    case K_FLOAT:
        fp_literal(lf->value, sizeof lf->value, l, 23, "f");
        return;
    case K_DOUBLE:
        fp_literal(lf->value, sizeof lf->value, l, 52, "");
        return;
    case K_LDOUBLE:
        if (a->ld_bytes == 10) {        /* x87 80-bit: 63 fraction bits */
            fp_literal(lf->value, sizeof lf->value, l, 63, "L");
            snprintf(lf->size, sizeof lf->size, "10");
        } else {
            fp_literal(lf->value, sizeof lf->value, l, 112, "L");
        }
        return;
    case K_FLOAT16: case K_FP16:
        half_literal(lf->value, sizeof lf->value, l, lf->type, 10);
        return;
    case K_BF16:
        half_literal(lf->value, sizeof lf->value, l, lf->type, 7);
        return;
    case K_FLOAT128: {
        uint64_t lo = gbytes(l, 8), hi = gbytes(l, 6) | 0x3fff000000000000ULL;
        snprintf(lf->value, sizeof lf->value, "cf_mkq(0x%llxULL, 0x%llxULL)",
                 (unsigned long long)lo, (unsigned long long)hi);
        return;
    }
    case K_ENUM: {
        unsigned g = gbyte(l);
        if (bits > 0)       /* a small value of the enum's (unsigned) type */
            snprintf(lf->value, sizeof lf->value, "(%s)%u", lf->type,
                     g & ((1u << (bits > 1 ? (bits - 1 > 7 ? 7 : bits - 1) : 1)) - 1));
        else
            snprintf(lf->value, sizeof lf->value, "e%d_%d_%u", l->sig->id, u->id, g % 3);
        return;
    }
    case K_PTR:
        snprintf(lf->value, sizeof lf->value, "(void *)(__UINTPTR_TYPE__)0x%llxULL",
                 (unsigned long long)gbytes(l, a->xlen / 8));
        return;
    default:
        int_literal(lf, l, u->k, int_bytes(u->k, a), bits);
        return;
    }
}

/* What to do with each leaf: assign it (set) or compare it (check). */
enum leaf_op { OP_SET, OP_CHECK };

struct walk {
    FILE *f;
    struct lit *lit;
    enum leaf_op op;
};

static void leaf_out(struct walk *w, const struct leaf *lf, const char *cexpr,
                     const char *path)
{
    if (w->op == OP_SET)
        fprintf(w->f, "    %s = %s;\n", cexpr, lf->value);
    else
        fprintf(w->f, "    { %s e = %s; %s g = %s; cf_check(&e, &g, %s, \"%s\"); }\n",
                lf->type, lf->value, lf->type, cexpr, lf->size, path);
}

static void walk(struct walk *w, const struct type *t, const char *cexpr,
                 const char *path, int bits)
{
    char ce[512], pa[512];
    struct leaf lf;

    switch (t->k) {
    case K_TYPEDEF: {
        /* a scalar leaf keeps its typedef's name; anything else is walked */
        const struct type *u = type_strip(t);
        if (u->k >= K_CFLOAT && u->k != K_PTR && u->k != K_ENUM)
            walk(w, u, cexpr, path, bits);
        else {
            scalar_leaf(&lf, w->lit, t, bits);
            leaf_out(w, &lf, cexpr, path);
        }
        return;
    }
    case K_STRUCT: case K_UNION:
        for (int i = 0; i < t->nm; i++) {
            const struct member *m = &t->m[i];
            if (!m->named || (t->flex && i == t->nm - 1))
                continue;
            if (t->k == K_UNION && !(m->bits >= 0 || type_leaf_count(m->t)))
                continue;
            char mn[64];
            member_name(mn, sizeof mn, t, i);
            snprintf(ce, sizeof ce, "%s.%s", cexpr, mn);
            snprintf(pa, sizeof pa, "%s.%s", path, mn);
            walk(w, m->t, ce, pa, m->bits);
            if (t->k == K_UNION)
                return;                 /* one member in use */
        }
        return;
    case K_ARRAY:
    case K_VEC: {
        int n = t->k == K_ARRAY ? t->count : type_leaf_count(t);
        for (int i = 0; i < n; i++) {
            snprintf(ce, sizeof ce, "%s[%d]", cexpr, i);
            snprintf(pa, sizeof pa, "%s[%d]", path, i);
            walk(w, t->elem, ce, pa, -1);
        }
        return;
    }
    case K_CFLOAT: case K_CDOUBLE: case K_CLDOUBLE: {
        struct type part = { .k = t->k == K_CFLOAT ? K_FLOAT
                                 : t->k == K_CDOUBLE ? K_DOUBLE : K_LDOUBLE };
        for (int i = 0; i < 2; i++) {
            snprintf(ce, sizeof ce, "%s %s", i ? "__imag__" : "__real__", cexpr);
            snprintf(pa, sizeof pa, "%s.%s", path, i ? "im" : "re");
            scalar_leaf(&lf, w->lit, &part, -1);
            leaf_out(w, &lf, ce, pa);
        }
        return;
    }
    default:
        scalar_leaf(&lf, w->lit, t, bits);
        leaf_out(w, &lf, cexpr, path);
        return;
    }
}

void emit_prologue(FILE *f, const struct abi *abi)
{
    fprintf(f, "/* Generated by abi/conform/gen for %s: do not edit. */\n"
               "void cf_check(const void *e, const void *g, unsigned n, const char *path);\n"
               "void cf_enter(unsigned id);\n", abi->name);
    for (int b = 8; b <= 64; b *= 2)
        for (int i = 0; i < NVEC_ELEMS; i++)
            if (vec_elems[i].k != K_FLOAT16 || avail.f16)
                fprintf(f, "typedef %s cf_v%d%c __attribute__((vector_size(%d)));\n",
                        scalar_name[vec_elems[i].k], b, vec_elems[i].code, b);
    if (abi->arch == ARCH_X86_64)
        fprintf(f, "static inline __float128 cf_mkq(unsigned long long lo, unsigned long long hi)\n"
                   "{ __float128 q; __builtin_memcpy(&q, &lo, 8);"
                   " __builtin_memcpy((char *)&q + 8, &hi, 8); return q; }\n");
}

static void params(FILE *f, const struct sig *s, int names)
{
    char tn[64];

    if (!s->nargs)
        fprintf(f, "void");
    for (int i = 0; i < s->nfixed; i++) {
        type_name(tn, sizeof tn, s, s->arg[i]);
        fprintf(f, "%s%s", i ? ", " : "", tn);
        if (names)
            fprintf(f, " arg%d", i);
    }
    if (s->nfixed < s->nargs)
        fprintf(f, ", ...");
}

static void ret_name(char *buf, size_t n, const struct sig *s)
{
    if (s->ret)
        type_name(buf, n, s, s->ret);
    else
        snprintf(buf, n, "void");
}

/* The one-line declaration: every definition it needs (vector typedefs
 * included, so it compiles on its own), the prototype, and what a "..."
 * is called with. */
void emit_decl(FILE *f, const struct sig *s)
{
    struct defs d = { .f = f, .sep = " ", .vectors = 1 };
    char rn[64];

    emit_defs(&d, s, s->ret);
    for (int i = 0; i < s->nargs; i++)
        emit_defs(&d, s, s->arg[i]);
    ret_name(rn, sizeof rn, s);
    fprintf(f, "%s f%d(", rn, s->id);
    params(f, s, 0);
    fprintf(f, ");");
    if (s->nfixed < s->nargs) {
        fprintf(f, " /* called with");
        for (int i = s->nfixed; i < s->nargs; i++) {
            char tn[64];
            type_name(tn, sizeof tn, s, s->arg[i]);
            fprintf(f, "%s %s", i > s->nfixed ? "," : "", tn);
        }
        fprintf(f, " */");
    }
}

/* A local of the argument's type, filled with 0xa5 then its leaves. */
static void fill_local(FILE *f, struct lit *l, const struct sig *s,
                       const struct type *t, const char *name)
{
    char tn[64];
    struct walk w = { f, l, OP_SET };

    type_name(tn, sizeof tn, s, t);
    fprintf(f, "    %s %s;\n    __builtin_memset(&%s, 0xa5, sizeof %s);\n",
            tn, name, name, name);
    walk(&w, t, name, name, -1);
}

static void emit_callee(FILE *f, const struct sig *s, const struct abi *abi)
{
    struct lit l = { abi, s, 0 };
    struct walk w = { f, &l, OP_CHECK };
    char rn[64], nm[16], tn[64];

    ret_name(rn, sizeof rn, s);
    fprintf(f, "%s cf_f%d(", rn, s->id);
    params(f, s, 1);
    fprintf(f, ")\n{\n    cf_enter(%d);\n", s->id);
    for (int i = 0; i < s->nfixed; i++) {
        snprintf(nm, sizeof nm, "arg%d", i);
        walk(&w, s->arg[i], nm, nm, -1);
    }
    if (s->nfixed < s->nargs) {
        fprintf(f, "    __builtin_va_list ap;\n    __builtin_va_start(ap, arg%d);\n",
                s->nfixed - 1);
        for (int i = s->nfixed; i < s->nargs; i++) {
            snprintf(nm, sizeof nm, "arg%d", i);
            type_name(tn, sizeof tn, s, s->arg[i]);
            fprintf(f, "    %s %s = __builtin_va_arg(ap, %s);\n", tn, nm, tn);
            walk(&w, s->arg[i], nm, nm, -1);
        }
        fprintf(f, "    __builtin_va_end(ap);\n");
    }
    if (s->ret) {
        fill_local(f, &l, s, s->ret, "ret");
        fprintf(f, "    return ret;\n");
    }
    fprintf(f, "}\n");
}

static void emit_caller(FILE *f, const struct sig *s, const struct abi *abi)
{
    struct lit l = { abi, s, 0 };
    struct walk w = { f, &l, OP_CHECK };
    char nm[16], rn[64];

    ret_name(rn, sizeof rn, s);
    fprintf(f, "void cf_r%d(void)\n{\n", s->id);
    for (int i = 0; i < s->nargs; i++) {
        snprintf(nm, sizeof nm, "arg%d", i);
        fill_local(f, &l, s, s->arg[i], nm);
    }
    if (s->ret)
        fprintf(f, "    %s ret = ", rn);
    else
        fprintf(f, "    ");
    fprintf(f, "cf_f%d(", s->id);
    for (int i = 0; i < s->nargs; i++)
        fprintf(f, "%sarg%d", i ? ", " : "", i);
    fprintf(f, ");\n");
    if (s->ret)
        walk(&w, s->ret, "ret", "ret", -1);
    fprintf(f, "}\n");
}

void emit_case(FILE *f, const struct sig *s, const struct abi *abi)
{
    struct defs d = { .f = f, .sep = "\n" };
    char rn[64];

    fprintf(f, "\n// case %d: ", s->id);
    emit_decl(f, s);
    fprintf(f, "\n");
    emit_defs(&d, s, s->ret);
    for (int i = 0; i < s->nargs; i++)
        emit_defs(&d, s, s->arg[i]);
    ret_name(rn, sizeof rn, s);
    fprintf(f, "%s cf_f%d(", rn, s->id);
    params(f, s, 0);
    fprintf(f, ");\n#ifdef CF_CALLEE\n");
    emit_callee(f, s, abi);
    fprintf(f, "#else\n");
    emit_caller(f, s, abi);
    fprintf(f, "#endif\n");
}

void emit_table(FILE *f, const struct sig *cases, int n)
{
    fprintf(f, "\n#ifndef CF_CALLEE\n");
    for (int i = 0; i < n; i++)
        fprintf(f, "void cf_r%d(void);\n", cases[i].id);
    fprintf(f, "void (*const cf_runners[])(void) = {\n");
    for (int i = 0; i < n; i++)
        fprintf(f, "    cf_r%d,\n", cases[i].id);
    fprintf(f, "};\nconst unsigned cf_ids[] = {");
    for (int i = 0; i < n; i++)
        fprintf(f, "%s%s%d", i ? "," : "", i % 16 ? " " : "\n    ", cases[i].id);
    fprintf(f, "\n};\nconst unsigned cf_ncases = %d;\n#endif\n", n);
}
