/* abi/conform/stats.c: how often the generator draws each construct.
 *
 * gen --stats FILE counts, over a run, the cases that contain each
 * construct of C's type grammar the generator is meant to cover (one
 * count per case, however often the case has it).  make abi-fuzz prints
 * the counts, so a construct a campaign never drew is seen.
 */
#include "model.h"

#include <string.h>

enum {
    S_EMPTY_STRUCT, S_EMPTY_UNION, S_EMPTY_ELEM, S_EMPTY_ARG, S_ZLA, S_FLEX_TOP,
    S_FLEX_NESTED, S_TYPEDEF, S_TYPEDEF_ALIGNED, S_PACKED_RECORD, S_PACKED_MEMBER,
    S_PACKED_BITFIELD, S_ALIGNED_MEMBER, S_ALIGNED_BITFIELD, S_BITFIELD_FP,
    S_BITFIELD_XLEN, S_BITFIELD_ENUM, S_BITFIELD_128, S_BITFIELD_ZERO,
    S_BITFIELD_UNNAMED, S_NESTED, S_UNION, S_COMPLEX, S_HALF, S_VEC8, S_VEC16,
    S_VEC32, S_VEC64, S_ENUM8, S_ENUM_PACKED, S_INT128, S_LDOUBLE, S_FLOAT128,
    S_VARIADIC, S_VA_RECORD, S_VA_FP, S_VA_VEC, S_VA_INT128, S_SPILL, S_NSTATS
};

static const char *const names[S_NSTATS] = {
    "empty struct member", "empty union member", "array of empty records",
    "empty record argument/result", "zero-length array", "flexible array (top)",
    "flexible array (nested)", "typedef", "typedef aligned(N)", "packed record",
    "packed member", "packed bit-field", "aligned member", "aligned bit-field",
    "bit-field beside FP", "XLEN-wide bit-field", "enum bit-field",
    "__int128 bit-field", "zero-width bit-field", "unnamed bit-field",
    "nested record", "union", "_Complex", "_Float16/__fp16/__bf16",
    "vector 8 bytes", "vector 16 bytes", "vector 32 bytes", "vector 64 bytes",
    "8-byte enum", "packed enum", "__int128", "long double", "__float128",
    "variadic call", "variadic record", "variadic FP", "variadic vector",
    "variadic __int128", "9+ arguments",
};

static long counts[S_NSTATS];

struct seen {
    const struct abi *abi;
    char has[S_NSTATS];
};

static void see(struct seen *s, int what)
{
    s->has[what] = 1;
}

static void scan(struct seen *s, const struct type *t, int depth);

static void scan_members(struct seen *s, const struct type *t, int depth)
{
    int fp = 0, bf = 0;

    for (int i = 0; i < t->nm; i++) {
        const struct member *m = &t->m[i];
        const struct type *mt = type_strip(m->t);
        if (mt->k == K_ARRAY) {
            if (mt->count == 0)
                see(s, S_ZLA);
            if (type_is_record(mt->elem) && !type_strip(mt->elem)->nm)
                see(s, S_EMPTY_ELEM);
        }
        if ((mt->k == K_STRUCT || mt->k == K_UNION) && !mt->nm)
            see(s, mt->k == K_STRUCT ? S_EMPTY_STRUCT : S_EMPTY_UNION);
        if ((mt->k == K_STRUCT || mt->k == K_UNION) && mt->flex)
            see(s, S_FLEX_NESTED);
        if ((mt->k == K_STRUCT || mt->k == K_UNION) && mt->nm)
            see(s, S_NESTED);
        if (m->align)
            see(s, m->bits >= 0 ? S_ALIGNED_BITFIELD : S_ALIGNED_MEMBER);
        if (m->packed)
            see(s, m->bits >= 0 ? S_PACKED_BITFIELD : S_PACKED_MEMBER);
        if (m->bits == 0)
            see(s, S_BITFIELD_ZERO);
        if (m->bits > 0 && !m->named)
            see(s, S_BITFIELD_UNNAMED);
        if (m->bits >= 0) {
            bf = 1;
            if (mt->k == K_ENUM)
                see(s, S_BITFIELD_ENUM);
            if (mt->k == K_INT128 || mt->k == K_UINT128)
                see(s, S_BITFIELD_128);
            if (m->bits == s->abi->xlen && (mt->k == K_LONG || mt->k == K_ULONG))
                see(s, S_BITFIELD_XLEN);
        }
        if (kind_is_fp(mt->k) || (mt->k == K_ARRAY && kind_is_fp(type_strip(mt->elem)->k)))
            fp = 1;
        scan(s, m->t, depth + 1);
    }
    if (fp && bf)
        see(s, S_BITFIELD_FP);
}

