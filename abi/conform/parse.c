/* abi/conform/parse.c: a C declaration read back into the model.
 *
 * Two readers need it: known.txt keeps each class's regression case as
 * the one-line declaration emit_decl prints, and make abi-pair takes the
 * signature a user types.  Both are one function's prototype, preceded
 * by the definitions it uses:
 *
 *   struct s { double d; int : 0; float f; }; void f(struct s);
 *   typedef float v4 __attribute__((vector_size(16))); v4 g(int, ...);
 *
 * Understood: the scalar types (stdint.h's and size_t too), pointers
 * (every pointer is passed the same way, so all become void *), struct,
 * union and enum definitions and references, typedefs, arrays (zero-
 * length and flexible too), bit-fields, anonymous members, and the
 * attributes that change a layout: aligned(N), packed, vector_size(N);
 * _Alignas(N); const, volatile and restrict are ignored.  Anything else
 * is an error naming the token, never a guess: the checker must test the
 * type the user meant or say it cannot.
 */
#include "model.h"

#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NAMES 128

struct named {
    char name[64];
    struct type *t;
};

struct parser {
    const char *p;              /* next character */
    const struct abi *abi;
    struct sig *sig;
    char *err;
    size_t errlen;
    jmp_buf fail;
    char tok[128];              /* the current token */
    struct named tags[MAX_NAMES], tdefs[MAX_NAMES];
    int ntags, ntdefs;
    const char *va;             /* what "..." is called with */
    char *text;                 /* the declaration, the VA comment cut off */
};

static void fail(struct parser *ps, const char *fmt, ...)
{
    va_list ap;
    int n;

    n = snprintf(ps->err, ps->errlen, "at '%s': ", ps->tok[0] ? ps->tok : "end");
    va_start(ap, fmt);
    vsnprintf(ps->err + n, ps->errlen - (size_t)n, fmt, ap);
    va_end(ap);
    longjmp(ps->fail, 1);
}

/* ---- tokens ---------------------------------------------------------- */

static void next(struct parser *ps)
{
    const char *p = ps->p;
    size_t n = 0;

    for (;;) {
        while (isspace((unsigned char)*p))
            p++;
        if (p[0] == '/' && p[1] == '*') {           /* a comment */
            const char *e = strstr(p + 2, "*/");
            p = e ? e + 2 : p + strlen(p);
            continue;
        }
        break;
    }
    if (!*p) {
        ps->tok[0] = 0;
    } else if (isalpha((unsigned char)*p) || *p == '_') {
        while ((isalnum((unsigned char)p[n]) || p[n] == '_') && n < sizeof ps->tok - 1)
            n++;
    } else if (isdigit((unsigned char)*p)) {
        while (isalnum((unsigned char)p[n]) && n < sizeof ps->tok - 1)
            n++;
    } else if (!strncmp(p, "...", 3)) {
        n = 3;
    } else {
        n = 1;
    }
    memcpy(ps->tok, p, n);
    ps->tok[n] = 0;
    ps->p = p + n;
}

static int is(struct parser *ps, const char *t)
{
    return !strcmp(ps->tok, t);
}

static int accept(struct parser *ps, const char *t)
{
    if (!is(ps, t))
        return 0;
    next(ps);
    return 1;
}

static void expect(struct parser *ps, const char *t)
{
    if (!accept(ps, t))
        fail(ps, "expected '%s'", t);
}

static int is_ident(struct parser *ps)
{
    return isalpha((unsigned char)ps->tok[0]) || ps->tok[0] == '_';
}

/* An integer constant, maybe negative, maybe in parentheses. */
static long long number(struct parser *ps)
{
    long long v;
    int neg = 0;
    char *end;

    if (accept(ps, "(")) {
        v = number(ps);
        expect(ps, ")");
        return v;
    }
    if (accept(ps, "-"))
        neg = 1;
    if (!isdigit((unsigned char)ps->tok[0]))
        fail(ps, "expected a number (expressions are not understood)");
    v = (long long)strtoull(ps->tok, &end, 0);
    while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
        end++;
    if (*end)
        fail(ps, "not an integer constant");
    next(ps);
    return neg ? -v : v;
}

/* ---- attributes ------------------------------------------------------ */

