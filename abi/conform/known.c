/* abi/conform/known.c: the exact shapes of the known disagreements.
 *
 * The minimiser shrinks every disagreeing case to a reproducer; a class
 * of known.txt is credited only when the reproducer has that class's
 * shape, checked here.  A shape names what one argument or the result
 * (the "culprit") must be, and what may stand beside it: scalars only
 * (register pressure, a stack slot's alignment), never a second record,
 * whose part in the disagreement no class describes.  Each predicate
 * cites the ABI rule the two compilers read differently.
 */
#include "model.h"

#include <string.h>

/* ---- what a type holds -------------------------------------------------- */

static int is_record(const struct type *t)
{
    return type_is_record(t);
}

static const struct type *strip(const struct type *t)
{
    return type_strip(t);
}

/* An empty record, or an array of them (any count), or a zero-length
 * array: members that hold no bytes. */
static int is_void_member(const struct member *m)
{
    const struct type *t = strip(m->t);

    if (m->bits == 0)
        return 1;
    if (t->k == K_ARRAY && t->count == 0)
        return 1;
    if (t->k == K_ARRAY)
        t = strip(t->elem);
    return (t->k == K_STRUCT || t->k == K_UNION) && t->nm == 0;
}

/* A record with members but no named data: every member an unnamed
 * bit-field, a zero-length array, an empty record or the flexible array. */
static int no_named_data(const struct type *t)
{
    t = strip(t);
    if (!is_record(t) || !t->nm)
        return 0;
    for (int i = 0; i < t->nm; i++) {
        const struct member *m = &t->m[i];
        const struct type *mt = strip(m->t);
        if (!m->named || (t->flex && i == t->nm - 1) || is_void_member(m))
            continue;
        if (is_record(mt) && (no_named_data(mt) || !mt->nm))
            continue;
        return 0;
    }
    return 1;
}

static int has_kind(const struct type *t, enum kind k)
{
    if (!t)
        return 0;
    if (t->k == k)
        return 1;
    if (t->elem && has_kind(t->elem, k))
        return 1;
    for (int i = 0; i < t->nm; i++)
        if (has_kind(t->m[i].t, k))
            return 1;
    return 0;
}

/* A zero-width bit-field in a struct, at any depth outside unions. */
static int has_zero_width(const struct type *t)
{
    t = strip(t);
    if (t->k == K_ARRAY)
        return t->count > 0 && has_zero_width(t->elem);
    if (t->k != K_STRUCT)
        return 0;
    for (int i = 0; i < t->nm; i++)
        if (t->m[i].bits == 0 || (t->m[i].bits < 0 && has_zero_width(t->m[i].t)))
            return 1;
    return 0;
}

/* A zero-length array or empty record member, at any depth outside unions. */
static int has_void_member(const struct type *t)
{
    t = strip(t);
    if (t->k == K_ARRAY)
        return t->count > 0 && has_void_member(t->elem);
    if (t->k != K_STRUCT)
        return 0;
    for (int i = 0; i < t->nm; i++)
        if ((t->m[i].bits < 0 && is_void_member(&t->m[i])) ||
            (t->m[i].bits < 0 && has_void_member(t->m[i].t)))
            return 1;
    return 0;
}

/* ---- RISC-V psABI, Hardware Floating-Point Calling Convention ------------- */

/* The flattened fields of a struct: FP reals (a complex is two) and
 * integers, ignoring what `skip` says to ignore; -1 if something cannot
 * be flattened (a union, a vector, a real wider than FLEN: the integer
 * convention then applies whatever the skips). */
struct flat {
    int fp, ints, bad;
    int fp_bytes[4], int_bytes[4];
};

enum { SKIP_ZERO_WIDTH = 1, SKIP_VOID = 2 };

static int kbytes(enum kind k, const struct abi *a)
{
    switch (k) {
    case K_BOOL: case K_CHAR: case K_SCHAR: case K_UCHAR: return 1;
    case K_SHORT: case K_USHORT: case K_FLOAT16: case K_FP16: case K_BF16: return 2;
    case K_INT: case K_UINT: case K_FLOAT: case K_CFLOAT: return 4;
    case K_LONG: case K_ULONG: case K_PTR: return a->xlen / 8;
    case K_LLONG: case K_ULLONG: case K_DOUBLE: case K_CDOUBLE: return 8;
    default: return 16;
    }
}

static void flatten(const struct type *t, const struct abi *a, int skip, struct flat *f,
                    int bits)
{
    t = strip(t);
    if (f->bad)
        return;
    switch (t->k) {
    case K_STRUCT:
        for (int i = 0; i < t->nm; i++) {
            const struct member *m = &t->m[i];
            if (m->bits == 0) {
                if (!(skip & SKIP_ZERO_WIDTH))
                    f->bad = 1;
                continue;
            }
            if (is_void_member(m) || (t->flex && i == t->nm - 1)) {
                if (!(skip & SKIP_VOID))
                    f->bad = 1;
                continue;
            }
            flatten(m->t, a, skip, f, m->bits);
        }
        return;
    case K_ARRAY:
        for (int i = 0; i < t->count && !f->bad; i++)
            flatten(t->elem, a, skip, f, -1);
        return;
    case K_FLOAT: case K_DOUBLE:
        if (bits >= 0 || f->fp == 2 || kbytes(t->k, a) * 8 > a->fpr)
            f->bad = 1;
        else
            f->fp_bytes[f->fp++] = kbytes(t->k, a);
        return;
    case K_CFLOAT: case K_CDOUBLE:
        if (f->fp + 2 > 2 || kbytes(t->k, a) * 8 > a->fpr)
            f->bad = 1;
        else
            f->fp_bytes[f->fp++] = kbytes(t->k, a), f->fp_bytes[f->fp++] = kbytes(t->k, a);
        return;
    case K_UNION: case K_VEC: case K_LDOUBLE: case K_CLDOUBLE: case K_FLOAT16:
    case K_FP16: case K_BF16:
        f->bad = 1;
        return;
    default:                                    /* an integer or bit-field */
        if (f->ints == 1 || kbytes(t->k, a) * 8 > a->xlen)
            f->bad = 1;
        else
            f->int_bytes[f->ints++] = kbytes(t->k, a);
        return;
    }
}

