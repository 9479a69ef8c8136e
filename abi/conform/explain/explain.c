/* abi/conform/explain/explain.c: where does each argument go? (host tool)
 *
 *   explain --dir build/conform/explain --sig 'struct s {float a; int b;} f(double, struct s)'
 *           [--va 'double, int'] [--compilers 'gcc-12 clang-14'] [--expect FILE]
 *
 * Never from a table: for each ABI the signature is compiled by each
 * compiler into a probe (a caller that fills every byte of every argument
 * with its own tag and calls an assembly stand-in for f: probe_<arch>.S,
 * dump.c), run under QEMU or natively (make abi-conform-explain-<abi>),
 * and the tags are looked up in what the stand-in saw.  A place counts
 * only if the other side reads it there: the real callee is replayed
 * with each register, stack word and pointed-to block changed in turn,
 * and the result is read by a real caller from a stub (dump.c says how),
 * so a stale copy a compiler leaves in a scratch register never shows.
 *
 * Each cell cites the rule of the ABI document that puts the value
 * there (the letters under the table).  The signature needs no C parser:
 * the tool splits it into the text before the function name, the name
 * and the parameters, and pastes those into C.
 *
 * Exit status: 0 when the table printed (an ABI where the signature's
 * types do not exist shows "n/a (...)"), 1 when --expect found a
 * difference, 2 when nothing could be probed.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARAMS 24
#define MAX_LOCS   256
#define MAX_CC     8
#define WIDTH      120

static const char *const abis[] = { "lp64d", "lp64", "ilp32d", "ilp32", "aapcs64", "sysv" };
static const char *const objdumps[] = {
    "riscv64-unknown-elf-objdump", "riscv64-unknown-elf-objdump",
    "riscv64-unknown-elf-objdump", "riscv64-unknown-elf-objdump",
    "aarch64-linux-gnu-objdump", "objdump"
};
enum { NABIS = 6 };

static char fname[128], prefix[4096];
static char param[MAX_PARAMS][512];
static int nparams, nfixed, variadic, has_ret;
static char ccs[MAX_CC][32];
static int ncc;
static const char *dir;

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "explain: %s%s\n", msg, arg ? arg : "");
    exit(2);
}

static char *trim(char *s)
{
    char *e;

    while (isspace((unsigned char)*s))
        s++;
    e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = 0;
    return s;
}

/* ---- the signature ---------------------------------------------------------- */

/* "struct s x" -> "struct s"; "double d" -> "double"; "struct s" stays. */
static void drop_name(char *p)
{
    static const char *const kw[] = {
        "int", "char", "short", "long", "float", "double", "signed", "unsigned",
        "_Bool", "void", "_Complex", "__int128", "__float128", "const", "volatile",
        "_Float16", "__fp16", "__bf16", 0
    };
    char *e = p + strlen(p), *w = e;

    while (w > p && (isalnum((unsigned char)w[-1]) || w[-1] == '_'))
        w--;
    if (w == p || w == e || strchr(p, '(') || strchr(p, '['))
        return;             /* one word, or a shape left as written */
    for (int i = 0; kw[i]; i++)
        if (!strcmp(w, kw[i]))
            return;
    {   /* the word after struct/union/enum is a tag, not a name */
        char *b = w;
        while (b > p && isspace((unsigned char)b[-1]))
            b--;
        if ((b - p >= 6 && !strncmp(b - 6, "struct", 6)) ||
            (b - p >= 5 && !strncmp(b - 5, "union", 5)) ||
            (b - p >= 4 && !strncmp(b - 4, "enum", 4)))
            return;
    }
    *w = 0;
    trim(p);
}

static void add_param(const char *text)
{
    char buf[512], *p;

    snprintf(buf, sizeof buf, "%s", text);
    p = trim(buf);
    if (!*p)
        die("an empty parameter in SIG", NULL);
    if (!strcmp(p, "...")) {
        variadic = 1;
        return;
    }
    if (variadic)
        die("a parameter after '...' in SIG: give the variadic types with VA=", NULL);
    if (nparams == MAX_PARAMS)
        die("too many parameters", NULL);
    drop_name(p);
    snprintf(param[nparams++], sizeof param[0], "%s", p);
}

/* Split "<prefix> name(<params>)" at depth-0 commas. */
static void parse_sig(const char *sig_in)
{
    char sig[8192], *open = NULL, *close, *n, *s;
    int depth = 0;

    snprintf(sig, sizeof sig, "%s", sig_in);
    s = trim(sig);
    if (s[strlen(s) - 1] == ';')
        s[strlen(s) - 1] = 0, s = trim(s);
    close = s + strlen(s) - 1;
    if (*close != ')')
        die("SIG must end with the parameter list: ", sig_in);
    for (char *p = close; p >= s; p--) {
        depth += *p == ')' ? 1 : *p == '(' ? -1 : 0;
        if (!depth) {
            open = p;
            break;
        }
    }
    if (!open)
        die("unbalanced parentheses in SIG: ", sig_in);
    n = open;
    while (n > s && isspace((unsigned char)n[-1]))
        n--;
    {
        char *e = n;
        while (n > s && (isalnum((unsigned char)n[-1]) || n[-1] == '_'))
            n--;
        if (n == e)
            die("no function name before '(' in SIG: ", sig_in);
        snprintf(fname, sizeof fname, "%.*s", (int)(e - n), n);
    }
    snprintf(prefix, sizeof prefix, "%.*s", (int)(n - s), s);
    {   /* the return type is void: the prefix ends in the word void */
        char *t = trim(prefix);
        size_t l = strlen(t);
        has_ret = !(l >= 4 && !strcmp(t + l - 4, "void") &&
                    (l == 4 || !isalnum((unsigned char)t[l - 5])));
    }
    *close = 0;
    {
        char *start = open + 1;
        depth = 0;
        for (char *p = start;; p++) {
            if (*p == '(' || *p == '{' || *p == '[')
                depth++;
            else if (*p == ')' || *p == '}' || *p == ']')
                depth--;
            else if ((*p == ',' && !depth) || !*p) {
                char save = *p;
                *p = 0;
                if (trim(start)[0] || save == ',' || nparams)
                    add_param(start);
                if (!save)
                    break;
                start = p + 1;
            }
        }
    }
    if (nparams == 1 && !strcmp(param[0], "void") && !variadic)
        nparams = 0;
    nfixed = nparams;
}