struct attrs {
    int aligned;            /* aligned(N) or _Alignas(N) */
    int packed;
    int vector_size;
};

/* __attribute__((a, b(N))) and _Alignas(N), any number of them. */
static void attributes(struct parser *ps, struct attrs *a)
{
    for (;;) {
        if (accept(ps, "_Alignas")) {
            expect(ps, "(");
            a->aligned = (int)number(ps);
            expect(ps, ")");
            continue;
        }
        if (!accept(ps, "__attribute__") && !accept(ps, "__attribute"))
            return;
        expect(ps, "(");
        expect(ps, "(");
        while (!is(ps, ")")) {
            char name[64];
            size_t n;
            if (!is_ident(ps))
                fail(ps, "expected an attribute name");
            n = strlen(ps->tok);
            /* __packed__ and packed are the same attribute */
            if (n > 4 && !strncmp(ps->tok, "__", 2) && !strcmp(ps->tok + n - 2, "__"))
                snprintf(name, sizeof name, "%.*s", (int)(n - 4), ps->tok + 2);
            else
                snprintf(name, sizeof name, "%s", ps->tok);
            if (!strcmp(name, "packed")) {
                next(ps);
                a->packed = 1;
            } else if (!strcmp(name, "aligned") || !strcmp(name, "vector_size")) {
                next(ps);
                if (!accept(ps, "("))
                    fail(ps, "%s needs a number here", name);
                *(name[0] == 'a' ? &a->aligned : &a->vector_size) = (int)number(ps);
                expect(ps, ")");
            } else {
                fail(ps, "attribute '%s' is not understood (aligned, packed and "
                     "vector_size are)", name);
            }
            if (!accept(ps, ","))
                break;
        }
        expect(ps, ")");
        expect(ps, ")");
    }
}

/* ---- types ----------------------------------------------------------- */

static struct type *tagged(struct parser *ps, enum kind k)
{
    struct type *t = type_new(k);

    t->id = ps->sig->ntypes++;
    return t;
}

static struct named *lookup(struct named *list, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(list[i].name, name))
            return &list[i];
    return NULL;
}

static void remember(struct parser *ps, struct named *list, int *n, const char *name,
                     struct type *t)
{
    if (*n == MAX_NAMES)
        fail(ps, "too many names");
    snprintf(list[*n].name, sizeof list[0].name, "%s", name);
    list[(*n)++].t = t;
}

/* The typedef names of <stdint.h>, <stddef.h>, <stdbool.h> on this ABI. */
static int std_typedef(struct parser *ps, const char *n, enum kind *k)
{
    int lp = ps->abi->xlen == 64;
    static const struct { const char *name; enum kind k; } fixed[] = {
        { "int8_t", K_SCHAR }, { "uint8_t", K_UCHAR }, { "int16_t", K_SHORT },
        { "uint16_t", K_USHORT }, { "int32_t", K_INT }, { "uint32_t", K_UINT },
        { "bool", K_BOOL },
    };

    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (!strcmp(n, fixed[i].name))
            return *k = fixed[i].k, 1;
    /* 64-bit and pointer-sized ones: long on LP64, long long or int on ILP32 */
    if (!strcmp(n, "int64_t") || !strcmp(n, "intmax_t"))
        return *k = lp ? K_LONG : K_LLONG, 1;
    if (!strcmp(n, "uint64_t") || !strcmp(n, "uintmax_t"))
        return *k = lp ? K_ULONG : K_ULLONG, 1;
    if (!strcmp(n, "intptr_t") || !strcmp(n, "ptrdiff_t") || !strcmp(n, "ssize_t"))
        return *k = lp ? K_LONG : K_INT, 1;
    if (!strcmp(n, "uintptr_t") || !strcmp(n, "size_t"))
        return *k = lp ? K_ULONG : K_UINT, 1;
    return 0;
}

static struct type *type_spec(struct parser *ps, struct attrs *a);

struct declarator {
    char name[64];
    int pointer;            /* a pointer, a function pointer */
    int dims[4], ndims;     /* [N]...; -1: [] */
    int bits;               /* -1: not a bit-field */
    struct attrs a;
};

