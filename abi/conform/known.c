/* abi/conform/known.c: recognising the known GCC/clang disagreements.
 *
 * Each class in known.txt has a predicate here over a generated signature:
 * gen tags every case with the classes its arguments and return value
 * contain (cases.txt, second column), and report accepts a mixed-pair
 * mismatch only on a case tagged with a class that known.txt lists for
 * that ABI.  The predicates look at the shape of one top-level argument
 * (or the return type), never at a case number, so the same rule holds
 * for every seed.
 */
#include "model.h"

#include <string.h>

/* What a type contains, as bits. */
enum {
    F_FP      = 1 << 0,     /* float, double, _Complex (FP-register types) */
    F_ZWBF    = 1 << 1,     /* a zero-width bit-field in a struct */
    F_ZLA     = 1 << 2,     /* a zero-length array member */
    F_EMPTY   = 1 << 3,     /* an empty struct member (or array of them) */
    F_F128    = 1 << 4,     /* __float128 */
    F_I128    = 1 << 5,     /* __int128 */
    F_FLEX    = 1 << 6,     /* a flexible array member */
    F_PACKED  = 1 << 7,     /* a packed struct or union */
    F_AL16    = 1 << 8,     /* aligned(16) on a member */
    F_UNNAMED = 1 << 9,     /* a record with members but no named data: only
                             * unnamed bit-fields, zero-length arrays, empty
                             * records, a flexible array */
    F_LDBL    = 1 << 10,    /* long double */
    F_UNION   = 1 << 11,
    F_VEC8    = 1 << 12,    /* an 8-byte vector (MMX-sized) */
};

static int is_fp(enum kind k)
{
    return k == K_FLOAT || k == K_DOUBLE || k == K_CFLOAT || k == K_CDOUBLE;
}

/* A named member that holds data: not a zero-length array, not an empty
 * record, not the flexible array. */
static int has_named_data(const struct type *t)
{
    for (int i = 0; i < t->nm; i++) {
        const struct type *mt = t->m[i].t;
        if (!t->m[i].named || (t->flex && i == t->nm - 1))
            continue;
        if (mt->k == K_ARRAY && mt->count == 0)
            continue;
        if ((mt->k == K_STRUCT || mt->k == K_UNION) && mt->nm == 0)
            continue;
        return 1;
    }
    return 0;
}

static unsigned features(const struct type *t)
{
    unsigned f = 0;

    if (!t)
        return 0;
    switch (t->k) {
    case K_STRUCT: case K_UNION:
        if (t->packed)
            f |= F_PACKED;
        if (t->flex)
            f |= F_FLEX;
        if (t->k == K_UNION)
            f |= F_UNION;
        if (t->nm && !has_named_data(t))
            f |= F_UNNAMED;
        for (int i = 0; i < t->nm; i++) {
            const struct member *m = &t->m[i];
            if (m->bits == 0 && t->k == K_STRUCT)
                f |= F_ZWBF;
            if (m->align == 16)
                f |= F_AL16;
            if (m->t->k == K_ARRAY && m->t->count == 0)
                f |= F_ZLA;
            if ((m->t->k == K_STRUCT || m->t->k == K_UNION) && m->t->nm == 0)
                f |= F_EMPTY;
            if (m->t->k == K_ARRAY && m->t->elem->k == K_STRUCT && m->t->elem->nm == 0)
                f |= F_EMPTY;
            f |= features(m->t);
        }
        return f;
    case K_ARRAY:
        return features(t->elem);
    case K_VEC:
        return t->vbytes == 8 ? F_VEC8 : 0;
    case K_FLOAT128: return F_F128;
    case K_INT128: case K_UINT128: return F_I128;
    case K_LDOUBLE: return F_LDBL;
    default:
        return is_fp(t->k) ? F_FP : 0;
    }
}

/* The classes, as named in known.txt, with their rule over one top-level
 * argument or return type's features. */
struct class {
    const char *name;
    enum arch arch;
    int hard_float_only;
    unsigned all;           /* every one of these bits */
    unsigned any;           /* and at least one of these (0: none needed) */
};

static const struct class classes[] = {
    /* RISC-V psABI 2.2 FP flattening: GCC 12 skips zero-width bit-fields,
     * zero-length arrays and empty structs when it flattens; clang 14
     * gives up flattening there (integer registers). */
    { "rv-flatten-zero-width-bitfield", ARCH_RISCV, 1, F_FP | F_ZWBF, 0 },
    { "rv-flatten-zero-length-member",  ARCH_RISCV, 1, F_FP, F_ZLA | F_EMPTY },
    /* A struct or union with members but no named data (unnamed
     * bit-fields, zero-length arrays, empty records): one compiler passes
     * it as its size, the other drops it as an empty record */
    { "no-named-data-record", ARCH_RISCV,   0, F_UNNAMED, 0 },
    { "no-named-data-record", ARCH_AARCH64, 0, F_UNNAMED, 0 },
    /* AAPCS64 5.9.5 HFA: GCC 12.1 changed the treatment of zero-width
     * bit-fields in homogeneous aggregates; clang 14 differs */
    { "a64-hfa-zero-width-bitfield", ARCH_AARCH64, 0, F_FP | F_ZWBF, 0 },
    /* x86-64: __float128 inside an aggregate, __int128 on the stack,
     * flexible-array records, 8-byte vectors (SSE for GCC, INTEGER for
     * clang 14: the __m64 question) */
    { "x86-float128-in-aggregate", ARCH_X86_64, 0, F_F128, 0 },
    { "x86-int128-alignment",      ARCH_X86_64, 0, F_I128, 0 },
    { "x86-flexible-array",        ARCH_X86_64, 0, F_FLEX, 0 },
    { "x86-8-byte-vector",         ARCH_X86_64, 0, F_VEC8, 0 },
};

static int matches(const struct class *c, unsigned f)
{
    return (f & c->all) == c->all && (!c->any || (f & c->any));
}

static void add_tag(char *buf, size_t n, const char *name, int *count)
{
    if (strstr(buf, name))
        return;
    snprintf(buf + strlen(buf), n - strlen(buf), "%s%s", *count ? "," : "", name);
    (*count)++;
}

int known_tags(const struct sig *s, const struct abi *abi, char *buf, size_t n)
{
    int count = 0;

    buf[0] = 0;
    for (size_t c = 0; c < sizeof classes / sizeof classes[0]; c++) {
        const struct class *cl = &classes[c];
        if (cl->arch != abi->arch || (cl->hard_float_only && !abi->fpr))
            continue;
        for (int i = -1; i < s->nargs; i++) {
            const struct type *t = i < 0 ? s->ret : s->arg[i];
            /* the x86 __int128 rule is about scalars as well as members */
            if (t && (t->k == K_STRUCT || t->k == K_UNION ||
                      cl->all == F_I128 || cl->all == F_VEC8) &&
                matches(cl, features(t)))
                add_tag(buf, n, cl->name, &count);
        }
    }
    if (!count)
        snprintf(buf, n, "-");
    return count;
}