static void parse_va(const char *va)
{
    char buf[2048], *save = NULL;

    if (!variadic)
        die("VA= given but SIG has no '...'", NULL);
    snprintf(buf, sizeof buf, "%s", va);
    for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (nparams == MAX_PARAMS)
            die("too many parameters", NULL);
        snprintf(param[nparams++], sizeof param[0], "%s", trim(t));
    }
}

/* ---- the probe ---------------------------------------------------------------- */

/* The caller (tags every argument, calls the stand-in), the real callee
 * (copies what it received, then leaves through explain_callee_done),
 * the tagged result and the real caller that reads a result. */
static void write_probe(const char *path, const char *sig)
{
    FILE *f = fopen(path, "w");

    if (!f)
        die("cannot write ", path);
    fprintf(f, "/* make explain probe: %s */\n#include <stddef.h>\n#include <stdint.h>\n"
               "#include <stdbool.h>\nint printf(const char *, ...);\n"
               "#define %s explain_target\n%s;\n#undef %s\n", sig, fname, sig, fname);
    for (int i = 0; i < nparams; i++)
        fprintf(f, "typedef __typeof__(%s) explain_t%d;\nexplain_t%d explain_got%d;\n",
                param[i], i, i, i);
    fprintf(f, "static unsigned explain_tag;\n"
               "static void explain_fill(void *p, unsigned long n)\n"
               "{ for (unsigned long i = 0; i < n; i++) ((unsigned char *)p)[i] ="
               " (unsigned char)(0x91 + explain_tag++ %% 95); }\n"
               "void *const explain_got_ptr[] = {");
    for (int i = 0; i < nparams; i++)
        fprintf(f, " &explain_got%d,", i);
    fprintf(f, " 0 };\nconst unsigned explain_got_size[] = {");
    for (int i = 0; i < nparams; i++)
        fprintf(f, " sizeof(explain_t%d),", i);
    fprintf(f, " 0 };\nconst int explain_nparams = %d;\n"
               "void explain_run_args(void)\n{\n", nparams);
    for (int i = 0; i < nparams; i++)
        fprintf(f, "    static explain_t%d a%d; explain_fill(&a%d, sizeof a%d);"
                   " printf(\"ex: A %d %%u\\n\", (unsigned)sizeof a%d);\n", i, i, i, i, i, i);
    fprintf(f, "    explain_target(");
    for (int i = 0; i < nparams; i++)
        fprintf(f, "%sa%d", i ? ", " : "", i);
    fprintf(f, ");\n}\nconst int explain_has_ret = %d;\n", has_ret);
    if (has_ret) {
        fprintf(f, "typedef __typeof__(explain_target(");
        for (int i = 0; i < nfixed; i++)
            fprintf(f, "%s*(explain_t%d *)0", i ? ", " : "", i);
        fprintf(f, ")) explain_ret_t;\n");
    } else {
        fprintf(f, "typedef char explain_ret_t;\n");
    }
    fprintf(f, "void explain_callee_done(void) __attribute__((noreturn));\n%s explain_callee(",
            has_ret ? "explain_ret_t" : "void");
    for (int i = 0; i < nfixed; i++)
        fprintf(f, "%sexplain_t%d p%d", i ? ", " : "", i, i);
    fprintf(f, "%s%s)\n{\n", nfixed ? "" : "void", variadic ? ", ..." : "");
    for (int i = 0; i < nfixed; i++)
        fprintf(f, "    __builtin_memcpy(&explain_got%d, &p%d, sizeof p%d);\n", i, i, i);
    if (variadic && nfixed) {
        fprintf(f, "    __builtin_va_list ap;\n    __builtin_va_start(ap, p%d);\n", nfixed - 1);
        for (int i = nfixed; i < nparams; i++)
            fprintf(f, "    { explain_t%d v = __builtin_va_arg(ap, explain_t%d);"
                       " __builtin_memcpy(&explain_got%d, &v, sizeof v); }\n", i, i, i);
        fprintf(f, "    __builtin_va_end(ap);\n");
    }
    fprintf(f, "    explain_callee_done();\n}\n"
               "unsigned char explain_got_ret[sizeof(explain_ret_t)];\n"
               "const unsigned explain_ret_size = %s;\n", has_ret ? "sizeof(explain_ret_t)" : "0");
    if (has_ret)
        fprintf(f, "explain_ret_t explain_ret_fn(void)\n"
                   "{ explain_ret_t r; explain_tag = 0; explain_fill(&r, sizeof r);"
                   " printf(\"ex: A ret %%u\\n\", (unsigned)sizeof r); return r; }\n"
                   "explain_ret_t explain_ret_stub(void);\n"
                   "void explain_ret_reader(void)\n"
                   "{ explain_ret_t r = explain_ret_stub();"
                   " __builtin_memcpy(explain_got_ret, &r, sizeof r); }\n");
    else
        fprintf(f, "void *explain_ret_fn(void) { return 0; }\n"
                   "void explain_ret_reader(void) { }\n");
    if (fclose(f))
        die("cannot write ", path);
}

/* ---- what one run saw --------------------------------------------------------- */

struct loc {
    char kind;              /* R register, D memory pointed to, S stack, T return */
    char name[32];
    unsigned char b[512];
    int n;
};

/* "changing <place> changed bytes a-b of argument i" */
struct perturb {
    char kind;              /* R, S, D (arguments), T (the result) */
    char name[32];
    int arg, from, to;
};

struct run {
    struct loc loc[MAX_LOCS];
    int nloc;
    struct perturb p[1024];
    int np;
    int size[MAX_PARAMS + 1];   /* [nparams]: the return value */
    char retaddr[16];           /* the register of a result's address */
    int ok;
    char na[256];               /* why it could not be built, or "" */
};

static int hexbytes(const char *h, unsigned char *b, int max)
{
    int n = 0;
    unsigned v;

    while (n < max && sscanf(h, "%2x", &v) == 1 && isxdigit((unsigned char)h[1])) {
        b[n++] = (unsigned char)v;
        h += 2;
    }
    return n;
}