/* Skip a parenthesised parameter list (of a function pointer). */
static void skip_parens(struct parser *ps)
{
    int depth = 0;

    do {
        if (!ps->tok[0])
            fail(ps, "unbalanced parentheses");
        depth += is(ps, "(") - is(ps, ")");
        next(ps);
    } while (depth);
}

static void dims(struct parser *ps, struct declarator *d)
{
    while (accept(ps, "[")) {
        if (d->ndims == 4)
            fail(ps, "too many array dimensions");
        if (accept(ps, "]")) {
            d->dims[d->ndims++] = -1;
            continue;
        }
        d->dims[d->ndims++] = (int)number(ps);
        expect(ps, "]");
    }
}

static void qualifiers(struct parser *ps)
{
    while (accept(ps, "const") || accept(ps, "volatile") || accept(ps, "restrict") ||
           accept(ps, "__restrict") || accept(ps, "__restrict__"))
        ;
}

/* [*...] [name] [dims], or (*name)(params): a function pointer. */
static void declarator(struct parser *ps, struct declarator *d, int member)
{
    memset(d, 0, sizeof *d);
    d->bits = -1;
    while (accept(ps, "*")) {
        d->pointer = 1;
        qualifiers(ps);
    }
    if (accept(ps, "(")) {
        if (!accept(ps, "*"))
            fail(ps, "only a function pointer may have parentheses here");
        while (accept(ps, "*"))
            ;
        qualifiers(ps);
        if (is_ident(ps)) {
            snprintf(d->name, sizeof d->name, "%s", ps->tok);
            next(ps);
        }
        dims(ps, d);
        expect(ps, ")");
        if (!is(ps, "("))
            fail(ps, "expected a parameter list after (*name)");
        skip_parens(ps);
        d->pointer = 1;
    } else {
        if (is_ident(ps) && strcmp(ps->tok, "__attribute__") && strcmp(ps->tok, "_Alignas")) {
            snprintf(d->name, sizeof d->name, "%s", ps->tok);
            next(ps);
        }
        dims(ps, d);
    }
    if (member && accept(ps, ":"))
        d->bits = (int)number(ps);
    attributes(ps, &d->a);
}

/* The type a declarator makes of its base: a pointer, arrays (inner
 * dimensions through a typedef, as the model keeps one array level). */
static struct type *declared(struct parser *ps, struct type *base, const struct declarator *d)
{
    struct type *t = d->pointer ? type_new(K_PTR) : base;

    for (int i = d->ndims - 1; i >= 0; i--) {
        struct type *a;
        if (d->dims[i] < 0 && i != 0)
            fail(ps, "only the first dimension may be empty");
        if (t->k == K_ARRAY) {          /* int x[2][3]: x[2] of (typedef int[3]) */
            struct type *td = tagged(ps, K_TYPEDEF);
            td->elem = t;
            t = td;
        }
        if (d->dims[i] < 0)
            return t;                   /* flexible: the caller marks the record */
        a = type_new(K_ARRAY);
        a->elem = t;
        a->count = d->dims[i];
        t = a;
    }
    return t;
}

static void record_body(struct parser *ps, struct type *s)
{
    while (!accept(ps, "}")) {
        struct attrs a = { 0 };
        struct type *base;
        if (accept(ps, ";"))
            continue;
        base = type_spec(ps, &a);
        do {
            struct declarator d;
            struct member *m;
            struct type *t;
            declarator(ps, &d, 1);
            if (s->nm == MAX_MEMBERS)
                fail(ps, "more than %d members", MAX_MEMBERS);
            if (s->flex)
                fail(ps, "a member after the flexible array");
            t = declared(ps, base, &d);
            m = &s->m[s->nm++];
            memset(m, 0, sizeof *m);
            m->t = t;
            m->bits = d.bits;
            m->named = d.name[0] || (d.bits < 0 && type_is_record(t));
            m->name = d.name[0] ? strdup(d.name) : NULL;
            m->align = d.a.aligned ? d.a.aligned : a.aligned;
            m->packed = d.a.packed;
            if (d.ndims && d.dims[0] < 0)
                s->flex = 1;
            if (d.bits >= 0 && d.bits == 0 && d.name[0])
                fail(ps, "a zero-width bit-field cannot have a name");
        } while (accept(ps, ","));
        expect(ps, ";");
    }
}