/* Eligible for FP registers once `skip` is ignored: one FP real, two, or
 * one FP real and one integer. */
static int fp_eligible(const struct type *t, const struct abi *a, int skip)
{
    struct flat f;

    memset(&f, 0, sizeof f);
    if (strip(t)->k != K_STRUCT)
        return 0;
    flatten(t, a, skip, &f, -1);
    return !f.bad && f.fp >= 1 && f.fp + f.ints <= 2;
}

/* ---- AAPCS64 5.10.5 homogeneous aggregates --------------------------------- */

/* The base type of an HFA/HVA (its kind and size), or 0, counting members
 * into *n; zero-width bit-fields ignored when `skip_zw`. */
static int hfa_base(const struct type *t, int skip_zw, int *n, int *base)
{
    t = strip(t);
    switch (t->k) {
    case K_STRUCT: case K_UNION:
        if (!t->nm)
            return 0;
        for (int i = 0; i < t->nm; i++) {
            const struct member *m = &t->m[i];
            if (m->bits == 0 && skip_zw)
                continue;
            if (m->bits >= 0 || (t->flex && i == t->nm - 1))
                return 0;
            if (!hfa_base(m->t, skip_zw, n, base))
                return 0;
        }
        return *n > 0;
    case K_ARRAY:
        for (int i = 0; i < t->count; i++)
            if (!hfa_base(t->elem, skip_zw, n, base))
                return 0;
        return t->count > 0;
    case K_FLOAT: case K_DOUBLE: case K_LDOUBLE: case K_FLOAT16: case K_FP16: case K_BF16:
    case K_CFLOAT: case K_CDOUBLE: case K_CLDOUBLE: case K_VEC: {
        int b = t->k == K_VEC ? 1000 + t->vbytes
              : t->k == K_CFLOAT ? K_FLOAT : t->k == K_CDOUBLE ? K_DOUBLE
              : t->k == K_CLDOUBLE ? K_LDOUBLE : (int)t->k;
        if (*base && *base != b)
            return 0;
        *base = b;
        *n += t->k >= K_CFLOAT && t->k <= K_CLDOUBLE ? 2 : 1;
        return *n <= 4;
    }
    default:
        return 0;
    }
}

static int is_hfa(const struct type *t, int skip_zw)
{
    int n = 0, base = 0;

    return hfa_base(t, skip_zw, &n, &base) && n >= 1 && n <= 4;
}

/* ---- the reproducer -------------------------------------------------------- */

/* The one record (argument or result) of the reproducer, or NULL when it
 * has none or several; everything else must be a scalar. */
static const struct type *culprit(const struct sig *s)
{
    const struct type *c = NULL;

    for (int i = -1; i < s->nargs; i++) {
        const struct type *t = i < 0 ? s->ret : s->arg[i];
        if (!t || !is_record(t))
            continue;
        if (c)
            return NULL;
        c = t;
    }
    return c;
}

static int any_type(const struct sig *s, int (*pred)(const struct type *))
{
    for (int i = -1; i < s->nargs; i++) {
        const struct type *t = i < 0 ? s->ret : s->arg[i];
        if (t && pred(t))
            return 1;
    }
    return 0;
}

static int is_float128_record(const struct type *t)
{
    return is_record(t) && has_kind(t, K_FLOAT128);
}

static int is_vec8(const struct type *t)
{
    const struct type *u = strip(t);

    return (u->k == K_VEC && u->vbytes == 8) ||
           (is_record(u) && has_kind(u, K_VEC) && !has_kind(u, K_FLOAT128));
}

static int is_int128(const struct type *t)
{
    return has_kind(t, K_INT128) || has_kind(t, K_UINT128);
}

static int is_flex(const struct type *t)
{
    return is_record(t) && strip(t)->flex;
}

const char *known_shape(const struct sig *s, const struct abi *abi, int pair_self)
{
    const struct type *c = culprit(s);

    (void)pair_self;
    if (c && no_named_data(c))
        return "no-named-data-record";
    switch (abi->arch) {
    case ARCH_RISCV:
        if (!c || !abi->fpr)
            return NULL;
        /* psABI: "Fields containing zero-length bit-fields or zero-length
         * arrays are ignored while flattening"; so are empty records */
        if (has_zero_width(c) && !fp_eligible(c, abi, 0) &&
            fp_eligible(c, abi, SKIP_ZERO_WIDTH))
            return "rv-flatten-zero-width-bitfield";
        if (has_void_member(c) && !has_zero_width(c) && fp_eligible(c, abi, SKIP_VOID))
            return "rv-flatten-zero-length-member";
        return NULL;
    case ARCH_AARCH64:
        if (c && has_zero_width(c) && !is_hfa(c, 0) && is_hfa(c, 1))
            return "a64-hfa-zero-width-bitfield";
        return NULL;
    default:
        if (any_type(s, is_float128_record))
            return "x86-float128-in-aggregate";
        if (any_type(s, is_flex))
            return "x86-flexible-array";
        if (any_type(s, is_vec8))
            return "x86-8-byte-vector";
        if (any_type(s, is_int128))
            return "x86-int128-alignment";
        return NULL;
    }
}