/* "ex: P R a1 0:0-7 1:4-5" or "ex: PR a0 0-7 12-15" */
static void read_perturb(struct run *r, const char *line, int ret)
{
    char kind = ret ? 'T' : line[6], name[32], *save = NULL, buf[2048], *w;
    int skip = ret ? 2 : 3;

    snprintf(buf, sizeof buf, "%s", line);
    w = strtok_r(buf, " \n", &save);            /* "ex:" */
    for (int i = 0; i < skip && w; i++)
        w = strtok_r(NULL, " \n", &save);
    if (!w)
        return;
    snprintf(name, sizeof name, "%s", w);
    while ((w = strtok_r(NULL, " \n", &save)) && r->np < 1024) {
        struct perturb *p = &r->p[r->np];
        p->kind = kind;
        snprintf(p->name, sizeof p->name, "%s", name);
        if (ret ? sscanf(w, "%d-%d", &p->from, &p->to) == 2
                : sscanf(w, "%d:%d-%d", &p->arg, &p->from, &p->to) == 3) {
            if (ret)
                p->arg = nparams;
            r->np++;
        }
    }
}

static void read_run(struct run *r, const char *path)
{
    FILE *f = fopen(path, "r");
    char line[2048], a[64], h[1024];
    int i, n;
    struct loc *stack = NULL;

    memset(r, 0, sizeof *r);
    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        struct loc *l = &r->loc[r->nloc];
        if (sscanf(line, "ex: A ret %d", &n) == 1)
            r->size[nparams] = n;
        else if (sscanf(line, "ex: A %d %d", &i, &n) == 2 && i >= 0 && i < nparams)
            r->size[i] = n;
        else if (!strncmp(line, "ex: S +", 7) && sscanf(line, "ex: S +%d %1023s", &i, h) == 2) {
            /* the stack lines make one run of bytes from the incoming sp */
            if (!stack) {
                stack = l;
                stack->kind = 'S';
                snprintf(stack->name, sizeof stack->name, "sp");
                r->nloc++;
            }
            if (i == stack->n)
                stack->n += hexbytes(h, stack->b + i, (int)sizeof stack->b - i);
        } else if (!strncmp(line, "ex: P ", 6))
            read_perturb(r, line, 0);
        else if (!strncmp(line, "ex: PR ", 7))
            read_perturb(r, line, 1);
        else if (sscanf(line, "ex: RETADDR %15s", r->retaddr) == 1)
            ;
        else if (r->nloc < MAX_LOCS && sscanf(line, "ex: %*s %63s %1023s", a, h) == 2 &&
                 (line[4] == 'R' || line[4] == 'D') && line[5] != 'E' + 0 * 1) {
            l->kind = !strncmp(line + 4, "RET ", 4) ? 'T' : line[4];
            snprintf(l->name, sizeof l->name, "%s", a);
            l->n = hexbytes(h, l->b, (int)sizeof l->b);
            r->nloc++;
        } else if (r->nloc < MAX_LOCS && sscanf(line, "ex: RET %63s %1023s", a, h) == 2) {
            l->kind = 'T';
            snprintf(l->name, sizeof l->name, "%s", a);
            l->n = hexbytes(h, l->b, (int)sizeof l->b);
            r->nloc++;
        } else if (!strncmp(line, "ex: end", 7))
            r->ok = 1;
    }
    fclose(f);
}

/* ---- finding the tags ---------------------------------------------------------- */

/* The tag of byte j of a value starting at byte `base` of the tagged
 * sequence: 0x91..0xef, clear of 0, -1, small numbers and the bytes of
 * RAM and stack addresses, so a stray register rarely looks like a tag. */
static unsigned char tag(int base, int j)
{
    return (unsigned char)(0x91 + (base + j) % 95);
}

static int word_bytes(int abi)
{
    return abi == 2 || abi == 3 ? 4 : 8;
}

/* Does changing place l change byte j of argument arg (the other side
 * reads it there)?  o: the byte's offset in l (a stack word). */
static int confirmed(const struct run *r, int abi, int arg, const struct loc *l, int o, int j)
{
    char name[32];
    char kind = l->kind;

    if (l->kind == 'S') {
        snprintf(name, sizeof name, "+%d", o / word_bytes(abi) * word_bytes(abi));
    } else if (l->kind == 'T') {
        snprintf(name, sizeof name, "%s", l->name);
        kind = 'T';
    } else {
        snprintf(name, sizeof name, "%s", l->name);
    }
    for (int i = 0; i < r->np; i++) {
        const struct perturb *p = &r->p[i];
        if (p->kind == kind && p->arg == arg && j >= p->from && j <= p->to &&
            !strcmp(p->name, name))
            return 1;
    }
    return 0;
}

static int is_fp_reg(const char *n)
{
    return n[0] == 'f' || n[0] == 'v' || !strncmp(n, "xmm", 3) || !strcmp(n, "st0");
}

/* Where bytes j.. of the value are: runs of consecutive tags in a place
 * the other side reads them from.  Preference, each class taking its
 * longest run: 1. memory a register or stack word points to, holding the
 * whole value (by reference); 2. the stack holding the whole value;
 * 3. registers; 4. any other run.  Returns the run length (0: byte j is
 * read from nowhere), with *where and *at. */
static int find(const struct run *r, int abi, int arg, int base, int j, int size,
                const struct loc **where, int *at)
{
    int best[5] = { 0 }, bat[5] = { 0 }, ret = arg == nparams;
    const struct loc *bl[5] = { 0 };

    for (int i = 0; i < r->nloc; i++) {
        const struct loc *l = &r->loc[i];
        if ((l->kind == 'T') != ret)
            continue;
        for (int o = 0; o < l->n; o++) {
            int run = 0, cls;
            while (o + run < l->n && j + run < size && l->b[o + run] == tag(base, j + run) &&
                   confirmed(r, abi, arg, l, o + run, j + run))
                run++;
            if (!run)
                continue;
            if (l->kind == 'D' && o == 0 && j == 0 && run == size)
                cls = 1;
            else if (l->kind == 'S' && j == 0 && run == size)
                cls = 2;
            else if (l->kind == 'R' || l->kind == 'T')
                cls = 3;
            else
                cls = 4;
            if (run > best[cls] || (run == best[cls] && cls == 3 && is_fp_reg(l->name) &&
                                    !is_fp_reg(bl[cls]->name)))
                best[cls] = run, bat[cls] = o, bl[cls] = l;
        }
    }
    for (int c = 1; c <= 4; c++)
        if (best[c]) {
            *where = bl[c];
            *at = bat[c];
            return best[c];
        }
    return 0;
}

