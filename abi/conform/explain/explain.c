/* abi/conform/explain/explain.c: where does each argument go? (host tool)
 *
 *   explain --dir build/conform/explain --sig 'struct s {float a; int b;} f(double, struct s)'
 *           [--va 'double, int']     (the types passed to a "..." parameter)
 *
 * Never from a table: for each ABI the signature is compiled by GCC and by
 * clang into a probe (a caller that fills every byte of every argument
 * with its own tag and calls an assembly stand-in for f that saves the
 * argument registers and the stack: probe_<arch>.S, dump.c), run under
 * QEMU or natively (make abi-conform-explain-<abi>), and the tags are
 * looked up in what was saved.  The return value is found the same way,
 * from a callee that returns a tagged value.
 *
 * The signature needs no C parser: the tool only splits it into the text
 * before the function name, the name and the parameters, and pastes those
 * into C (a parameter's name, if given, is dropped).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARAMS 24
#define MAX_LOCS   256

static const char *const abis[] = { "lp64d", "lp64", "ilp32d", "ilp32", "aapcs64", "sysv" };
static const char *const objdumps[] = {
    "riscv64-unknown-elf-objdump", "riscv64-unknown-elf-objdump",
    "riscv64-unknown-elf-objdump", "riscv64-unknown-elf-objdump",
    "aarch64-linux-gnu-objdump", "objdump"
};
enum { NABIS = 6 };

static char fname[128], prefix[4096], suffix[128];
static char param[MAX_PARAMS][512];
static int nparams, nfixed, variadic, has_ret;

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

/* "struct s x" -> "struct s"; "double d" -> "double"; "struct s" stays. */
static void drop_name(char *p)
{
    static const char *const kw[] = {
        "int", "char", "short", "long", "float", "double", "signed", "unsigned",
        "_Bool", "void", "_Complex", "__int128", "__float128", "const", "volatile", 0
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

static void write_probe(const char *path, const char *sig)
{
    FILE *f = fopen(path, "w");

    if (!f)
        die("cannot write ", path);
    fprintf(f, "/* make explain probe: %s */\nint printf(const char *, ...);\n"
               "#define %s explain_target\n%s;\n"
               "static unsigned explain_tag;\n"
               "static void explain_fill(void *p, unsigned long n)\n"
               "{ for (unsigned long i = 0; i < n; i++) ((unsigned char *)p)[i] ="
               " (unsigned char)(0x91 + explain_tag++ %% 95); }\n"
               "void explain_run_args(void)\n{\n", sig, fname, sig);
    for (int i = 0; i < nparams; i++)
        fprintf(f, "    static %s a%d; explain_fill(&a%d, sizeof a%d);"
                   " printf(\"ex: A %d %%u\\n\", (unsigned)sizeof a%d);\n",
                param[i], i, i, i, i, i);
    fprintf(f, "    explain_target(");
    for (int i = 0; i < nparams; i++)
        fprintf(f, "%sa%d", i ? ", " : "", i);
    fprintf(f, ");\n}\nconst int explain_has_ret = %d;\n", has_ret);
    if (has_ret) {
        fprintf(f, "typedef __typeof__(explain_target(");
        for (int i = 0; i < nfixed; i++)
            fprintf(f, "%s*(%s *)0", i ? ", " : "", param[i]);
        fprintf(f, ")) explain_ret_t;\nexplain_ret_t explain_ret_fn(void)\n"
                   "{ explain_ret_t r; explain_tag = 0; explain_fill(&r, sizeof r);"
                   " printf(\"ex: A ret %%u\\n\", (unsigned)sizeof r); return r; }\n");
    } else {
        fprintf(f, "void *explain_ret_fn(void) { return 0; }\n");
    }
    if (fclose(f))
        die("cannot write ", path);
}

/* What one run saw. */
struct loc {
    char kind;              /* R register, D memory pointed to, S stack, T return */
    char name[32];
    unsigned char b[512];
    int n;
    int off;                /* S: offset from the incoming sp */
};

struct run {
    struct loc loc[MAX_LOCS];
    int nloc;
    int size[MAX_PARAMS + 1];   /* [nparams]: the return value */
    int ok;
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
        } else if (r->nloc < MAX_LOCS && sscanf(line, "ex: %*s %63s %1023s", a, h) == 2 &&
                 (line[4] == 'R' || line[4] == 'D')) {
            l->kind = !strncmp(line + 4, "RET", 3) ? 'T' : line[4];
            snprintf(l->name, sizeof l->name, "%s", a);
            if (l->kind == 'S')
                l->off = atoi(a + 1);
            l->n = hexbytes(h, l->b, (int)sizeof l->b);
            r->nloc++;
        } else if (!strncmp(line, "ex: end", 7))
            r->ok = 1;
    }
    fclose(f);
}