static void scan(struct seen *s, const struct type *t, int depth)
{
    if (!t)
        return;
    switch (t->k) {
    case K_TYPEDEF:
        see(s, S_TYPEDEF);
        if (t->align)
            see(s, S_TYPEDEF_ALIGNED);
        scan(s, t->elem, depth);
        return;
    case K_ARRAY:
        scan(s, t->elem, depth);
        return;
    case K_VEC:
        see(s, t->vbytes == 8 ? S_VEC8 : t->vbytes == 16 ? S_VEC16
               : t->vbytes == 32 ? S_VEC32 : S_VEC64);
        scan(s, t->elem, depth);
        return;
    case K_STRUCT: case K_UNION:
        if (t->k == K_UNION)
            see(s, S_UNION);
        if (t->packed)
            see(s, S_PACKED_RECORD);
        if (t->flex && depth == 0)
            see(s, S_FLEX_TOP);
        scan_members(s, t, depth);
        return;
    case K_ENUM:
        if (t->enum_size == 8)
            see(s, S_ENUM8);
        if (t->enum_packed)
            see(s, S_ENUM_PACKED);
        return;
    case K_CFLOAT: case K_CDOUBLE: case K_CLDOUBLE:
        see(s, S_COMPLEX);
        if (t->k == K_CLDOUBLE)
            see(s, S_LDOUBLE);
        return;
    case K_FLOAT16: case K_FP16: case K_BF16:
        see(s, S_HALF);
        return;
    case K_INT128: case K_UINT128:
        see(s, S_INT128);
        return;
    case K_LDOUBLE:
        see(s, S_LDOUBLE);
        return;
    case K_FLOAT128:
        see(s, S_FLOAT128);
        return;
    default:
        return;
    }
}

void stats_add(const struct sig *sg, const struct abi *abi)
{
    struct seen s;

    memset(&s, 0, sizeof s);
    s.abi = abi;
    for (int i = -1; i < sg->nargs; i++) {
        const struct type *t = i < 0 ? sg->ret : sg->arg[i];
        const struct type *u = type_strip(t);
        if (u && (u->k == K_STRUCT || u->k == K_UNION) && !u->nm)
            see(&s, S_EMPTY_ARG);
        scan(&s, t, 0);
        if (i >= sg->nfixed) {
            see(&s, S_VARIADIC);
            if (u->k == K_STRUCT || u->k == K_UNION)
                see(&s, S_VA_RECORD);
            if (kind_is_fp(u->k))
                see(&s, S_VA_FP);
            if (u->k == K_VEC)
                see(&s, S_VA_VEC);
            if (u->k == K_INT128 || u->k == K_UINT128)
                see(&s, S_VA_INT128);
        }
    }
    if (sg->nargs >= 9)
        see(&s, S_SPILL);
    for (int i = 0; i < S_NSTATS; i++)
        counts[i] += s.has[i];
}

/* The table, then one line for the campaign's summary: the construct
 * drawn least, and those never drawn (the half-precision types where the
 * compilers of the run do not all have them). */
void stats_print(FILE *f, const struct abi *abi, int ncases)
{
    int least = 0, nnever = 0;
    char never[512] = "";

    fprintf(f, "%s: cases containing each construct, of %d:\n", abi->name, ncases);
    for (int i = 0; i < S_NSTATS; i++) {
        fprintf(f, "  %-30s %6ld%s\n", names[i], counts[i],
                counts[i] ? "" : "   (never drawn on this ABI)");
        if (!counts[i] && ++nnever)
            snprintf(never + strlen(never), sizeof never - strlen(never), "%s%s",
                     never[0] ? ", " : "", names[i]);
        else if (!counts[least] || counts[i] < counts[least])
            least = i;
    }
    fprintf(f, "constructs %s: %d kinds drawn, the rarest %s in %ld cases%s%s\n", abi->name,
            S_NSTATS - nnever, names[least],
            counts[least], never[0] ? "; never: " : "", never);
}