static void loc_text(char *out, size_t n, const struct run *r, const struct loc *l, int off,
                     int ret)
{
    if (l->kind == 'S')
        snprintf(out, n, "sp+%d", off);
    else if (l->kind == 'D')
        snprintf(out, n, "ref %s%s", l->name[0] == '+' ? "sp" : "", l->name);
    else if (ret && !strcmp(l->name, "mem"))
        snprintf(out, n, "memory via %s", r->retaddr[0] ? r->retaddr : "?");
    else if (off)
        snprintf(out, n, "%s+%d", l->name, off);
    else
        snprintf(out, n, "%s", l->name);
}

/* What a cell shows, and which kinds of place it used (for the rule). */
enum { U_INT = 1, U_FP = 2, U_STACK = 4, U_REF = 8, U_MEM = 16, U_NONE = 32 };

/* Bytes from..from+len-1 of one argument (or the return value) as "fa0",
 * or "0-3:fa1 4-7:a1" (ranges relative to `from`). */
static int cell_range(char *out, size_t n, const struct run *r, int abi, int arg, int from,
                      int len)
{
    int ret = arg == nparams, size = r->size[arg], base = 0, pieces = 0, used = 0;
    static const struct loc *where[512];
    static int at[512];
    char piece[64], first[64] = "";

    out[0] = 0;
    if (r->na[0]) {
        snprintf(out, n, "n/a (%s)", r->na);
        return 0;
    }
    if (!r->ok) {
        snprintf(out, n, "(no run)");
        return 0;
    }
    for (int i = 0; i < arg && !ret; i++)
        base += r->size[i];
    if (size <= 0 || size > 512) {
        snprintf(out, n, size ? "(too big)" : "nothing (empty)");
        return U_NONE;
    }
    for (int j = 0; j < size;) {           /* the map of the whole value */
        const struct loc *l = NULL;
        int o = 0, run = find(r, abi, arg, base, j, size, &l, &o);
        if (!run) {
            where[j++] = NULL;
            continue;
        }
        for (int k = 0; k < run; k++)
            where[j + k] = l, at[j + k] = o + k;
        j += run;
    }
    if (len < 0)
        from = 0, len = size;
    if (from + len > size)
        len = size - from;
    if (len <= 0) {
        snprintf(out, n, "-");
        return 0;
    }
    for (int j = from; j < from + len;) {
        int k = j + 1;
        while (k < from + len && where[k] == where[j] &&
               (!where[j] || at[k] == at[j] + (k - j)))
            k++;
        if (!where[j])
            snprintf(piece, sizeof piece, "?");
        else if (where[j]->kind == 'D') {
            loc_text(piece, sizeof piece, r, where[j], 0, ret);
            if (at[j])
                snprintf(piece + strlen(piece), sizeof piece - strlen(piece), "+%d", at[j]);
            used |= U_REF;
        } else {
            loc_text(piece, sizeof piece, r, where[j], at[j], ret);
            used |= where[j]->kind == 'S' ? U_STACK
                  : ret && !strcmp(where[j]->name, "mem") ? U_MEM
                  : is_fp_reg(where[j]->name) ? U_FP : U_INT;
        }
        if (!pieces)
            snprintf(first, sizeof first, "%s", piece);
        snprintf(out + strlen(out), n - strlen(out), "%s%d-%d:%s", pieces ? " " : "",
                 j - from, k - 1 - from, piece);
        pieces++;
        j = k;
    }
    if (pieces == 1)
        snprintf(out, n, "%s", first);
    if (!used)
        used = U_NONE;
    return used;
}

/* ---- DWARF: fields and the kind of each value ------------------------------------ */

#define MAX_DIES 4096
struct die {
    long off, type, size, loc, bitsize, bitoff, count, parent, encoding;
    int vector;
    char tag[40], name[64];
};
struct field {
    char name[64];
    int off, len;
};
struct fields {
    struct field f[32];
    int n;
    char vclass;            /* s struct, u union, f FP, c complex, v vector, i other */
};

static long hexref(const char *p)
{
    const char *lt = strrchr(p, '<');
    return lt ? strtol(lt + 1, NULL, 16) : -1;
}

static int read_dies(const char *cmd, struct die *d)
{
    FILE *p = popen(cmd, "r");
    char line[1024];
    long parents[32] = { -1 };
    int n = 0;

    if (!p)
        return 0;
    while (fgets(line, sizeof line, p)) {
        char *t = strstr(line, "(DW_TAG_");
        char *v = strrchr(line, ':');
        if (line[0] == ' ' && line[1] == '<' && t && n < MAX_DIES) {
            int level = atoi(line + 2);
            struct die *e = &d[n++];
            memset(e, 0, sizeof *e);
            e->off = strtol(strchr(line + 2, '<') + 1, NULL, 16);
            e->size = e->loc = e->bitsize = e->bitoff = e->count = e->encoding = -1;
            e->type = -1;
            snprintf(e->tag, sizeof e->tag, "%.*s", (int)strcspn(t + 8, ")"), t + 8);
            if (level > 0 && level < 32) {
                e->parent = parents[level - 1];
                parents[level] = e->off;
            }
            continue;
        }
        if (!n || !v)
            continue;
        v++;
        while (*v == ' ' || *v == '\t')
            v++;
        v[strcspn(v, "\n")] = 0;
        if (strstr(line, "DW_AT_name"))
            snprintf(d[n - 1].name, sizeof d[n - 1].name, "%s", v);
        else if (strstr(line, "DW_AT_type"))
            d[n - 1].type = hexref(line);
        else if (strstr(line, "DW_AT_byte_size"))
            d[n - 1].size = atol(v);
        else if (strstr(line, "DW_AT_data_member_location"))
            d[n - 1].loc = atol(v);
        else if (strstr(line, "DW_AT_data_bit_offset"))
            d[n - 1].bitoff = atol(v);
        else if (strstr(line, "DW_AT_bit_size"))
            d[n - 1].bitsize = atol(v);
        else if (strstr(line, "DW_AT_count"))
            d[n - 1].count = atol(v);
        else if (strstr(line, "DW_AT_upper_bound"))
            d[n - 1].count = atol(v) + 1;
        else if (strstr(line, "DW_AT_encoding"))
            d[n - 1].encoding = atol(v);
        else if (strstr(line, "DW_AT_GNU_vector"))
            d[n - 1].vector = 1;
    }
    pclose(p);
    return n;
}

