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

/* A zero-length array member, an array of empty records or an empty
 * union, at any depth outside unions (a plain empty struct member both
 * compilers ignore: they agree on it). */
static int has_zero_length_array(const struct type *t)
{
    t = strip(t);
    if (t->k == K_ARRAY)
        return t->count > 0 && has_zero_length_array(t->elem);
    if (t->k != K_STRUCT)
        return 0;
    for (int i = 0; i < t->nm; i++) {
        const struct type *m = strip(t->m[i].t);
        if (t->m[i].bits >= 0)
            continue;
        if (m->k == K_ARRAY && (!m->count || (is_record(m->elem) && !strip(m->elem)->nm)))
            return 1;
        if (m->k == K_UNION && !m->nm)
            return 1;
        if (has_zero_length_array(m))
            return 1;
    }
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
 * into *n; what `skip` says (SKIP_ZERO_WIDTH, SKIP_VOID) is ignored. */
static int hfa_base(const struct type *t, int skip, int *n, int *base)
{
    t = strip(t);
    switch (t->k) {
    case K_STRUCT: case K_UNION:
        if (!t->nm)
            return 0;
        for (int i = 0; i < t->nm; i++) {
            const struct member *m = &t->m[i];
            if (m->bits == 0 && (skip & SKIP_ZERO_WIDTH))
                continue;
            if (m->bits < 0 && is_void_member(m) && (skip & SKIP_VOID))
                continue;
            if (m->bits >= 0 || (t->flex && i == t->nm - 1))
                return 0;
            if (!hfa_base(m->t, skip, n, base))
                return 0;
        }
        return *n > 0;
    case K_ARRAY:
        for (int i = 0; i < t->count; i++)
            if (!hfa_base(t->elem, skip, n, base))
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

/* AAPCS64 5.10.5: 1-4 members of one FP or short-vector type. */
static int is_hfa(const struct type *t, int skip_zw)
{
    int n = 0, base = 0;

    return hfa_base(t, skip_zw ? SKIP_ZERO_WIDTH : 0, &n, &base) && n >= 1 && n <= 4;
}

static int is_hfa_skip_void(const struct type *t)
{
    int n = 0, base = 0;

    return hfa_base(t, SKIP_VOID, &n, &base) && n >= 1 && n <= 4;
}

/* A union with an unnamed (zero-width or not) bit-field member. */
static int union_zero_width(const struct type *t)
{
    t = strip(t);
    for (int i = 0; i < t->nm; i++)
        if (t->m[i].bits >= 0 && !t->m[i].named)
            return 1;
    return 0;
}

static int scalar_bytes(const struct type *t, const struct abi *a);

/* ---- the reproducer -------------------------------------------------------- */

/* The named argument before a "..." that the reproducer keeps because
 * va_start needs one, when it is a plain record (one with no named data
 * moves what follows it: that is a class of its own). */
static int is_anchor(const struct sig *s, const struct type *t)
{
    return s->nfixed < s->nargs && t == s->arg[s->nfixed - 1] && !no_named_data(t);
}

/* The one record (argument or result) of the reproducer, or NULL when it
 * has none or several; everything else must be a scalar. */
static const struct type *culprit(const struct sig *s)
{
    const struct type *c = NULL;

    for (int i = -1; i < s->nargs; i++) {
        const struct type *t = i < 0 ? s->ret : s->arg[i];
        if (!t || !is_record(t) || is_anchor(s, t))
            continue;
        if (c)
            return NULL;
        c = t;
    }
    return c;
}

/* Only scalars besides `keep` (NULL: only scalars at all); a vector of
 * up to 16 bytes is a scalar to every ABI here. */
static int only_scalars_but(const struct sig *s, const struct type *keep)
{
    for (int i = -1; i < s->nargs; i++) {
        const struct type *t = i < 0 ? s->ret : s->arg[i];
        if (t && t != keep && !is_anchor(s, t) &&
            (is_record(t) || (strip(t)->k == K_VEC && strip(t)->vbytes > 16)))
            return 0;
    }
    return 1;
}

/* A rough size in bytes (members one after another, no padding): enough
 * to count the eightbytes a small record takes. */
static int rough_size(const struct type *t, const struct abi *a)
{
    int n = 0;

    t = strip(t);
    if (t->k == K_ARRAY)
        return t->count * rough_size(t->elem, a);
    if (!is_record(t))
        return scalar_bytes(t, a);
    for (int i = 0; i < t->nm; i++) {
        int m = t->m[i].bits >= 0 ? (t->m[i].bits + 7) / 8 : rough_size(t->m[i].t, a);
        n = t->k == K_UNION ? (m > n ? m : n) : n + m;
    }
    return n;
}

/* A zero-length array whose elements are 16-aligned (__int128, long
 * double, or a record holding one): it gives its record that alignment
 * without a byte. */
static int zla_align16(const struct type *t)
{
    t = strip(t);
    if (!is_record(t))
        return 0;
    for (int i = 0; i < t->nm; i++) {
        const struct type *m = strip(t->m[i].t);
        if (m->k == K_ARRAY && !m->count && t->m[i].bits < 0 &&
            (has_kind(m->elem, K_INT128) || has_kind(m->elem, K_UINT128) ||
             has_kind(m->elem, K_LDOUBLE)))
            return 1;
        if (t->m[i].bits < 0 && is_record(m) && zla_align16(m))
            return 1;
    }
    return 0;
}

/* A field whose typedef lowers its alignment below its size: a double
 * aligned(4) after a float sits across an eightbyte boundary. */
static int has_underaligned_field(const struct type *t, const struct abi *a)
{
    t = strip(t);
    if (!is_record(t))
        return 0;
    for (int i = 0; i < t->nm; i++) {
        const struct type *m = t->m[i].t;
        if (m->k == K_TYPEDEF && m->align && !is_record(m) &&
            m->align < scalar_bytes(m, a) && strip(m)->k != K_ARRAY)
            return 1;
        if (t->m[i].bits < 0 && is_record(m) && has_underaligned_field(m, a))
            return 1;
    }
    return 0;
}

/* The natural alignment of a record: its widest member's, or an
 * aligned(N) on a member. */
static int record_align(const struct type *t, const struct abi *a)
{
    int al = 1;

    t = strip(t);
    for (int i = 0; i < t->nm; i++) {
        const struct type *mt = strip(t->m[i].t);
        int m = t->m[i].align;
        if (mt->k == K_ARRAY)
            mt = strip(mt->elem);
        if (!m)
            m = is_record(mt) ? record_align(mt, a) : scalar_bytes(mt, a);
        if (t->m[i].t->k == K_TYPEDEF && t->m[i].t->align)
            m = t->m[i].t->align;
        if (t->packed && !t->m[i].align)
            m = 1;                  /* packed: only an explicit aligned(N) stays */
        al = m > al ? m : al;
    }
    return al;
}

static int is_variadic_arg(const struct sig *s, const struct type *t)
{
    for (int i = s->nfixed; i < s->nargs; i++)
        if (s->arg[i] == t)
            return 1;
    return 0;
}

/* The alignment a typedef gives, 0 if none raises it. */
static int typedef_align(const struct type *t)
{
    return t && t->k == K_TYPEDEF ? t->align : 0;
}

static int scalar_bytes(const struct type *t, const struct abi *a)
{
    t = strip(t);
    if (t->k == K_ENUM)
        return t->enum_packed ? t->enum_size : t->enum_size < 4 ? 4 : t->enum_size;
    if (t->k == K_VEC)
        return t->vbytes;
    return kbytes(t->k, a);
}

/* ---- RISC-V: a bit-field whose type reaches over the FP field --------------- */

/* A struct of exactly one FP real and one bit-field (either order), where
 * the bit-field's declared type is wider than the FP real, or the struct
 * is packed and the type wider than a byte: the storage unit of the
 * bit-field's type overlaps the FP field.  psABI flattening counts the
 * bit-field as "an integer (or bitfield)"; GCC 12 flattens it, clang 14
 * lets the type's width decide.  *fp_first: the FP field comes first. */
static int fp_bitfield_overlap(const struct type *c, const struct abi *a, int *fp_first)
{
    const struct type *t = strip(c);
    const struct member *fp = NULL, *bf = NULL;

    if (t->k != K_STRUCT || t->nm != 2)
        return 0;
    for (int i = 0; i < 2; i++) {
        const struct member *m = &t->m[i];
        enum kind k = strip(m->t)->k;
        if (m->bits > 0 && m->named && !bf)
            bf = m;
        else if (m->bits < 0 && (k == K_FLOAT || k == K_DOUBLE) && !fp)
            fp = m;
    }
    if (!fp || !bf || kbytes(strip(fp->t)->k, a) * 8 > a->fpr)
        return 0;
    *fp_first = fp == &t->m[0];
    if (t->packed)
        return !*fp_first && scalar_bytes(bf->t, a) > 1;
    return scalar_bytes(bf->t, a) > kbytes(strip(fp->t)->k, a);
}

/* ---- x86-64 eightbytes ------------------------------------------------------- */

/* A struct whose first eightbyte holds only unnamed bit-fields (padding),
 * the second an integer: struct { int : 3; long m; }. */
static int unnamed_eightbyte(const struct type *c, const struct abi *a)
{
    const struct type *t = strip(c);
    int i = 0, unnamed = 0;

    if (t->k != K_STRUCT || t->packed)
        return 0;
    while (i < t->nm && t->m[i].bits > 0 && !t->m[i].named)
        i++, unnamed++;
    if (!unnamed || i + 1 != t->nm)
        return 0;
    {
        const struct member *m = &t->m[i];
        const struct type *mt = strip(m->t);
        int align = m->align ? m->align : scalar_bytes(m->t, a);
        if (is_record(mt)) {                    /* struct { char } aligned(8) */
            align = m->align;
            for (int k = 0; k < mt->nm; k++)
                if (kind_is_fp(strip(mt->m[k].t)->k))
                    return 0;
        } else if (kind_is_fp(mt->k) || mt->k == K_VEC)
            return 0;
        return align >= 8;
    }
}

/* A struct with a float and a zero-length array of an integer type in
 * the same eightbyte: struct { float f; unsigned char z[0]; }. */
static int float_zla_eightbyte(const struct type *c)
{
    const struct type *t = strip(c);
    int fl = 0;

    if (t->k != K_STRUCT)
        return 0;
    for (int i = 0; i < t->nm; i++) {
        const struct type *mt = strip(t->m[i].t);
        if (mt->k == K_FLOAT && t->m[i].bits < 0)
            fl = 1;
        else if (fl && mt->k == K_ARRAY && !mt->count && !kind_is_fp(strip(mt->elem)->k) &&
                 !is_record(mt->elem) && strip(mt->elem)->k != K_VEC)
            return 1;
        else if (t->m[i].named)
            return 0;
    }
    return 0;
}

/* A flexible array member, at the top of a record or in a struct member. */
static int has_flex(const struct type *t)
{
    t = strip(t);
    if (!is_record(t))
        return 0;
    if (t->flex)
        return 1;
    for (int i = 0; i < t->nm; i++)
        if (t->m[i].bits < 0 && has_flex(t->m[i].t))
            return 1;
    return 0;
}

/* An __int128 argument that finds fewer than two integer registers left
 * (the stack: GCC aligns its slot to 16, clang 14 to 8).  The arguments
 * before it are whatever the minimiser had to keep to use up rdi..r9
 * (scalars, small records: one register each at least), and a record
 * result may take rdi for its address. */
/* The same through "...": is a variadic __int128 at a point where fewer
 * than two integer registers are left? */
static int va_int128_split(const struct sig *s, const struct abi *a)
{
    int used = s->ret && is_record(s->ret);

    for (int i = 0; i < s->nargs; i++) {
        const struct type *t = strip(s->arg[i]);
        int w = t->k == K_INT128 || t->k == K_UINT128;
        if (w && i >= s->nfixed && used == 5)
            return 1;
        used += w ? 2 : is_record(t) && rough_size(t, a) > 8 ? 2 : 1;
    }
    return 0;
}

static int int128_on_stack(const struct sig *s, const struct abi *a)
{
    int used = s->ret && is_record(s->ret);

    for (int i = 0; i < s->nfixed; i++) {    /* named arguments only: through
                                             * "..." clang disagrees with itself */
        const struct type *t = strip(s->arg[i]);
        if ((t->k == K_INT128 || t->k == K_UINT128) && used >= 5)
            return 1;
        used += t->k == K_INT128 || t->k == K_UINT128 ? 2
              : is_record(t) && rough_size(t, a) > 8 ? 2 : 1;
    }
    return 0;
}

const char *known_shape(const struct sig *s, const struct abi *abi, int pair_self)
{
    const struct type *c = culprit(s);
    int fp_first;

    (void)pair_self;
    /* a record with no named data, and what it moves: anything after it */
    for (int i = 0; i < s->nargs; i++)
        if (no_named_data(s->arg[i])) {
            int ok = !s->ret || !is_record(s->ret);
            for (int k = 0; k < i; k++)
                ok &= !is_record(s->arg[k]);
            if (ok)
                return "no-named-data-record";
            break;
        }
    if (c && c == s->ret && only_scalars_but(s, c) && no_named_data(c))
        return "no-named-data-record";
    /* a variadic argument over-aligned by a typedef (RISC-V psABI: a
     * 2xXLEN-aligned variadic argument takes an aligned register pair) */
    if (abi->arch == ARCH_RISCV && s->nfixed < s->nargs && only_scalars_but(s, c))
        for (int i = s->nfixed; i < s->nargs; i++) {
            int al = typedef_align(s->arg[i]);
            if (al >= abi->xlen / 4 && !is_record(s->arg[i]) && al > scalar_bytes(s->arg[i], abi))
                return "rv-va-overaligned-scalar";
            if (al >= 32 && is_record(s->arg[i]) && c == s->arg[i])
                return "rv-va-overaligned-record";
        }
    switch (abi->arch) {
    case ARCH_RISCV:
        /* psABI: stack arguments "aligned to the greater of the type
         * alignment and XLEN bits, but never more than the stack alignment":
         * a record aligned beyond 2xXLEN by a typedef, after whatever the
         * minimiser kept to fill the registers and misalign the stack */
        if (s->nfixed == s->nargs && s->nargs >= 2 && !(s->ret && is_record(s->ret))) {
            const struct type *last = s->arg[s->nargs - 1];
            if (is_record(last) && typedef_align(last) > abi->xlen / 4)
                return "rv-stack-overaligned-record";
            /* the other way: a 16-aligned record (the alignment of a
             * zero-length array) lowered by a typedef */
            if (is_record(last) && typedef_align(last) && typedef_align(last) < 16 &&
                zla_align16(last))
                return "rv-stack-underaligned-record";
        }
        if (!c || !abi->fpr || !only_scalars_but(s, c))
            return NULL;
        /* psABI: "Fields containing zero-length bit-fields or zero-length
         * arrays are ignored while flattening"; so are empty records */
        if (has_zero_width(c) && !fp_eligible(c, abi, 0) &&
            fp_eligible(c, abi, SKIP_ZERO_WIDTH))
            return "rv-flatten-zero-width-bitfield";
        if (has_zero_length_array(c) && !has_zero_width(c) && fp_eligible(c, abi, SKIP_VOID))
            return "rv-flatten-zero-length-member";
        if (fp_bitfield_overlap(c, abi, &fp_first))
            return fp_first || strip(c)->packed ? "rv-flatten-bitfield-overlap-self"
                                                : "rv-flatten-bitfield-overlap";
        return NULL;
    case ARCH_AARCH64:
        if (s->nfixed < s->nargs && c && is_variadic_arg(s, c) && is_hfa(c, 0) &&
            has_kind(c, K_VEC) && only_scalars_but(s, c))
            return "a64-va-hva";
        if (!c || !only_scalars_but(s, c))
            return NULL;
        if (has_zero_width(c) && !is_hfa(c, 0) && is_hfa(c, 1))
            return "a64-hfa-zero-width-bitfield";
        if (has_void_member(c) && !has_zero_width(c) && is_hfa_skip_void(c) &&
            (has_kind(c, K_VEC) || has_kind(c, K_CFLOAT) || has_kind(c, K_CDOUBLE)))
            return "a64-hfa-zero-length-member";
        return NULL;
    default:
        if (s->nfixed < s->nargs && only_scalars_but(s, NULL))
            for (int i = s->nfixed; i < s->nargs; i++)
                if (strip(s->arg[i])->k == K_FLOAT128)
                    return "x86-va-float128";
        if (s->ret && strip(s->ret)->k == K_VEC && only_scalars_but(s, s->ret))
            return strip(s->ret)->vbytes == 8 ? "x86-8-byte-vector-result"
                 : strip(s->ret)->vbytes >= 32 ? "x86-wide-vector-result" : NULL;
        if (int128_on_stack(s, abi))
            return "x86-int128-alignment";
        if (va_int128_split(s, abi))
            return "x86-va-int128-split";
        if (!c || !only_scalars_but(s, c))
            return NULL;
        if (has_kind(c, K_FLOAT128))
            return "x86-float128-in-aggregate";
        if (has_flex(c))
            return "x86-flexible-array";
        if (strip(c)->k == K_UNION && has_kind(c, K_DOUBLE) + has_kind(c, K_FLOAT) &&
            union_zero_width(c))
            return "x86-union-unnamed-bitfield";
        if (c == s->ret && typedef_align(c) && typedef_align(c) < record_align(c, abi) &&
            record_align(c, abi) >= 16)
            return "x86-underaligned-record-result";
        if (unnamed_eightbyte(c, abi))
            return "x86-unnamed-bitfield-eightbyte";
        /* psABI 3.2.3: "If ... it contains unaligned fields, it has class
         * MEMORY" */
        if (has_underaligned_field(c, abi))
            return "x86-unaligned-field";
        if (float_zla_eightbyte(c))
            return "x86-float-zero-length-array";
        return NULL;
    }
}