static struct type *record(struct parser *ps, enum kind k)
{
    struct attrs a = { 0 };
    char tag[64] = "";
    struct type *s;

    attributes(ps, &a);
    if (is_ident(ps)) {
        snprintf(tag, sizeof tag, "%s", ps->tok);
        next(ps);
    }
    if (!is(ps, "{")) {
        struct named *n = tag[0] ? lookup(ps->tags, ps->ntags, tag) : NULL;
        if (!n || n->t->k != k)
            fail(ps, "%s %s is not defined in the declaration",
                 k == K_STRUCT ? "struct" : "union", tag);
        return n->t;
    }
    next(ps);
    s = tagged(ps, k);
    if (tag[0])
        remember(ps, ps->tags, &ps->ntags, tag, s);
    record_body(ps, s);
    attributes(ps, &a);
    s->packed = a.packed;
    if (a.aligned)
        fail(ps, "aligned(N) on a struct or union is not understood: put it on a member");
    return s;
}

/* An enum's size and sign from its constants (the model writes its own). */
static struct type *enumeration(struct parser *ps)
{
    struct attrs a = { 0 };
    char tag[64] = "";
    struct type *e;
    long long v = -1, lo = 0, hi = 0;

    attributes(ps, &a);
    if (is_ident(ps)) {
        snprintf(tag, sizeof tag, "%s", ps->tok);
        next(ps);
    }
    if (!accept(ps, "{")) {
        struct named *n = tag[0] ? lookup(ps->tags, ps->ntags, tag) : NULL;
        if (!n || n->t->k != K_ENUM)
            fail(ps, "enum %s is not defined in the declaration", tag);
        return n->t;
    }
    e = tagged(ps, K_ENUM);
    if (tag[0])
        remember(ps, ps->tags, &ps->ntags, tag, e);
    while (!accept(ps, "}")) {
        if (!is_ident(ps))
            fail(ps, "expected an enumerator");
        next(ps);
        v = accept(ps, "=") ? number(ps) : v + 1;
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
        if (!accept(ps, ",")) {
            expect(ps, "}");
            break;
        }
    }
    attributes(ps, &a);
    e->enum_packed = a.packed;
    e->enum_signed = lo < 0;
    e->enum_size = hi <= 0x7f && lo >= -0x80 ? 1 : hi <= 0x7fff && lo >= -0x8000 ? 2
                 : hi <= 0x7fffffffLL && lo >= -0x80000000LL ? 4 : 8;
    return e;
}

/* The keyword soup of a scalar: "unsigned long long int", "long double",
 * "_Complex float". */
static struct type *scalar_words(struct parser *ps)
{
    int nlong = 0, sign = 0, usign = 0, chr = 0, shrt = 0, intw = 0, flt = 0, dbl = 0;
    int cplx = 0, i128 = 0, words = 0;
    enum kind k;

    for (;; words++) {
        if (accept(ps, "long")) nlong++;
        else if (accept(ps, "signed") || accept(ps, "__signed__")) sign = 1;
        else if (accept(ps, "unsigned")) usign = 1;
        else if (accept(ps, "char")) chr = 1;
        else if (accept(ps, "short")) shrt = 1;
        else if (accept(ps, "int")) intw = 1;
        else if (accept(ps, "float")) flt = 1;
        else if (accept(ps, "double")) dbl = 1;
        else if (accept(ps, "_Complex") || accept(ps, "__complex__")) cplx = 1;
        else if (accept(ps, "__int128")) i128 = 1;
        else if (accept(ps, "const") || accept(ps, "volatile")) ;
        else break;
    }
    if (!words)
        return NULL;
    if (cplx) {
        if (flt) return type_new(K_CFLOAT);
        if (dbl) return type_new(nlong ? K_CLDOUBLE : K_CDOUBLE);
        fail(ps, "only _Complex float, double and long double are understood");
    }
    if (flt) return type_new(K_FLOAT);
    if (dbl) return type_new(nlong ? K_LDOUBLE : K_DOUBLE);
    if (i128) k = usign ? K_UINT128 : K_INT128;
    else if (chr) k = usign ? K_UCHAR : sign ? K_SCHAR : K_CHAR;
    else if (shrt) k = usign ? K_USHORT : K_SHORT;
    else if (nlong >= 2) k = usign ? K_ULLONG : K_LLONG;
    else if (nlong == 1) k = usign ? K_ULONG : K_LONG;
    else k = usign ? K_UINT : K_INT;
    (void)intw;
    return type_new(k);
}