static const struct die *die_at(const struct die *d, int n, long off)
{
    for (int i = 0; i < n; i++)
        if (d[i].off == off)
            return &d[i];
    return NULL;
}

/* Through typedefs and qualifiers to the type itself. */
static const struct die *resolve(const struct die *d, int n, long off)
{
    const struct die *e = die_at(d, n, off);

    while (e && (!strcmp(e->tag, "typedef") || !strcmp(e->tag, "const_type") ||
                 !strcmp(e->tag, "volatile_type")))
        e = die_at(d, n, e->type);
    return e;
}

static long type_size(const struct die *d, int n, const struct die *t)
{
    if (!t)
        return -1;
    if (t->size >= 0)
        return t->size;
    if (!strcmp(t->tag, "array_type")) {
        long count = -1, es = type_size(d, n, resolve(d, n, t->type));
        for (int i = 0; i < n; i++)
            if (d[i].parent == t->off && !strcmp(d[i].tag, "subrange_type"))
                count = d[i].count;
        return count >= 0 && es >= 0 ? count * es : -1;
    }
    return -1;
}

/* DW_ATE_float 4, complex_float 3 */
static char value_class(const struct die *t)
{
    if (!t)
        return 'i';
    if (!strcmp(t->tag, "structure_type"))
        return 's';
    if (!strcmp(t->tag, "union_type"))
        return 'u';
    if (!strcmp(t->tag, "array_type"))
        return t->vector ? 'v' : 'i';
    if (!strcmp(t->tag, "base_type"))
        return t->encoding == 4 ? 'f' : t->encoding == 3 ? 'c' : 'i';
    return 'i';
}

/* The fields of variable/typedef `name` if it is a struct or union. */
static void fields_of(const char *objdump, const char *obj, const char *name,
                      struct fields *out)
{
    static struct die d[MAX_DIES];
    char cmd[1024];
    int n;
    const struct die *t = NULL;

    out->n = 0;
    out->vclass = 'i';
    snprintf(cmd, sizeof cmd, "%s --dwarf=info %s 2>/dev/null", objdump, obj);
    n = read_dies(cmd, d);
    for (int i = 0; i < n && !t; i++)
        if ((!strcmp(d[i].tag, "variable") || !strcmp(d[i].tag, "typedef")) &&
            !strcmp(d[i].name, name))
            t = resolve(d, n, d[i].type);
    out->vclass = value_class(t);
    if (!t || (strcmp(t->tag, "structure_type") && strcmp(t->tag, "union_type")))
        return;
    for (int i = 0; i < n && out->n < 32; i++) {
        const struct die *m = &d[i];
        struct field *f = &out->f[out->n];
        if (m->parent != t->off || strcmp(m->tag, "member") || !m->name[0])
            continue;
        snprintf(f->name, sizeof f->name, "%s", m->name);
        if (m->bitsize >= 0) {
            long bit = m->bitoff >= 0 ? m->bitoff : 8 * (m->loc > 0 ? m->loc : 0);
            f->off = (int)(bit / 8);
            f->len = (int)((bit % 8 + m->bitsize + 7) / 8);
        } else {
            f->off = (int)(m->loc > 0 ? m->loc : 0);
            f->len = (int)type_size(d, n, resolve(d, n, m->type));
        }
        if (f->len > 0)
            out->n++;
    }
}

/* ---- the rule behind a cell ------------------------------------------------------- */

struct rule {
    const char *key, *text;
};

/* Short citations: the document and the section or rule, then why. */
static const struct rule rules[] = {
    { "rv-fp",     "RISC-V psABI, Hardware FP Calling Convention: an FP real, or a struct of one or "
                   "two FP reals or an FP real and an integer, in FP (and integer) registers" },
    { "rv-reg",    "RISC-V psABI, Integer Calling Convention: a value of at most XLEN bits in one "
                   "register (a0-a7)" },
    { "rv-pair",   "RISC-V psABI, Integer Calling Convention: at most 2xXLEN bits in a register "
                   "pair (a variadic one 2xXLEN-aligned: an even-odd pair)" },
    { "rv-split",  "RISC-V psABI, Integer Calling Convention: one register left: the low XLEN "
                   "bits in a7, the rest on the stack" },
    { "rv-stack",  "RISC-V psABI, Integer Calling Convention: no argument register left: on the "
                   "stack, aligned to its type (at least XLEN)" },
    { "rv-ref",    "RISC-V psABI, Integer Calling Convention: wider than 2xXLEN bits: by "
                   "reference, replaced by the address of a copy" },
    { "rv-mem",    "RISC-V psABI, Integer Calling Convention: a result wider than 2xXLEN bits: "
                   "in memory the caller provides, its address an implicit first argument (a0)" },
    { "rv-empty",  "RISC-V psABI, Integer Calling Convention: empty structs and unions are "
                   "ignored (a GNU C extension)" },
    { "rv-va",     "RISC-V psABI, Hardware FP Calling Convention: variadic arguments follow the "
                   "integer calling convention" },
    { "a64-v",     "AAPCS64 6.8.2 rule C.1: an FP or short-vector value in the next SIMD&FP "
                   "register (v0-v7)" },
    { "a64-hfa",   "AAPCS64 6.8.2 rule C.2: an HFA/HVA (5.10.5) in one SIMD&FP register per "
                   "member" },
    { "a64-x",     "AAPCS64 6.8.2 rules C.9-C.12: an integral, pointer or composite of at most "
                   "16 bytes in x registers" },
    { "a64-ref",   "AAPCS64 6.8.2 rule B.4: a composite larger than 16 bytes: a pointer to a "
                   "copy" },
    { "a64-stack", "AAPCS64 6.8.2 rules C.13-C.17: registers used up: on the stack" },
    { "a64-mem",   "AAPCS64 6.9: a result not returned in registers: in memory, its address "
                   "in x8" },
    { "a64-empty", "GNU C: an empty struct or union is passed as nothing (no AAPCS64 rule)" },
    { "x86-int",   "SysV x86-64 psABI 3.2.3: INTEGER class: rdi, rsi, rdx, rcx, r8, r9; rax, "
                   "rdx for a result" },
    { "x86-sse",   "SysV x86-64 psABI 3.2.3: SSE class: xmm0-xmm7" },
    { "x86-mix",   "SysV x86-64 psABI 3.2.3: each eightbyte by its own class, INTEGER and SSE" },
    { "x86-stack", "SysV x86-64 psABI 3.2.3: MEMORY class (over 16 bytes, unaligned, X87 "
                   "argument) or registers used up: on the stack" },
    { "x86-x87",   "SysV x86-64 psABI 3.2.3: X87 class result in st0" },
    { "x86-mem",   "SysV x86-64 psABI 3.2.3: MEMORY class result: address in rdi, returned in "
                   "rax" },
    { "x86-empty", "SysV x86-64 psABI 3.2.3: an empty record has NO_CLASS: passed as nothing" },
};
enum { NRULES = sizeof rules / sizeof rules[0] };