/* The tag of byte j of a value starting at byte `base` of the tagged
 * sequence: 0x91..0xef, clear of 0, -1, small numbers and the bytes of
 * RAM and stack addresses, so a stray register rarely looks like a tag. */
static unsigned char tag(int base, int j)
{
    return (unsigned char)(0x91 + (base + j) % 95);
}

static int is_fp_reg(const char *n)
{
    return n[0] == 'f' || n[0] == 'v' || !strncmp(n, "xmm", 3) || !strcmp(n, "st0");
}

/* Where bytes j.. of the value are.  The probe's arguments are globals,
 * so the caller keeps no copy of its own on the stack; what is there was
 * put there for the call.  Preference, each class taking its longest run
 * of consecutive tags:
 *   1. memory a register or stack word points to, from its start, holding
 *      the whole value: passed by reference;
 *   2. the stack holding the whole value: passed on the stack;
 *   3. registers (a value split over several registers);
 *   4. any other run of two bytes or more (a part on the stack, a part by
 *      reference; one byte alone in memory is too likely a coincidence).
 * A compiler may leave a stale copy in a scratch register (x86-64 copies
 * a MEMORY-class struct through xmm0): classes 1-2 win over it.
 * Returns the run length (0: byte j is nowhere), with *where and *at. */
static int find(const struct run *r, int ret, int base, int j, int size,
                const struct loc **where, int *at)
{
    int best[5] = { 0 }, bat[5] = { 0 };
    const struct loc *bl[5] = { 0 };

    for (int i = 0; i < r->nloc; i++) {
        const struct loc *l = &r->loc[i];
        if ((l->kind == 'T') != !!ret)
            continue;
        for (int o = 0; o < l->n; o++) {
            int run = 0, cls;
            while (o + run < l->n && j + run < size && l->b[o + run] == tag(base, j + run))
                run++;
            if (!run)
                continue;
            if (l->kind == 'D' && o == 0 && j == 0 && run == size)
                cls = 1;
            else if (l->kind == 'S' && j == 0 && run == size)
                cls = 2;
            else if (l->kind == 'R' || l->kind == 'T')
                cls = 3;
            else if (run >= 2)      /* a lone byte in memory: chance */
                cls = 4;
            else
                continue;
            /* a tie between registers: the FP/vector one (a scratch
             * integer register is likelier to hold a stale copy) */
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

static void loc_text(char *out, size_t n, const struct loc *l, int off, int ret)
{
    if (l->kind == 'S')
        snprintf(out, n, "sp+%d", l->off + off);
    else if (l->kind == 'D')
        snprintf(out, n, "ref %s%s", l->name[0] == '+' ? "sp" : "", l->name);
    else if (ret && !strcmp(l->name, "mem"))
        snprintf(out, n, "memory");
    else if (off)
        snprintf(out, n, "%s+%d", l->name, off);
    else
        snprintf(out, n, "%s", l->name);
}

/* Bytes from..from+len-1 of one argument (or the return value) as "fa0",
 * or "0-3:fa1 4-7:a1" (ranges relative to `from`).  The places are found
 * for the whole value first (so a by-reference copy or a stack slot is
 * recognised as a whole), then the range is read off that map. */
static void cell_range(char *out, size_t n, const struct run *r, int arg, int from, int len)
{
    int ret = arg == nparams, size = r->size[arg], base = 0, pieces = 0;
    static const struct loc *where[512];
    static int at[512];
    char piece[64], first[64] = "";

    out[0] = 0;
    if (!r->ok) {
        snprintf(out, n, "(no run)");
        return;
    }
    for (int i = 0; i < arg; i++)
        base += r->size[i];
    if (ret)
        base = 0;
    if (size <= 0 || size > 512) {
        snprintf(out, n, size ? "(too big)" : "(no bytes)");
        return;
    }
    for (int j = 0; j < size;) {           /* the map of the whole value */
        const struct loc *l = NULL;
        int o = 0, run = find(r, ret, base, j, size, &l, &o);
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
        return;
    }
    for (int j = from; j < from + len;) {
        int k = j + 1;
        while (k < from + len && where[k] == where[j] &&
               (!where[j] || at[k] == at[j] + (k - j)))
            k++;
        if (!where[j])
            snprintf(piece, sizeof piece, "?");
        else if (where[j]->kind == 'D') {
            /* by reference: name the pointer; +N: where in the copy */
            loc_text(piece, sizeof piece, where[j], 0, ret);
            if (at[j])
                snprintf(piece + strlen(piece), sizeof piece - strlen(piece), "+%d", at[j]);
        } else
            loc_text(piece, sizeof piece, where[j], at[j], ret);
        if (!pieces)
            snprintf(first, sizeof first, "%s", piece);
        snprintf(out + strlen(out), n - strlen(out), "%s%d-%d:%s", pieces ? " " : "",
                 j - from, k - 1 - from, piece);
        pieces++;
        j = k;
    }
    if (pieces == 1)
        snprintf(out, n, "%s", first);
}

static void cell(char *out, size_t n, const struct run *r, int arg)
{
    cell_range(out, n, r, arg, 0, -1);
}

/* The fields of a struct or union argument, from the probe's own DWARF
 * (each compiler's, for each ABI: offsets differ), so a split value is
 * shown field by field.  Only what that needs: DIE offsets, tags, names,
 * types, sizes, member offsets, array counts. */
#define MAX_DIES 4096
struct die {
    long off, type, size, loc, bitsize, bitoff, count, parent;
    char tag[40], name[64];
};
struct field {
    char name[64];
    int off, len;
};
struct fields {
    struct field f[32];
    int n;
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
            e->size = e->loc = e->bitsize = e->bitoff = e->count = -1;
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

/* The fields of variable/typedef `name` if it is a struct or union. */
static void fields_of(const char *objdump, const char *obj, const char *name,
                      struct fields *out)
{
    static struct die d[MAX_DIES];
    char cmd[1024];
    int n;
    const struct die *t = NULL;

    out->n = 0;
    snprintf(cmd, sizeof cmd, "%s --dwarf=info %s 2>/dev/null", objdump, obj);
    n = read_dies(cmd, d);
    for (int i = 0; i < n && !t; i++)
        if ((!strcmp(d[i].tag, "variable") || !strcmp(d[i].tag, "typedef")) &&
            !strcmp(d[i].name, name))
            t = resolve(d, n, d[i].type);
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

/* --expect FILE: lines "<abi> <row> <cell>" (row: argN or return); the
 * cell must be exactly what the table shows.  PASS/FAIL per line. */
static int check(const char *path, char cells[][NABIS][256])
{
    FILE *f = fopen(path, "r");
    char line[512], abi[32], row[32], want[256];
    int fails = 0;

    if (!f)
        die("cannot read ", path);
    while (fgets(line, sizeof line, f)) {
        int a, i, off = 0;
        if (line[0] == '#' || sscanf(line, "%31s %31s %n", abi, row, &off) != 2 || !off)
            continue;
        snprintf(want, sizeof want, "%s", trim(line + off));
        for (a = 0; a < NABIS && strcmp(abis[a], abi); a++)
            ;
        i = !strcmp(row, "return") ? nparams : !strncmp(row, "arg", 3) ? atoi(row + 3) : -1;
        if (a == NABIS || i < 0 || i > nparams) {
            printf("FAIL explain: bad expectation: %s", line);
            fails++;
        } else if (!strcmp(cells[i][a], want)) {
            printf("PASS explain %s %s: %s\n", abi, row, want);
        } else {
            printf("FAIL explain %s %s: expected '%s', probed '%s'\n", abi, row, want,
                   cells[i][a]);
            fails++;
        }
    }
    fclose(f);
    return fails != 0;
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *sig = NULL, *va = NULL, *expect = NULL;
    char path[1024], cmd[2048];
    static struct run runs[NABIS][2];
    static char cells[MAX_PARAMS + 1][NABIS][256];
#define MAX_FROWS 64
    static char fcells[MAX_FROWS][NABIS][256], frow_label[MAX_FROWS][80];
    static int frow_arg[MAX_FROWS], nfrows;
    int width[NABIS], lw = 10, failed = 0;

    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--dir")) dir = argv[i + 1];
        else if (!strcmp(argv[i], "--sig")) sig = argv[i + 1];
        else if (!strcmp(argv[i], "--va")) va = argv[i + 1];
        else if (!strcmp(argv[i], "--expect")) expect = argv[i + 1];
        else die("unknown option ", argv[i]);
    }
    if (!dir || !sig)
        die("usage: explain --dir DIR --sig 'C declaration' [--va 'types']", NULL);
    parse_sig(sig);
    if (va)
        parse_va(va);
    else if (variadic)
        die("SIG has '...': say what is passed there with VA='double, int'", NULL);
    snprintf(path, sizeof path, "%s/probe.c", dir);
    write_probe(path, sig);
    /* Each --dir builds in its own directories: explains may run at once
     * (make test runs its three in parallel). */
    {
        const char *b = strrchr(dir, '/') ? strrchr(dir, '/') + 1 : dir;
        snprintf(suffix, sizeof suffix, "-explain-%s", b);
    }
    for (int a = 0; a < NABIS; a++) {
        snprintf(cmd, sizeof cmd, "make -s --no-print-directory abi-conform-explain-%s "
                 "CONFORM_SUFFIX=%s EXPLAIN_SRC=%s >%s/make-%s.log 2>&1",
                 abis[a], suffix, path, dir, abis[a]);
        if (system(cmd) != 0) {
            fprintf(stderr, "explain: the probe did not build for %s (%s/make-%s.log):\n",
                    abis[a], dir, abis[a]);
            snprintf(cmd, sizeof cmd, "grep -m 5 -i 'error' %s/make-%s.log >&2", dir, abis[a]);
            if (system(cmd) != 0)
                fprintf(stderr, "  (no error line in the log)\n");
            failed++;
            continue;
        }
        for (int c = 0; c < 2; c++) {
            snprintf(path + strlen(path), 0, "%s", "");
            snprintf(cmd, sizeof cmd, "build/conform/%s%s/explain-%s.log", abis[a],
                     suffix, c ? "clang" : "gcc");
            read_run(&runs[a][c], cmd);
        }
        snprintf(path, sizeof path, "%s/probe.c", dir);
    }
    /* cells: one text if the compilers agree, both if not */
    for (int a = 0; a < NABIS; a++) {
        width[a] = (int)strlen(abis[a]);
        for (int i = 0; i <= nparams; i++) {
            char g[256], c[256];
            if (i == nparams && !has_ret) {
                snprintf(cells[i][a], sizeof cells[i][a], "-");
                continue;
            }
            cell(g, sizeof g, &runs[a][0], i);
            cell(c, sizeof c, &runs[a][1], i);
            if (!strcmp(g, c))
                snprintf(cells[i][a], sizeof cells[i][a], "%s", g);
            else
                snprintf(cells[i][a], sizeof cells[i][a], "gcc %s / clang %s", g, c);
            if ((int)strlen(cells[i][a]) > width[a])
                width[a] = (int)strlen(cells[i][a]);
        }
    }
    /* field rows: a struct or union argument, field by field */
    for (int i = 0; i <= nparams; i++) {
        static struct fields fl[NABIS][2];
        int ref = -1;
        char var[32];
        if (i == nparams && !has_ret)
            continue;
        snprintf(var, sizeof var, i == nparams ? "explain_ret_t" : "a%d", i);
        for (int a = 0; a < NABIS; a++)
            for (int c = 0; c < 2; c++) {
                snprintf(cmd, sizeof cmd, "build/conform/%s%s/explain-%s.o", abis[a],
                         suffix, c ? "clang" : "gcc");
                fields_of(objdumps[a], cmd, var, &fl[a][c]);
                if (ref < 0 && fl[a][c].n > 1)
                    ref = a * 2 + c;
            }
        for (int k = 0; ref >= 0 && k < fl[ref / 2][ref % 2].n && nfrows < MAX_FROWS; k++) {
            const char *name = fl[ref / 2][ref % 2].f[k].name;
            frow_arg[nfrows] = i;
            snprintf(frow_label[nfrows], sizeof frow_label[0], "  .%s", name);
            for (int a = 0; a < NABIS; a++) {
                char t[2][256];
                for (int c = 0; c < 2; c++) {
                    const struct fields *F = &fl[a][c];
                    int m = 0;
                    while (m < F->n && strcmp(F->f[m].name, name))
                        m++;
                    if (m == F->n)
                        snprintf(t[c], sizeof t[c], "(no run)");
                    else
                        cell_range(t[c], sizeof t[c], &runs[a][c], i, F->f[m].off, F->f[m].len);
                }
                if (!strcmp(t[0], t[1]))
                    snprintf(fcells[nfrows][a], sizeof fcells[0][0], "%s", t[0]);
                else
                    snprintf(fcells[nfrows][a], sizeof fcells[0][0], "gcc %s / clang %s",
                             t[0], t[1]);
                if ((int)strlen(fcells[nfrows][a]) > width[a])
                    width[a] = (int)strlen(fcells[nfrows][a]);
            }
            nfrows++;
        }
    }
    printf("%s%s%s\n(registers, sp+N: stack at the call, ref X: a copy passed by its "
           "address in X, a-b: bytes of the value, .f: field f, X+N: byte N of X,\n"
           " ?: not passed (padding);"
           " found by probing each compiler's code; \"gcc X / clang Y\": they differ)\n\n",
           sig, va ? "   called with ... = " : "", va ? va : "");
    for (int i = 0; i <= nparams; i++) {
        char label[600];
        if (i == nparams)
            snprintf(label, sizeof label, "return");
        else
            snprintf(label, sizeof label, "arg%d %s%s", i, param[i], i >= nfixed ? " (...)" : "");
        if ((int)strlen(label) > lw)
            lw = (int)strlen(label);
    }
    printf("%-*s", lw, "");
    for (int a = 0; a < NABIS; a++)
        printf("  %-*s", width[a], abis[a]);
    printf("\n");
    for (int i = 0; i <= nparams; i++) {
        char label[600];
        if (i == nparams)
            snprintf(label, sizeof label, "return");
        else
            snprintf(label, sizeof label, "arg%d %s%s", i, param[i], i >= nfixed ? " (...)" : "");
        printf("%-*s", lw, label);
        for (int a = 0; a < NABIS; a++)
            printf("  %-*s", width[a], cells[i][a]);
        printf("\n");
        for (int k = 0; k < nfrows; k++) {
            if (frow_arg[k] != i)
                continue;
            printf("%-*s", lw, frow_label[k]);
            for (int a = 0; a < NABIS; a++)
                printf("  %-*s", width[a], fcells[k][a]);
            printf("\n");
        }
    }
    if (failed == NABIS)
        return 1;
    return expect ? check(expect, cells) | (failed != 0) : failed != 0;
}