/* A type specifier with its qualifiers and leading attributes. */
static struct type *type_spec(struct parser *ps, struct attrs *a)
{
    static const struct { const char *w; enum kind k; } one[] = {
        { "_Bool", K_BOOL }, { "__int128", K_INT128 }, { "__int128_t", K_INT128 },
        { "__uint128_t", K_UINT128 }, { "__float128", K_FLOAT128 },
        { "_Float16", K_FLOAT16 }, { "__fp16", K_FP16 }, { "__bf16", K_BF16 },
    };
    struct type *t = NULL;
    struct named *n;
    enum kind k;

    qualifiers(ps);
    attributes(ps, a);
    qualifiers(ps);
    if (accept(ps, "struct"))
        t = record(ps, K_STRUCT);
    else if (accept(ps, "union"))
        t = record(ps, K_UNION);
    else if (accept(ps, "enum"))
        t = enumeration(ps);
    else if (accept(ps, "void"))
        t = NULL;
    else {
        for (size_t i = 0; i < sizeof one / sizeof one[0] && !t; i++)
            if (accept(ps, one[i].w))
                t = type_new(one[i].k);
        if (!t && is_ident(ps) && (n = lookup(ps->tdefs, ps->ntdefs, ps->tok))) {
            next(ps);
            t = n->t;
        } else if (!t && is_ident(ps) && std_typedef(ps, ps->tok, &k)) {
            next(ps);
            t = type_new(k);
        } else if (!t && !(t = scalar_words(ps)))
            fail(ps, "expected a type (an unknown typedef name?)");
    }
    qualifiers(ps);
    attributes(ps, a);
    return t;
}

/* typedef <type> <declarator> [attributes]; a vector_size typedef is a
 * vector, any other a typedef node (aligned(N) kept). */
static void typedef_decl(struct parser *ps)
{
    struct attrs a = { 0 };
    struct type *base = type_spec(ps, &a), *t;
    struct declarator d;

    if (!base)
        fail(ps, "typedef void is not understood");
    declarator(ps, &d, 0);
    if (!d.name[0])
        fail(ps, "a typedef needs a name");
    if (d.a.vector_size || a.vector_size) {
        int vs = d.a.vector_size ? d.a.vector_size : a.vector_size;
        static const enum kind ok[] = { K_CHAR, K_SHORT, K_INT, K_LLONG, K_FLOAT,
                                        K_DOUBLE, K_FLOAT16 };
        const struct type *e = type_strip(base);
        enum kind ek = e->k == K_SCHAR || e->k == K_UCHAR ? K_CHAR
                     : e->k == K_USHORT ? K_SHORT : e->k == K_UINT ? K_INT
                     : (e->k == K_LONG || e->k == K_ULONG) && ps->abi->xlen == 64 ? K_LLONG
                     : e->k == K_ULLONG ? K_LLONG : e->k;
        size_t i;
        for (i = 0; i < sizeof ok / sizeof ok[0] && ok[i] != ek; i++)
            ;
        if (i == sizeof ok / sizeof ok[0] || d.pointer || d.ndims ||
            (vs != 8 && vs != 16 && vs != 32 && vs != 64))
            fail(ps, "vector_size(%d) of this element is not understood (8-64 bytes of "
                 "char, short, int, long long, float, double, _Float16)", vs);
        t = type_new(K_VEC);
        t->vbytes = vs;
        t->elem = type_new(ek);         /* signedness does not change passing */
    } else {
        t = tagged(ps, K_TYPEDEF);
        t->elem = declared(ps, base, &d);
        t->align = d.a.aligned ? d.a.aligned : a.aligned;
        if (d.a.packed || a.packed)
            fail(ps, "packed on a typedef is not understood: put it on the struct");
    }
    remember(ps, ps->tdefs, &ps->ntdefs, d.name, t);
    expect(ps, ";");
}