/* The rule for a cell from where the value went and what it is. */
static const char *rule_for(int abi, int used, char vclass, int size, int ret, int va,
                            const char *cell)
{
    int riscv = abi <= 3, xlenb = word_bytes(abi);

    if (used & U_NONE && !(used & ~U_NONE))
        return riscv ? "rv-empty" : abi == 4 ? "a64-empty" : "x86-empty";
    if (riscv) {
        if (used & U_MEM) return "rv-mem";
        if (used & U_REF) return "rv-ref";
        if (used & U_FP) return "rv-fp";
        if ((used & U_STACK) && (used & U_INT)) return "rv-split";
        if (used & U_STACK) return "rv-stack";
        if (va && (vclass == 'f' || vclass == 'c' || vclass == 's') && (abi == 0 || abi == 2))
            return "rv-va";
        return size > xlenb ? "rv-pair" : "rv-reg";
    }
    if (abi == 4) {
        if (used & U_MEM) return "a64-mem";
        if (used & U_REF) return "a64-ref";
        if (used & U_STACK) return "a64-stack";
        if (used & U_FP) return vclass == 's' || vclass == 'u' || vclass == 'c' ||
                                strchr(cell, ' ') ? "a64-hfa" : "a64-v";
        return "a64-x";
    }
    if (used & U_MEM) return "x86-mem";
    if (used & U_STACK) return "x86-stack";
    if (ret && strstr(cell, "st0")) return "x86-x87";
    if ((used & U_FP) && (used & U_INT)) return "x86-mix";
    if (used & U_FP) return "x86-sse";
    return "x86-int";
}

/* ---- building and reading -------------------------------------------------------- */

static struct run runs[NABIS][MAX_CC];
static int cc_avail[NABIS][MAX_CC];

/* The probe for one ABI: each compiler builds it (or says why not). */
static void probe_abi(int a, const char *probe)
{
    char cmd[4096], path[1024], line[512];
    FILE *f;

    snprintf(cmd, sizeof cmd, "make -s --no-print-directory abi-conform-explain-%s "
             "CONFORM_OUT=%s/%s EXPLAIN_SRC=%s >%s/make-%s.log 2>&1 </dev/null",
             abis[a], dir, abis[a], probe, dir, abis[a]);
    if (system(cmd) != 0)
        fprintf(stderr, "explain: make failed for %s (%s/make-%s.log)\n", abis[a], dir, abis[a]);
    for (int c = 0; c < ncc; c++) {
        snprintf(path, sizeof path, "%s/%s/explain-%s.na", dir, abis[a], ccs[c]);
        if ((f = fopen(path, "r"))) {       /* the compiler is not on this ABI */
            cc_avail[a][c] = 0;
            fclose(f);
            continue;
        }
        cc_avail[a][c] = 1;
        snprintf(path, sizeof path, "%s/%s/explain-%s.log", dir, abis[a], ccs[c]);
        read_run(&runs[a][c], path);
        snprintf(path, sizeof path, "%s/%s/explain-%s.err", dir, abis[a], ccs[c]);
        if ((f = fopen(path, "r"))) {       /* the signature does not compile */
            char *e = NULL;
            while (fgets(line, sizeof line, f) && !e)
                e = strstr(line, "error: ");
            fclose(f);
            if (e) {
                char *nl = e + strcspn(e, "\n");
                *nl = 0;
                e += 7;
                if (strstr(e, "__int128") && strstr(e, "not supported"))
                    snprintf(runs[a][c].na, sizeof runs[a][c].na, "no __int128 on %s", abis[a]);
                else if (strstr(e, "__float128") || strstr(e, "_Float16") ||
                         strstr(e, "__fp16") || strstr(e, "__bf16")) {
                    const char *t = strstr(e, "__float128") ? "__float128"
                                  : strstr(e, "_Float16") ? "_Float16"
                                  : strstr(e, "__fp16") ? "__fp16" : "__bf16";
                    snprintf(runs[a][c].na, sizeof runs[a][c].na, "no %s on %s", t, abis[a]);
                } else
                    snprintf(runs[a][c].na, sizeof runs[a][c].na, "%.100s", e);
            }
        }
    }
}

/* ---- the table --------------------------------------------------------------------- */

struct row {
    char label[600];
    char key[80];                   /* arg0, return, arg0.x: for --expect */
    int arg;                        /* nparams: the result */
    char cell[NABIS][MAX_CC][256];  /* per compiler */
    int used[NABIS][MAX_CC];
    char text[NABIS][512];          /* what the table shows (compilers grouped) */
    char lines[NABIS][MAX_CC][200]; /* the same, one group a line */
    int nlines[NABIS];
    int field;
};

static struct row rows[MAX_PARAMS + 1 + 64];
static int nrows;
static char rule_letter[NRULES];
static int nletters;

static int rule_index(const char *key)
{
    for (int i = 0; i < NRULES; i++)
        if (!strcmp(rules[i].key, key))
            return i;
    return -1;
}

/* Group the compilers whose cells agree: "fa0" or "gcc-12: fa0" lines,
 * each with its rule's letter (argument and result rows only). */
