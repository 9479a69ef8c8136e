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
enum { NABIS = 6 };

static char fname[128], prefix[4096];
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
 *   4. any other run (a part on the stack, a part by reference).
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
            else
                cls = 4;
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

/* One argument (or the return value) as "fa0", or "0-3:fa1 4-7:a1". */
static void cell(char *out, size_t n, const struct run *r, int arg)
{
    int ret = arg == nparams, size = r->size[arg], base = 0, pieces = 0;
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
    if (size == 0) {
        snprintf(out, n, "(no bytes)");
        return;
    }
    for (int j = 0; j < size;) {
        const struct loc *l = NULL;
        int at = 0, run = find(r, ret, base, j, size, &l, &at), k;
        if (!run) {
            for (k = j + 1; k < size && !find(r, ret, base, k, size, &l, &at); k++)
                ;
            snprintf(piece, sizeof piece, "?");
        } else {
            k = j + run;
            loc_text(piece, sizeof piece, l, l->kind == 'D' ? 0 : at, ret);
            if (l->kind == 'D' && at)
                snprintf(piece + strlen(piece), sizeof piece - strlen(piece), "+%d", at);
        }
        if (!pieces)
            snprintf(first, sizeof first, "%s", piece);
        snprintf(out + strlen(out), n - strlen(out), "%s%d-%d:%s", pieces ? " " : "",
                 j, k - 1, piece);
        pieces++;
        j = k;
    }
    if (pieces == 1)
        snprintf(out, n, "%s", first);
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
    for (int a = 0; a < NABIS; a++) {
        snprintf(cmd, sizeof cmd, "make -s --no-print-directory abi-conform-explain-%s "
                 "CONFORM_SUFFIX=-explain EXPLAIN_SRC=%s >%s/make-%s.log 2>&1",
                 abis[a], path, dir, abis[a]);
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
            snprintf(cmd, sizeof cmd, "build/conform/%s-explain/explain-%s.log", abis[a],
                     c ? "clang" : "gcc");
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
    printf("%s%s%s\n(registers, sp+N: stack at the call, ref X: a copy passed by its "
           "address in X, a-b: bytes of the value, ?: not passed (padding);\n"
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
    }
    if (failed == NABIS)
        return 1;
    return expect ? check(expect, cells) | (failed != 0) : failed != 0;
}