/* One parameter or VA type: a type and an abstract or named declarator;
 * an array parameter is a pointer (C11 6.7.6.3). */
static struct type *param(struct parser *ps)
{
    struct attrs a = { 0 };
    struct type *base = type_spec(ps, &a);
    struct declarator d;

    declarator(ps, &d, 0);
    if (!base && !d.pointer)
        fail(ps, "a parameter of type void");
    if (d.ndims)
        return type_new(K_PTR);
    return d.pointer ? type_new(K_PTR) : base;
}

static void va_list_types(struct parser *ps, struct sig *s)
{
    while (ps->tok[0] && !is(ps, "*")) {
        if (s->nargs == MAX_ARGS)
            fail(ps, "more than %d arguments", MAX_ARGS);
        s->orig[s->nargs] = s->nargs;
        s->arg[s->nargs++] = param(ps);
        if (!accept(ps, ","))
            break;
    }
}

/* The prototype: <type> [*] name ( params ) [;] */
static void prototype(struct parser *ps, struct sig *s, struct type *t)
{
    struct declarator d;

    declarator(ps, &d, 0);
    if (!d.name[0] || !is(ps, "("))
        fail(ps, "expected the function's name and its parameter list");
    s->ret = d.pointer ? type_new(K_PTR) : t;
    next(ps);
    s->nfixed = -1;
    if (is(ps, "void") && ps->p[strspn(ps->p, " \t")] == ')') {
        next(ps);                               /* f(void) */
        next(ps);
    } else {
        while (!accept(ps, ")")) {
            if (accept(ps, "...")) {
                s->nfixed = s->nargs;
                expect(ps, ")");
                break;
            }
            if (s->nargs == MAX_ARGS)
                fail(ps, "more than %d parameters", MAX_ARGS);
            s->orig[s->nargs] = s->nargs;
            s->arg[s->nargs++] = param(ps);
            if (!accept(ps, ",")) {
                expect(ps, ")");
                break;
            }
        }
    }
    accept(ps, ";");
    if (ps->tok[0])
        fail(ps, "text after the prototype");
}

static void whole(struct parser *ps, struct sig *s)
{
    next(ps);
    for (;;) {                                  /* definitions, then the prototype */
        struct attrs a = { 0 };
        struct type *t;
        if (accept(ps, "typedef")) {
            typedef_decl(ps);
            continue;
        }
        t = type_spec(ps, &a);
        if (accept(ps, ";"))                    /* struct s {...}; */
            continue;
        prototype(ps, s, t);
        break;
    }
    if (s->nfixed >= 0) {                       /* variadic */
        int nfixed = s->nfixed;
        if (!nfixed)
            fail(ps, "a variadic function needs a named parameter before '...'");
        if (!ps->va || !*ps->va)
            fail(ps, "the function is variadic: say what '...' is called with (VA=)");
        ps->p = ps->va;
        next(ps);
        va_list_types(ps, s);
        if (ps->tok[0])
            fail(ps, "expected ',' between the VA types");
        s->nfixed = nfixed;
    } else {
        s->nfixed = s->nargs;
        if (ps->va && *ps->va)
            fail(ps, "VA given but the function has no '...'");
    }
}

int sig_parse(struct sig *s, const struct abi *abi, const char *decl, const char *va,
              char *err, size_t errlen)
{
    struct parser *ps = calloc(1, sizeof *ps);
    char *called;
    int rc = -1;

    if (!ps || !(ps->text = strdup(decl)))
        return -1;
    memset(s, 0, sizeof *s);
    ps->abi = abi;
    ps->sig = s;
    ps->err = err;
    ps->errlen = errlen;
    ps->va = va;
    /* emit_decl's "/ * called with T, U * /" is the VA list */
    if ((called = strstr(ps->text, "/* called with "))) {
        char *e = strstr(called, "*/");
        if (e)
            *e = 0;
        if (!ps->va)
            ps->va = called + strlen("/* called with ");
        *called = 0;
    }
    ps->p = ps->text;
    if (!setjmp(ps->fail)) {
        whole(ps, s);
        rc = 0;
    }
    free(ps->text);
    free(ps);
    return rc;
}