static void group_cells(struct row *rw, int a, int with_rule, char vclass, int size)
{
    int done[MAX_CC] = { 0 }, groups = 0;
    char all[512] = "";

    for (int c = 0; c < ncc; c++)
        if (!cc_avail[a][c])
            done[c] = 1;
    for (int c = 0; c < ncc; c++) {
        char names[128] = "", line[200], rl[8] = "";
        if (done[c])
            continue;
        for (int d = c; d < ncc; d++)
            if (!done[d] && !strcmp(rw->cell[a][c], rw->cell[a][d])) {
                done[d] = 1;
                snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
                         names[0] ? "," : "", ccs[d]);
            }
        if (with_rule && strncmp(rw->cell[a][c], "n/a", 3) && strcmp(rw->cell[a][c], "-")) {
            int ri = rule_index(rule_for(a, rw->used[a][c], vclass, size, rw->arg == nparams,
                                         rw->arg >= nfixed && rw->arg < nparams, rw->cell[a][c]));
            if (ri >= 0) {
                if (!rule_letter[ri])
                    rule_letter[ri] = (char)('a' + nletters++);
                snprintf(rl, sizeof rl, " (%c)", rule_letter[ri]);
            }
        }
        snprintf(line, sizeof line, "%s%s%s%s", names, ": ", rw->cell[a][c], rl);
        snprintf(rw->lines[a][groups++], sizeof rw->lines[a][0], "%s", line);
        snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s %s", all[0] ? " / " : "",
                 names, rw->cell[a][c]);
    }
    if (groups == 1) {              /* all agree: no compiler names */
        char *colon = strstr(rw->lines[a][0], ": ");
        memmove(rw->lines[a][0], colon + 2, strlen(colon + 2) + 1);
        for (int c = 0; c < ncc; c++)
            if (cc_avail[a][c]) {
                memcpy(rw->text[a], rw->cell[a][c], strlen(rw->cell[a][c]) + 1);
                break;
            }
    } else {
        snprintf(rw->text[a], sizeof rw->text[a], "%s", all);
    }
    if (!groups)
        snprintf(rw->lines[a][groups++], sizeof rw->lines[a][0], "n/a (no compiler)");
    rw->nlines[a] = groups;
}

/* Lines of at most `w` columns: a long cell wraps at a space. */
static int wrap(const char *in, char out[][200], int max, int w)
{
    int n = 0;
    char buf[512];
    const char *p = in;

    while (*p && n < max) {
        size_t len = strlen(p);
        if ((int)len <= w) {
            snprintf(out[n], 200, "%s%s", n ? "  " : "", p);
            n++;
            break;
        }
        {
            int cut = w - (n ? 2 : 0);
            while (cut > 0 && p[cut] != ' ')
                cut--;
            if (cut <= 0)
                cut = w - (n ? 2 : 0);
            snprintf(buf, sizeof buf, "%.*s", cut, p);
            snprintf(out[n], 200, "%s%s", n ? "  " : "", buf);
            n++;
            p += cut;
            while (*p == ' ')
                p++;
        }
    }
    return n;
}

/* One table of the ABIs in [from, to), the label column first. */
static void print_table(int lw, int from, int to, const int *width)
{
    printf("%-*s", lw, "");
    for (int a = from; a < to; a++)
        printf("  %-*s", a + 1 < to ? width[a] : 0, abis[a]);
    printf("\n");
    for (int r = 0; r < nrows; r++) {
        static char cl[NABIS][16][200];
        int nl[NABIS] = { 0 }, most = 1;
        for (int a = from; a < to; a++) {
            for (int g = 0; g < rows[r].nlines[a]; g++)
                nl[a] += wrap(rows[r].lines[a][g], cl[a] + nl[a], 16 - nl[a], width[a]);
            if (nl[a] > most)
                most = nl[a];
        }
        for (int l = 0; l < most; l++) {
            char out[1024];
            int n = snprintf(out, sizeof out, "%-*s", lw, l ? "" : rows[r].label);
            for (int a = from; a < to && n < (int)sizeof out; a++)
                n += snprintf(out + n, sizeof out - (size_t)n, "  %-*s", a + 1 < to ? width[a] : 0,
                              l < nl[a] ? cl[a][l] : "");
            while (n > 0 && out[n - 1] == ' ')
                out[--n] = 0;
            printf("%s\n", out);
        }
    }
}

static void print_all(void)
{
    int lw = 4, width[NABIS];

    for (int r = 0; r < nrows; r++)
        if ((int)strlen(rows[r].label) > lw)
            lw = (int)strlen(rows[r].label);
    if (lw > 40)
        lw = 40;
    for (int a = 0; a < NABIS; a++) {
        width[a] = (int)strlen(abis[a]);
        for (int r = 0; r < nrows; r++)
            for (int g = 0; g < rows[r].nlines[a]; g++)
                if ((int)strlen(rows[r].lines[a][g]) > width[a])
                    width[a] = (int)strlen(rows[r].lines[a][g]);
        if (width[a] > WIDTH - lw - 2)
            width[a] = WIDTH - lw - 2;
    }
    /* as many ABIs side by side as fit in WIDTH columns */
    for (int from = 0; from < NABIS;) {
        int to = from, w = lw;
        while (to < NABIS && (to == from || w + 2 + width[to] <= WIDTH))
            w += 2 + width[to++];
        print_table(lw, from, to, width);
        from = to;
        if (from < NABIS)
            printf("\n");
    }
    if (nletters) {
        printf("\nrules:\n");
        for (int l = 0; l < nletters; l++)
            for (int i = 0; i < NRULES; i++)
                if (rule_letter[i] == 'a' + l) {
                    static char wl[8][200];
                    int n = wrap(rules[i].text, wl, 8, WIDTH - 5);
                    for (int k = 0; k < n; k++)
                        printf("%s%c%s%s\n", k ? "   " : "(", k ? ' ' : 'a' + l,
                               k ? "" : ") ", wl[k] + (k ? 2 : 0));
                }
    }
}

/* --expect FILE: lines "<abi> <row> <cell>" (row: argN, return, argN.f,
 * return.f); the cell must be exactly what the table shows, compilers
 * grouped as "gcc-12 X / clang-14 Y".  PASS/FAIL per line. */
static int check(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[512], abi[32], row[64], want[256];
    int fails = 0;

    if (!f)
        die("cannot read ", path);
    while (fgets(line, sizeof line, f)) {
        int a, r, off = 0;
        if (line[0] == '#' || sscanf(line, "%31s %63s %n", abi, row, &off) != 2 || !off)
            continue;
        snprintf(want, sizeof want, "%s", trim(line + off));
        for (a = 0; a < NABIS && strcmp(abis[a], abi); a++)
            ;
        for (r = 0; r < nrows && strcmp(rows[r].key, row); r++)
            ;
        if (a == NABIS || r == nrows) {
            printf("FAIL explain: bad expectation (no such ABI or row): %s", line);
            fails++;
        } else if (!strcmp(rows[r].text[a], want)) {
            printf("PASS explain %s %s: %s\n", abi, row, want);
        } else {
            printf("FAIL explain %s %s: expected '%s', probed '%s'\n", abi, row, want,
                   rows[r].text[a]);
            fails++;
        }
    }
    fclose(f);
    return fails != 0;
}

/* The rows of one argument (or the result): itself, then its fields. */
static void add_rows(int i)
{
    static struct fields fl[NABIS][MAX_CC];
    struct row *rw = &rows[nrows++];
    char var[32], obj[1024], vclass = 'i';
    int ref = -1, size = 0, first = nrows - 1;

    memset(rw, 0, sizeof *rw);
    rw->arg = i;
    if (i == nparams)
        snprintf(rw->label, sizeof rw->label, "return");
    else
        snprintf(rw->label, sizeof rw->label, "arg%d %s%s", i, param[i],
                 i >= nfixed ? " (...)" : "");
    if (i == nparams)
        snprintf(rw->key, sizeof rw->key, "return");
    else
        snprintf(rw->key, sizeof rw->key, "arg%d", i);
    snprintf(var, sizeof var, i == nparams ? "explain_ret_t" : "explain_t%d", i);
    for (int a = 0; a < NABIS; a++)
        for (int c = 0; c < ncc; c++) {
            if (!cc_avail[a][c])
                continue;
            rw->used[a][c] = cell_range(rw->cell[a][c], sizeof rw->cell[a][c], &runs[a][c],
                                        a, i, 0, -1);
            snprintf(obj, sizeof obj, "%s/%s/explain-%s.o", dir, abis[a], ccs[c]);
            fields_of(objdumps[a], obj, var, &fl[a][c]);
            if (fl[a][c].vclass != 'i')
                vclass = fl[a][c].vclass;
            if (ref < 0 && fl[a][c].n > 1)
                ref = a * MAX_CC + c;
            if (runs[a][c].size[i] > size)
                size = runs[a][c].size[i];
        }
    for (int a = 0; a < NABIS; a++)
        group_cells(rw, a, 1, vclass, size);
    char parent[80];

    snprintf(parent, sizeof parent, "%s", rw->key);
    for (int k = 0; ref >= 0 && k < fl[ref / MAX_CC][ref % MAX_CC].n &&
                    nrows < (int)(sizeof rows / sizeof rows[0]); k++) {
        const char *name = fl[ref / MAX_CC][ref % MAX_CC].f[k].name;
        struct row *fr = &rows[nrows++];
        memset(fr, 0, sizeof *fr);
        fr->arg = i;
        fr->field = 1;
        snprintf(fr->label, sizeof fr->label, "  .%s", name);
        snprintf(fr->key, sizeof fr->key, "%s.%s", parent, name);
        for (int a = 0; a < NABIS; a++) {
            for (int c = 0; c < ncc; c++) {
                const struct fields *F = &fl[a][c];
                int m = 0;
                if (!cc_avail[a][c])
                    continue;
                while (m < F->n && strcmp(F->f[m].name, name))
                    m++;
                if (m == F->n)
                    snprintf(fr->cell[a][c], sizeof fr->cell[a][c], "%s",
                             runs[a][c].na[0] ? rows[first].cell[a][c] : "(no field)");
                else
                    cell_range(fr->cell[a][c], sizeof fr->cell[a][c], &runs[a][c], a, i,
                               F->f[m].off, F->f[m].len);
            }
            group_cells(fr, a, 0, vclass, size);
        }
    }
}

int main(int argc, char **argv)
{
    const char *sig = NULL, *va = NULL, *expect = NULL, *compilers = "gcc-12 clang-14";
    char path[1024];
    int built = 0;

    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--dir")) dir = argv[i + 1];
        else if (!strcmp(argv[i], "--sig")) sig = argv[i + 1];
        else if (!strcmp(argv[i], "--va")) va = argv[i + 1];
        else if (!strcmp(argv[i], "--expect")) expect = argv[i + 1];
        else if (!strcmp(argv[i], "--compilers")) compilers = argv[i + 1];
        else die("unknown option ", argv[i]);
    }
    if (!dir || !sig)
        die("usage: explain --dir DIR --sig 'C declaration' [--va 'types'] "
            "[--compilers 'gcc-12 clang-14'] [--expect FILE]", NULL);
    {
        char buf[512], *save = NULL;
        snprintf(buf, sizeof buf, "%s", compilers);
        for (char *w = strtok_r(buf, " ", &save); w && ncc < MAX_CC; w = strtok_r(NULL, " ", &save))
            snprintf(ccs[ncc++], sizeof ccs[0], "%s", w);
    }
    parse_sig(sig);
    if (va)
        parse_va(va);
    else if (variadic)
        die("SIG has '...': say what is passed there with VA='double, int'", NULL);
    snprintf(path, sizeof path, "%s/probe.c", dir);
    write_probe(path, sig);
    for (int a = 0; a < NABIS; a++) {
        probe_abi(a, path);
        for (int c = 0; c < ncc; c++)
            built += cc_avail[a][c] && (runs[a][c].ok || runs[a][c].na[0]);
    }
    if (!built) {
        fprintf(stderr, "explain: nothing could be probed: is SIG C? (%s/*/explain-*.err)\n", dir);
        for (int c = 0; c < ncc; c++) {
            char cmd[1024];
            snprintf(cmd, sizeof cmd, "grep -h -m 3 error %s/lp64d/explain-%s.err >&2", dir,
                     ccs[c]);
            if (system(cmd) != 0)
                break;
        }
        return 2;
    }
    for (int i = 0; i < nparams; i++)
        add_rows(i);
    if (has_ret)
        add_rows(nparams);
    printf("%s%s%s\n(registers, sp+N: the stack at the call, ref X: a copy passed by its "
           "address in X,\n a-b: bytes of the value, .f: field f, X+N: byte N of X, ?: read "
           "from nowhere (padding);\n each place confirmed from the other side; (x): the rule "
           "below)\n\n", sig, va ? "   called with ... = " : "", va ? va : "");
    print_all();
    return expect ? check(expect) : 0;
}
