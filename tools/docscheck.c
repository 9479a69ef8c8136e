/*
 * docscheck: the repository's Markdown checked against the tree it
 * describes (issue 20, "docs that are checked").
 *
 *   docscheck --root DIR --help-text FILE [--tests FILE] [-q] file.md...
 *
 * Docs rot quietly: a file is renamed, a line moves, a variable drops out
 * of `make help`, and the page still reads well.  This reads every .md
 * given (prose, inline code and fenced blocks alike) and checks what can
 * be checked:
 *
 *   paths      a token that starts with a top-level directory of DIR
 *              (boot/, tests/ ...) or any .name/ (.ci/, .github/), or is
 *              Makefile or a top-level NAME.md, exists; <x>, *, {x}, $(X),
 *              ${X}, $X, NNNN and "..." are wildcards (within one path
 *              component).  build/ and .cache/ are generated: not
 *              checked.  On a page below the top, a path may also start
 *              from the page's own directory.  A link [x](path#anchor)
 *              resolves from the .md's own directory, and its anchor must
 *              be a heading of the target (GitHub's slugs).
 *   citations  path:NN and path:NN-MM name lines that exist, and the
 *              first `identifier` after the citation on its line is on
 *              those lines.  A gdb frame or a symbolised fault report
 *              ("f (...) at path:NN", "pc: f+0x4 at path:NN") names a
 *              function instead: the line must lie in its definition, and
 *              a frame's line must call the frame printed above it.
 *   make       `make TARGET` (inline code or a fenced block, where make
 *              starts a command) is a target FILE's "Targets:" lists; each
 *              VAR=x on that line, and an inline `VAR=x` alone when VAR is
 *              one of the kit's make variables, is in its "Variables"
 *              (BOARD_* when it lists "BOARD_*").  FILE is `make help`.
 *   tests      with --tests FILE (one name a line): test `name`, tests
 *              `a`, `b` and `c`, and `tests/boot/name.c` name real tests.
 *
 * Not read: URLs, ```text-nocheck blocks, and the lines between
 * <!-- docscheck: off --> and <!-- docscheck: on -->.  Output is one
 * "FAIL docs: file.md:LINE: what (why)" a problem, then (without -q)
 * "docscheck: N files, N references checked, N problems"; the exit status
 * is 1 after any problem, 2 on a usage error.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <glob.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_TEXT  (8 << 20)     /* a file bigger than this is read in part */
#define MAX_SPANS 256           /* inline code spans checked on one line */
#define MAX_PATH  4096
#define MAX_WORD  512
#define MAX_IDENT 128
#define CAPITALS  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
#define IDENT     CAPITALS "abcdefghijklmnopqrstuvwxyz"

/* A growable list of strings. */
struct names {
    char **v;
    size_t n, cap;
};

/* What every check needs: the tree, what make help and the test list say,
 * and the counts for the closing line. */
struct ctx {
    const char *root;
    struct names targets, vars, target_vars, makevars, tests, topdirs;
    int board_star, have_tests, quiet;
    long files, refs, problems;
};

/* The .md being read: where we are and which block is open. */
struct doc {
    struct ctx *c;
    const char *path;
    int line;
    int fence_len;              /* > 0: in a fenced block opened by this many */
    char fence_ch;
    int nocheck;                /* the block is ```text-nocheck */
    int off;                    /* between docscheck: off and on */
    int span_ticks;             /* an inline code span left open by the last line */
    char callee[MAX_IDENT];     /* the gdb frame above, in this block */
};

/* One inline code span of a line: its backticks at [open, start) and
 * [end, close), its text at [start, end). */
struct span {
    size_t open, start, end, close;
};

struct line {
    const char *s;              /* the text, URLs blanked */
    size_t len;
    struct span sp[MAX_SPANS];
    int nsp;
    int fenced;                 /* a line of a fenced code block */
};

static void names_add(struct names *l, const char *s, size_t len)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 64;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
        if (!l->v) {
            perror("docscheck");
            exit(2);
        }
    }
    l->v[l->n++] = strndup(s, len);
}

static int names_has(const struct names *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i], s))
            return 1;
    return 0;
}

static void names_free(struct names *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    *l = (struct names){ 0 };
}

/* The whole file, NUL-terminated (at most MAX_TEXT bytes), or NULL. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    struct stat st;
    size_t size, n;
    char *buf;

    if (!f)
        return NULL;
    size = MAX_TEXT;
    if (!fstat(fileno(f), &st) && st.st_size < MAX_TEXT)
        size = (size_t)st.st_size;
    buf = malloc(size + 1);
    n = buf ? fread(buf, 1, size, f) : 0;
    fclose(f);
    if (buf)
        buf[n] = 0;
    return buf;
}

/* The line at *p and its length, moving *p to the next; NULL at the end. */
static const char *next_line(const char **p, size_t *len)
{
    const char *s = *p, *e;

    if (!*s)
        return NULL;
    e = strchr(s, '\n');
    *len = e ? (size_t)(e - s) : strlen(s);
    *p = e ? e + 1 : s + *len;
    return s;
}

/* Line n (from 1) of text and its length; NULL past the end. */
static const char *nth_line(const char *text, int n, size_t *len)
{
    const char *p = text, *s = NULL;

    for (int i = 0; i < n && (s = next_line(&p, len)); i++)
        ;
    return n >= 1 ? s : NULL;
}

static int is_ident(int ch)
{
    return isalnum(ch) || ch == '_';
}

/* Where word first occurs in s[0, len) as a whole identifier, or NULL. */
static const char *word_at(const char *s, size_t len, const char *word)
{
    size_t w = strlen(word);

    for (size_t i = 0; w && i + w <= len; i++)
        if (!strncmp(s + i, word, w) && (i == 0 || !is_ident((unsigned char)s[i - 1]))
            && (i + w == len || !is_ident((unsigned char)s[i + w])))
            return s + i;
    return NULL;
}

static int has_word(const char *s, size_t len, const char *word)
{
    return word_at(s, len, word) != NULL;
}

/* The first identifier in s[0, len) into out; 0 if there is none. */
static int first_ident(const char *s, size_t len, char *out, size_t size)
{
    size_t i = 0, n = 0;

    while (i < len && !(isalpha((unsigned char)s[i]) || s[i] == '_'))
        i++;
    while (i + n < len && is_ident((unsigned char)s[i + n]))
        n++;
    if (!n || n >= size)
        return 0;
    memcpy(out, s + i, n);
    out[n] = 0;
    return 1;
}

static void problem(struct doc *d, const char *why, const char *fmt, ...)
{
    va_list ap;

    printf("FAIL docs: %s:%d: ", d->path, d->line);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf(" (%s)\n", why);
    d->c->problems++;
}

/* ---- what the tree, make help and the test list say ---- */

/* Every top-level directory of the tree: a token starting with one of
 * them is a path into the repository. */
static void load_topdirs(struct ctx *c)
{
    DIR *dir = opendir(c->root);
    struct dirent *e;
    char p[MAX_PATH];
    struct stat st;

    if (!dir) {
        fprintf(stderr, "docscheck: cannot read %s\n", c->root);
        exit(2);
    }
    while ((e = readdir(dir)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, ".git")
            && (size_t)snprintf(p, sizeof p, "%s/%s", c->root, e->d_name) < sizeof p
            && !stat(p, &st) && S_ISDIR(st.st_mode))
            names_add(&c->topdirs, e->d_name, strlen(e->d_name));
    closedir(dir);
}

/* The variable names on a line of help into `into`: NAME= words (NAME
 * starts the line or follows a blank, "(" or "[") and, with bare, NAME_X words
 * with an underscore ("app.mk: APP_SRCS APP_CFLAGS ...").  "BOARD_*"
 * allows every BOARD_ name. */
static void help_vars(struct ctx *c, struct names *into, const char *s, int bare)
{
    for (size_t i = 0; s[i]; i++) {
        size_t n = strspn(s + i, CAPITALS);

        if ((i && !strchr(" \t([", s[i - 1])) || !isupper((unsigned char)s[i]))
            continue;
        if (s[i + n] == '='
            || (bare && memchr(s + i, '_', n) && strchr(" \t\n", s[i + n])))
            names_add(into, s + i, n);
        if (!strncmp(s + i, "BOARD_*", 7))
            c->board_star = 1;
    }
}

/* make help's output: "Targets:" lines "  target  what it does", then a
 * "Variables" section. */
static void load_help(struct ctx *c, const char *path)
{
    FILE *f = fopen(path, "r");
    char *s = NULL;
    size_t cap = 0;
    int section = 0;

    if (!f) {
        fprintf(stderr, "docscheck: cannot read %s\n", path);
        exit(2);
    }
    while (getline(&s, &cap, f) > 0) {
        if (!strncmp(s, "Targets:", 8))
            section = 1;
        else if (!strncmp(s, "Variables", 9))
            section = 2;
        else if (section == 1 && s[0] == ' ' && s[strspn(s, " ")] > ' ') {
            char *t = s + strspn(s, " ");
            size_t n = strcspn(t, " \t\n");

            names_add(&c->targets, t, n);
            help_vars(c, &c->target_vars, t + n, 0);
        } else if (section == 2)
            help_vars(c, &c->vars, s, 1);
    }
    free(s);
    fclose(f);
}

static void load_tests(struct ctx *c, const char *path)
{
    FILE *f = fopen(path, "r");
    char *s = NULL;
    size_t cap = 0;

    if (!f) {
        fprintf(stderr, "docscheck: cannot read %s\n", path);
        exit(2);
    }
    while (getline(&s, &cap, f) > 0) {
        char *w = s + strspn(s, " \t");
        size_t n = strcspn(w, " \t\r\n");

        if (n && *w != '#')
            names_add(&c->tests, w, n);
    }
    c->have_tests = 1;
    free(s);
    fclose(f);
}

/* The names the kit's make files use as variables ($(NAME), NAME ?= ...),
 * so that an inline `NAME=x` is known to be a make setting and not, say,
 * a program's environment variable.  Make files: Makefile and every *.mk
 * up to three directories down. */
static void load_makevars(struct ctx *c)
{
    static const char *const where[] = {
        "Makefile", "*/*.mk", "*/*/*.mk", "*/*/*/*.mk"
    };
    char pat[MAX_PATH];
    glob_t g;

    for (size_t w = 0; w < sizeof where / sizeof *where; w++) {
        snprintf(pat, sizeof pat, "%s/%s", c->root, where[w]);
        if (glob(pat, 0, NULL, &g))
            continue;
        for (size_t i = 0; i < g.gl_pathc; i++) {
            const char *rel = g.gl_pathv[i] + strlen(c->root) + 1;
            char *text = strncmp(rel, "build/", 6) ? slurp(g.gl_pathv[i]) : NULL;

            for (char *p = text; p && (p = strstr(p, "$(")); p += 2) {
                size_t n = strspn(p + 2, CAPITALS);

                if (!n || p[2 + n] != ')')
                    continue;
                p[2 + n] = 0;
                if (!names_has(&c->makevars, p + 2))
                    names_add(&c->makevars, p + 2, n);
                p[2 + n] = ')';
            }
            free(text);
        }
        globfree(&g);
    }
}

/* ---- rule 1: paths ---- */

/* The length of a placeholder at s: <name>, {x}, $(X), ${X}, $X; 0 if
 * there is none.  None is longer than 64 or spans a blank. */
static size_t placeholder_len(const char *s)
{
    char close;
    size_t n = 2;

    if (s[0] == '$' && (isalpha((unsigned char)s[1]) || s[1] == '_'))
        return 1 + strspn(s + 1, IDENT);
    if (s[0] == '<' && isalpha((unsigned char)s[1]))
        close = '>';
    else if (s[0] == '{' && s[1] && s[1] != '}')
        close = '}';
    else if (s[0] == '$' && (s[1] == '(' || s[1] == '{'))
        close = s[1] == '(' ? ')' : '}';
    else
        return 0;
    while (n < 64 && s[n] && s[n] != close && !strchr(" \t`<{", s[n]))
        n++;
    return s[n] == close ? n + 1 : 0;
}

static int path_char(int ch)
{
    return ch && (isalnum(ch) || strchr("_.-/+~*", ch));
}

/* The length of the path-like token at s (path characters and
 * placeholders), at most max. */
static size_t token_len(const char *s, size_t max)
{
    size_t i = 0, k;

    while (i < max) {
        if (path_char((unsigned char)s[i]))
            i++;
        else if ((k = placeholder_len(s + i)) && i + k <= max)
            i += k;
        else
            break;
    }
    return i;
}

/* The length of a placeholder of capitals at tok[i], NNNN or XXX (three
 * or more of one letter, a word of its own); 0 if there is none. */
static size_t capitals_len(const char *tok, size_t i)
{
    size_t n = 0;

    if ((tok[i] != 'N' && tok[i] != 'X') || (i && isalnum((unsigned char)tok[i - 1])))
        return 0;
    while (tok[i + n] == tok[i])
        n++;
    return n >= 3 && !isalnum((unsigned char)tok[i + n]) ? n : 0;
}

static int has_placeholder(const char *t)
{
    for (size_t i = 0; t[i]; i++)
        if (capitals_len(t, i))
            return 1;
    return strpbrk(t, "<{$*") || strstr(t, "...");
}

/* Paths that are not the tree's to check: build/ and .cache/ are made by
 * the build; and other projects' trees whose first directory has the name
 * of one of the kit's: newlib's own source (newlib-x.y/newlib/libc/...),
 * as gdb prints it, is not the kit's newlib/. */
static int not_ours(const char *tok)
{
    static const char *const other[] = {
        "build/", ".cache/", "newlib/libc/", "newlib/libm/"
    };

    for (size_t i = 0; i < sizeof other / sizeof *other; i++)
        if (!strncmp(tok, other[i], strlen(other[i])))
            return 1;
    return 0;
}

/* Whether the first component of tok is a directory under dir. */
static int first_dir_under(const char *dir, const char *tok)
{
    char p[MAX_PATH];
    size_t n = strcspn(tok, "/");
    struct stat st;

    if (!n || tok[n] != '/'
        || (size_t)snprintf(p, sizeof p, "%s/%.*s", dir, (int)n, tok) >= sizeof p)
        return 0;
    return !stat(p, &st) && S_ISDIR(st.st_mode);
}

/* Whether tok (a token, leading "./" and Markdown emphasis gone) is a path
 * from the top of the tree: under a top-level directory or a .name/ one,
 * or Makefile or a top-level NAME.md (CHANGELOG.md, there or not). */
static int repo_path(const struct ctx *c, const char *tok)
{
    const char *slash = strchr(tok, '/');
    char first[256];
    size_t n, k;

    if (not_ours(tok))
        return 0;
    if (!slash) {
        n = strlen(tok);
        k = strspn(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-");
        return !strcmp(tok, "Makefile")
               || (k > 1 && k + 3 == n && !strcmp(tok + k, ".md"));
    }
    n = (size_t)(slash - tok);
    if (n == 0 || n >= sizeof first)
        return 0;
    if (tok[0] == '.' && isalpha((unsigned char)tok[1]) && slash[1] != '.')
        return 1;               /* .github/, .ci/, there or not; not .data/.bss */
    memcpy(first, tok, n);
    first[n] = 0;
    return names_has(&c->topdirs, first);
}

/* Whether tok, on a page below the top (abi/conform/README.md), names a
 * file beside the page: its first directory is there, and it looks like a
 * file (an extension) or a directory (a trailing "/"); "x86_64/sysv" is an
 * ABI's name, not a path. */
static int page_path(const char *dir, const char *tok)
{
    const char *last = strrchr(tok, '/');

    return !not_ours(tok) && first_dir_under(dir, tok) && (!last[1] || strchr(last, '.'));
}

/* The token as a glob pattern: each placeholder and "..." becomes "*". */
static void to_glob(const char *tok, char *out, size_t size)
{
    size_t o = 0, k;

    for (size_t i = 0; tok[i] && o + 2 < size; ) {
        if (!strncmp(tok + i, "...", 3) && (k = 3)) {
            while (tok[i + k] == '.')
                k++;
        } else if (!(k = placeholder_len(tok + i)) && !(k = capitals_len(tok, i))) {
            out[o++] = tok[i++];
            continue;
        }
        if (!o || out[o - 1] != '*')
            out[o++] = '*';
        i += k;
    }
    out[o] = 0;
}

/* Whether rel (under dir; a pattern when it holds placeholders) names
 * something that exists. */
static int exists_under(const char *dir, const char *rel)
{
    char p[MAX_PATH], pat[MAX_PATH];
    struct stat st;
    glob_t g;
    int found;

    if (!has_placeholder(rel)) {
        if ((size_t)snprintf(p, sizeof p, "%s/%s", dir, rel) >= sizeof p)
            return 1;           /* no such path is that long: not ours to judge */
        return !stat(p, &st);
    }
    to_glob(rel, pat, sizeof pat);
    if ((size_t)snprintf(p, sizeof p, "%s/%s", dir, pat) >= sizeof p)
        return 1;
    found = !glob(p, 0, NULL, &g) && g.gl_pathc > 0;
    globfree(&g);
    return found;
}

/* The directory part of path ("." when it has none). */
static void dir_of(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');

    if (!slash)
        snprintf(out, size, ".");
    else
        snprintf(out, size, "%.*s", (int)(slash - path), path);
}

/* Rule 1 for one token; 1 when it is a path that exists (so a citation
 * after it can be read), 0 otherwise.  Whether tok is a path: it starts
 * with a top-level directory or .name/, or is Makefile or a top-level
 * NAME.md; on a page below the top, also with a directory beside the
 * page, and it may name the page's neighbours (abi/conform/README.md:
 * tests/layout_test.h). */
static int check_path(struct doc *d, const char *tok)
{
    char dir[MAX_PATH];
    int top = repo_path(d->c, tok);

    dir_of(d->path, dir, sizeof dir);
    if (!top && !page_path(dir, tok))
        return 0;
    d->c->refs++;
    if (top && exists_under(d->c->root, tok))
        return !has_placeholder(tok);
    if (exists_under(dir, tok))
        return 0;           /* a citation there is not read: rare */
    problem(d, has_placeholder(tok) ? "no file in the tree matches it"
                                    : "no such file or directory", "%s", tok);
    return 0;
}

/* ---- rule 2: line citations ---- */

/* Whether the C declaration starting at p is a definition: a "{" comes
 * before any ";". */
static int c_definition(const char *p)
{
    const char *s;
    size_t len;

    while ((s = next_line(&p, &len))) {
        const char *brace = memchr(s, '{', len), *semi = memchr(s, ';', len);

        if (brace && (!semi || brace < semi))
            return 1;
        if (semi)
            return 0;
    }
    return 0;
}

/* What line s starts for fn: 2 a C function definition (fn at column 0's
 * line, then "("), 1 an assembly label "fn:", 0 neither. */
static int defines(const char *s, size_t len, const char *fn)
{
    size_t fl = strlen(fn);
    const char *at, *end = s + len;

    if (!len || isspace((unsigned char)s[0]) || strchr("#/*", s[0])
        || !(at = word_at(s, len, fn)))
        return 0;
    if (at == s && fl < len && s[fl] == ':')
        return 1;
    for (at += fl; at < end && *at == ' '; at++)
        ;
    return at < end && *at == '(' && c_definition(s) ? 2 : 0;
}

/* Whether line s ends a definition of that kind: "}" at column 0 (C), the
 * next label (assembly). */
static int ends(const char *s, size_t len, int kind)
{
    if (kind == 2)
        return len && s[0] == '}';
    return len && (isalpha((unsigned char)s[0]) || s[0] == '_') && s[len - 1] == ':';
}

/* The lines [*first, *last] of fn's definition in text; 0 if the file does
 * not define fn. */
static int definition(const char *text, const char *fn, int *first, int *last)
{
    const char *p = text, *s;
    size_t len;
    int n = 0, kind = 0;

    while ((s = next_line(&p, &len))) {
        n++;
        if (!kind && (kind = defines(s, len, fn)))
            *first = n;
        else if (kind && ends(s, len, kind)) {
            *last = kind == 2 ? n : n - 1;
            return 1;
        }
    }
    *last = n;
    return kind != 0;
}

/* The length of the label a symbolised fault report's line starts with:
 * "pc:", "ra:" or "lr:", perhaps after "interrupted " or "allocated "
 * (tools/runner/symbolise.c); 0 when it starts with none. */
static size_t register_label(const char *s)
{
    static const char *const whose[] = { "", "interrupted ", "allocated " };
    size_t k, n;

    for (k = 0; k < sizeof whose / sizeof whose[0]; k++) {
        n = strlen(whose[k]);
        if (!strncmp(s, whose[k], n) && (!strncmp(s + n, "pc:", 3) ||
                                         !strncmp(s + n, "ra:", 3) ||
                                         !strncmp(s + n, "lr:", 3)))
            return n + 3;
    }
    return 0;
}

/* The function a gdb frame or a symbolised report names at the start of
 * the line ("#3  f (args) at", "(f (args) at ...: a tail call)", "pc: f+0x4
 * at"), GCC's .isra.0-style suffixes dropped; *call is 1 for a gdb frame
 * (whose line calls the frame above it).  0 when the line is no such. */
static int frame_function(const char *s, size_t len, char *fn, size_t size, int *call)
{
    size_t i = strspn(s, " \t"), n;

    *call = 1;
    if (s[i] == '#' && isdigit((unsigned char)s[i + 1]))
        i += 1 + strspn(s + i + 1, "0123456789");
    else if (s[i] == '(')
        i++;
    else if ((n = register_label(s + i)) && !(*call = 0))
        i += n;
    else
        return 0;
    i += strspn(s + i, " \t");
    if (!strncmp(s + i, "0x", 2) && strstr(s + i, " in "))
        i = (size_t)(strstr(s + i, " in ") - s) + 4;
    n = strspn(s + i, IDENT);
    if (!n || n >= size || i + n >= len || !strchr(" (+.", s[i + n])
        || !strstr(s, " at "))
        return 0;
    memcpy(fn, s + i, n);
    fn[n] = 0;
    return 1;
}

/* Whether a line holds code: it is not blank nor only a comment. */
static int holds_code(const char *s, size_t len)
{
    size_t i = 0;

    while (i < len && isspace((unsigned char)s[i]))
        i++;
    return i < len && strncmp(s + i, "/*", 2) && strncmp(s + i, "//", 2)
           && !(s[i] == '*' && (i + 1 == len || s[i + 1] == ' ' || s[i + 1] == '/'));
}

static int ident_on_lines(const char *text, int nn, int mm, const char *ident);

/* A citation in a gdb frame or fault report: the line holds code in fn's
 * body, and a frame's line calls the frame above it (d->callee), on that
 * line or the next: in optimised code gdb may name the statement before
 * the call (kit_fd_write's `return -EBADF;` shares the call's epilogue). */
static void check_frame(struct doc *d, const char *text, const char *cite, int nn,
                        const char *fn, int call)
{
    int first, last;
    size_t len;
    const char *s = nth_line(text, nn, &len);

    if (!definition(text, fn, &first, &last))
        problem(d, "the file does not define it", "%s names %s", cite, fn);
    else if (nn < first || nn > last)
        problem(d, "the line is outside the function", "%s is not in %s (lines %d-%d)",
                cite, fn, first, last);
    else if (!holds_code(s, len))
        problem(d, "a program counter is never on a blank or comment line",
                "%s is in %s but holds no code", cite, fn);
    else if (call && d->callee[0] && !ident_on_lines(text, nn, nn + 1, d->callee))
        problem(d, "a frame's line calls the frame above it", "%s does not call %s",
                cite, d->callee);
}

/* Whether ident is on one of the lines [nn, mm] of text. */
static int ident_on_lines(const char *text, int nn, int mm, const char *ident)
{
    size_t len;
    const char *s;

    for (int n = nn; n <= mm; n++)
        if ((s = nth_line(text, n, &len)) && has_word(s, len, ident))
            return 1;
    return 0;
}

/* The identifier a citation ending at `at` names: the first inline code
 * span after it on the line, its first identifier. */
static int cited_ident(const struct line *l, size_t at, char *out, size_t size)
{
    for (int i = 0; i < l->nsp; i++)
        if (l->sp[i].open >= at)
            return first_ident(l->s + l->sp[i].start, l->sp[i].end - l->sp[i].start,
                               out, size);
    return 0;
}

/* Rule 2: path:NN[-MM] at l->s[at] (just after the path, which exists):
 * the lines exist, and hold what the line says is there.  Returns the
 * citation's length. */
static size_t check_citation(struct doc *d, const struct line *l, size_t at,
                             const char *path)
{
    char cite[MAX_PATH + 32], ident[MAX_IDENT], p[MAX_PATH], *text;
    size_t n = 1 + strspn(l->s + at + 1, "0123456789"), len;
    int nn = atoi(l->s + at + 1), mm = nn, call;

    if (l->s[at + n] == '-' && isdigit((unsigned char)l->s[at + n + 1])) {
        mm = atoi(l->s + at + n + 1);
        n += 1 + strspn(l->s + at + n + 1, "0123456789");
    }
    snprintf(cite, sizeof cite, "%s:%.*s", path, (int)(n - 1), l->s + at + 1);
    d->c->refs++;
    if ((size_t)snprintf(p, sizeof p, "%s/%s", d->c->root, path) >= sizeof p
        || !(text = slurp(p)))
        return n;
    if (nn < 1 || mm < nn || !nth_line(text, mm, &len))
        problem(d, "the file is shorter", "%s: no such line", cite);
    else if (l->fenced && frame_function(l->s, l->len, ident, sizeof ident, &call))
        check_frame(d, text, cite, nn, ident, call);
    else if (!cited_ident(l, at + n, ident, sizeof ident))
        problem(d, "name it in `code` after the citation",
                "%s cites a line without naming what is on it", cite);
    else if (!ident_on_lines(text, nn, mm, ident))
        problem(d, "the code moved or the name is wrong", "%s does not hold `%s`",
                cite, ident);
    free(text);
    return n;
}

/* Rule 1 and 2 over a line: every path token, and a citation after one. */
static void scan_paths(struct doc *d, const struct line *l)
{
    char tok[MAX_PATH];

    for (size_t i = 0; i < l->len; ) {
        size_t n = token_len(l->s + i, l->len - i), b = 0, e;

        if (!n || (i && path_char((unsigned char)l->s[i - 1]))) {
            i += n ? n : 1;
            continue;
        }
        e = n;
        while (b < e && l->s[i + b] == '*')
            b++;            /* Markdown emphasis, not a glob */
        if (b >= 2 || (b && l->s[i + e - 1] == '*'))
            e -= b;
        while (e > b && strchr(".,;:!?*'", l->s[i + e - 1]))
            e--;
        if (!strncmp(l->s + i + b, "./", 2))
            b += 2;
        if (e > b && e - b < sizeof tok) {
            memcpy(tok, l->s + i + b, e - b);
            tok[e - b] = 0;
            if (check_path(d, tok) && l->s[i + e] == ':'
                && isdigit((unsigned char)l->s[i + e + 1]))
                n = e + check_citation(d, l, i + e, tok);
        }
        i += n;
    }
}

/* ---- rule 1: links and their anchors ---- */

/* GitHub's anchor for a heading: lower case, blanks to '-', other
 * punctuation dropped. */
static void heading_slug(const char *s, size_t len, char *out, size_t size)
{
    size_t o = 0;

    for (size_t i = 0; i < len && o + 1 < size; i++) {
        unsigned char ch = (unsigned char)s[i];

        if (ch == ' ')
            out[o++] = '-';
        else if (isalnum(ch) || ch == '-' || ch == '_' || ch >= 0x80)
            out[o++] = (char)tolower(ch);
    }
    out[o] = 0;
}

/* Whether the Markdown text has a heading whose slug is anchor (the n-th
 * repeat of a heading is slug-n). */
static int has_anchor(const char *text, const char *anchor)
{
    struct names seen = { 0 };
    int found = 0, fence = 0;
    size_t len;
    const char *s, *p = text;

    while (!found && (s = next_line(&p, &len))) {
        char slug[MAX_WORD], dup[MAX_WORD + 32];
        size_t h = strspn(s, "#"), k = 0;

        fence ^= !strncmp(s, "```", 3) || !strncmp(s, "~~~", 3);
        if (fence || h < 1 || h > 6 || s[h] != ' ')
            continue;
        while (len > h && (s[len - 1] == '#' || s[len - 1] == ' '))
            len--;
        heading_slug(s + h + 1, len > h ? len - h - 1 : 0, slug, sizeof slug);
        for (size_t i = 0; i < seen.n; i++)
            k += !strcmp(seen.v[i], slug);
        names_add(&seen, slug, strlen(slug));
        if (k)
            snprintf(dup, sizeof dup, "%s-%zu", slug, k);
        found = !strcmp(k ? dup : slug, anchor);
    }
    names_free(&seen);
    return found;
}

/* A link's target t[0, len): the file, relative to the .md, and its
 * #anchor, a heading there. */
static void check_link(struct doc *d, const char *t, size_t len)
{
    char target[MAX_PATH], dir[MAX_PATH], file[MAX_PATH * 2 + 2], *hash, *text;

    if (!t || !len || len >= sizeof target || memmem(t, len, "://", 3)
        || !strncmp(t, "mailto:", 7))
        return;
    memcpy(target, t, len);
    target[len] = 0;
    hash = strchr(target, '#');
    if (hash)
        *hash++ = 0;
    dir_of(d->path, dir, sizeof dir);
    d->c->refs++;
    if (*target && !exists_under(dir, target)) {
        problem(d, "no such file, relative to this page", "link to %s", target);
        return;
    }
    if (!hash || !*hash)
        return;
    snprintf(file, sizeof file, "%s/%s", dir, *target ? target : "");
    text = slurp(*target ? file : d->path);
    if (text && !has_anchor(text, hash))
        problem(d, "no heading there has that anchor", "link to %s#%s", target, hash);
    free(text);
}

/* Rule 1 for links outside code: [x](target) and "[x]: target"; each
 * target is blanked in s afterwards, so scan_paths does not read it again
 * from the wrong directory. */
static void scan_links(struct doc *d, char *s, const struct line *l)
{
    char *p;

    for (p = strstr(s, "]("); p; p = strstr(p + 1, "](")) {
        size_t n = strcspn(p + 2, ") \t");
        int coded = 0;

        for (int i = 0; i < l->nsp; i++)
            coded |= (size_t)(p - s) >= l->sp[i].open
                     && (size_t)(p - s) < l->sp[i].close;
        if (coded || p[2 + n] != ')')
            continue;
        check_link(d, p + 2, n);
        memset(p + 2, ' ', n);
    }
    p = s[0] == '[' && !strchr(s, '`') ? strstr(s, "]: ") : NULL;
    if (p) {
        size_t n = strcspn(p + 3, " \t");

        check_link(d, p + 3, n);
        memset(p + 3, ' ', n);
    }
}

/* ---- rules 3 and 4: make targets and variables ---- */

/* Target t against help's: equal, or help's "prefix-<name>" (or
 * "prefix-%") and t starts with the prefix. */
static int target_known(const struct ctx *c, const char *t)
{
    size_t tn = strcspn(t, "<%");

    for (size_t i = 0; i < c->targets.n; i++) {
        const char *h = c->targets.v[i];
        size_t hn = strcspn(h, "<%");

        if (!strcmp(h, t) || (h[hn] && hn <= strlen(t) && !strncmp(h, t, hn)
                              && (!t[tn] || tn >= hn)))
            return 1;
    }
    return 0;
}

static void check_target(struct doc *d, const char *t)
{
    int alnum = 0;

    for (const char *p = t; *p; p++)
        alnum |= isalnum((unsigned char)*p);
    /* a file (build/x.elf), a shell variable or "...": not help's to list */
    if (!alnum || strchr(t, '/') || t[0] == '$')
        return;
    d->c->refs++;
    if (!target_known(d->c, t))
        problem(d, "make help lists no such target", "make %s", t);
}

/* Rule 4 for one NAME=value word: NAME is in help's Variables section. */
static void check_var(struct doc *d, const char *w)
{
    size_t n = strspn(w, CAPITALS);
    char name[MAX_IDENT];

    if (!n || !isupper((unsigned char)w[0]) || n >= sizeof name
        || !(w[n] == '=' || (w[n] && strchr("+:?", w[n]) && w[n + 1] == '=')))
        return;
    memcpy(name, w, n);
    name[n] = 0;
    d->c->refs++;
    if (!names_has(&d->c->vars, name)
        && !(d->c->board_star && !strncmp(name, "BOARD_", 6)))
        problem(d, names_has(&d->c->target_vars, name)
                   ? "make help names it only in a target's line"
                   : "make help lists every variable the docs tell a user to set",
                "%s= is not in make help's Variables", name);
}

/* The next shell word of s[*i, len) into w, quotes removed.  1: a word;
 * 0: a word too long to judge; -1: the command ended (end of text, an
 * unquoted ; & | ) ` < > or a # comment). */
static int next_word(const char *s, size_t len, size_t *i, char *w, size_t size)
{
    size_t o = 0;
    char quote = 0;

    while (*i < len && (s[*i] == ' ' || s[*i] == '\t'))
        (*i)++;
    if (*i >= len || strchr(";&|)`<>#", s[*i]))
        return -1;
    for (; *i < len && (quote || !strchr(" \t;&|)`<>", s[*i])); (*i)++) {
        if (quote ? s[*i] == quote : (s[*i] == '"' || s[*i] == '\'')) {
            quote = quote ? 0 : s[*i];
            continue;
        }
        if (o + 1 < size)
            w[o] = s[*i];
        o++;
    }
    if (o >= size)
        return 0;
    w[o] = 0;
    return 1;
}

/* How an option takes the next word: 1 always (-C dir, -f file), 2 when
 * it is a number (-j 4), 0 never. */
static int option_arg(const char *w)
{
    static const char *const arg[] = { "-C", "-f", "-I", "-o", "-W", "--directory",
                                       "--file", "--makefile", "--include-dir" };

    for (size_t i = 0; i < sizeof arg / sizeof *arg; i++)
        if (!strcmp(w, arg[i]))
            return 1;
    return !strcmp(w, "-j") || !strcmp(w, "-l") ? 2 : 0;
}

/* The words of one make command, s[0, len) just after "make". */
static void check_make(struct doc *d, const char *s, size_t len)
{
    char w[MAX_WORD];
    size_t i = 0;
    int r, skip = 0;

    while ((r = next_word(s, len, &i, w, sizeof w)) >= 0) {
        if (skip == 1 || (skip == 2 && r && w[strspn(w, "0123456789")] == 0)) {
            skip = 0;
            continue;
        }
        skip = 0;
        if (!r)
            continue;
        if (w[0] == '-')
            skip = option_arg(w);
        else if (strchr(w, '='))
            check_var(d, w);
        else
            check_target(d, w);
    }
}

/* Every command in s[0, len) that runs make: at the start, or after
 * ; & | $( or `, past a "$ " prompt, sudo and VAR=x words.  Not after a
 * bare "(": in a fenced block that is prose ("(make flags for ...)"). */
static void scan_make(struct doc *d, const char *s, size_t len)
{
    char w[MAX_WORD];

    for (size_t i = 0; i < len; i++) {
        size_t j;

        if (i && !strchr(";&|`", s[i - 1])
            && !(s[i - 1] == '(' && i > 1 && s[i - 2] == '$'))
            continue;
        j = i + strspn(s + i, " \t");
        if (s[j] == '$' && s[j + 1] == ' ')
            j += 2;
        for (;;) {
            size_t k = j;

            if (next_word(s, len, &k, w, sizeof w) != 1)
                break;
            if (!strcmp(w, "make")) {
                check_make(d, s + k, len - k);
                break;
            }
            if (strcmp(w, "sudo") && !(isupper((unsigned char)w[0]) && strchr(w, '=')))
                break;
            j = k;
        }
    }
}

/* An inline span that is only NAME=value words, where NAME is one of the
 * kit's make variables: the docs telling the user to set it. */
static void check_lone_vars(struct doc *d, const char *s, size_t len)
{
    char w[MAX_WORD];
    size_t i = 0;
    int r;

    while ((r = next_word(s, len, &i, w, sizeof w)) == 1) {
        size_t n = strspn(w, CAPITALS);

        if (!n || w[n] != '=')
            return;
        w[n] = 0;
        if (!names_has(&d->c->makevars, w))
            return;
        w[n] = '=';
    }
    if (r < 0 && i >= len)
        check_make(d, s, len);
}

/* ---- rule 5: test names ---- */

static void check_test_name(struct doc *d, const char *name, size_t len)
{
    char t[MAX_IDENT];

    if (len >= sizeof t)
        return;
    memcpy(t, name, len);
    t[len] = 0;
    d->c->refs++;
    if (!names_has(&d->c->tests, t))
        problem(d, "the test list (make's boot, host and abi tests) has no such name",
                "test %s", t);
}

/* Whether s[0, len) is a test's name: letters, digits, _ and -. */
static int test_like(const char *s, size_t len)
{
    return len && strspn(s, IDENT "-") >= len && s[0] != '-';
}

/* The name of the test that s[0, len) is the file of (tests/boot/NAME.c,
 * tests/host/test_NAME.c), into *name and *n; 0 if it is none. */
static int test_file(const char *s, size_t len, const char **name, size_t *n)
{
    const char *base = s + 11;

    if (strncmp(s, "tests/boot/", 11) && strncmp(s, "tests/host/test_", 16))
        return 0;
    *name = base;
    *n = len - 11 - 2;
    return len > 13 && !strncmp(s + len - 2, ".c", 2) && test_like(base, *n);
}

/* Whether the word before position at is "test" or "tests" (then only
 * blanks). */
static int after_test_word(const char *s, size_t at)
{
    size_t e = at, b;

    while (e && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    for (b = e; b && isalpha((unsigned char)s[b - 1]); b--)
        ;
    return e < at && (b == 0 || !is_ident((unsigned char)s[b - 1]))
           && ((e - b == 4 && !strncasecmp(s + b, "test", 4))
               || (e - b == 5 && !strncasecmp(s + b, "tests", 5)));
}

/* Whether the text between two spans joins a list: ", ", " and ", ", and ",
 * " or ", ", or ". */
static int list_joint(const char *s, size_t len)
{
    static const char *const joint[] = { ", ", " and ", ", and ", " or ", ", or " };

    for (size_t i = 0; i < sizeof joint / sizeof *joint; i++)
        if (len == strlen(joint[i]) && !strncmp(s, joint[i], len))
            return 1;
    return 0;
}

/* Rule 5: test `a`, tests `a`, `b` and `c`; and `tests/boot/name.c`
 * or `tests/host/test_name.c` in code. */
static void scan_tests(struct doc *d, const struct line *l)
{
    for (int i = 0; i < l->nsp; i++) {
        const struct span *sp = &l->sp[i];
        const char *name;
        size_t n;

        if (test_file(l->s + sp->start, sp->end - sp->start, &name, &n))
            check_test_name(d, name, n);
        if (!after_test_word(l->s, sp->open))
            continue;
        for (int j = i; j < l->nsp; j++) {
            const struct span *q = &l->sp[j];

            size_t after = l->sp[j - (j > i)].close;

            if (j > i && !list_joint(l->s + after, q->open - after))
                break;
            if (test_like(l->s + q->start, q->end - q->start))
                check_test_name(d, l->s + q->start, q->end - q->start);
        }
    }
}

/* ---- reading a page ---- */

/* Record a span whose text starts at l->s[start] (its backticks at
 * open), closed by the next run of d->span_ticks backticks or left open at
 * the line's end; returns where to go on reading. */
static size_t add_span(struct doc *d, struct line *l, size_t open, size_t start)
{
    struct span *sp = &l->sp[l->nsp++];
    size_t i = start, n = 0;

    sp->open = open;
    sp->start = start;
    for (; i < l->len; i += n ? n : 1)
        if ((n = strspn(l->s + i, "`")) == (size_t)d->span_ticks)
            break;
    sp->end = i < l->len ? i : l->len;
    sp->close = i < l->len ? i + n : l->len;
    if (i < l->len)
        d->span_ticks = 0;
    return sp->close;
}

/* The inline code spans of a line: a run of N backticks opens one, the
 * next run of exactly N closes it.  A span the last line left open
 * (Markdown lets one cross a line end) is closed first. */
static void find_spans(struct doc *d, struct line *l)
{
    size_t i = 0;

    l->nsp = 0;
    if (d->span_ticks)
        i = add_span(d, l, 0, 0);
    while (i < l->len && l->nsp < MAX_SPANS) {
        size_t n = strspn(l->s + i, "`");

        if (!n) {
            i++;
            continue;
        }
        d->span_ticks = (int)n;
        i = add_span(d, l, i, i + n);
    }
}

/* URLs are not paths: blank them (http://..., https://..., <www...>). */
static void blank_urls(char *s)
{
    static const char *const scheme[] = {
        "http://", "https://", "ftp://", "file://", "mailto:", "www."
    };

    for (size_t k = 0; k < sizeof scheme / sizeof *scheme; k++)
        for (char *p = strstr(s, scheme[k]); p; p = strstr(p, scheme[k]))
            memset(p, ' ', strcspn(p, " \t)>`\"'"));
}

/* Opens or closes a fenced block on a ``` or ~~~ line (at any indent: in
 * a list item it is indented).  1 when the line is a fence or inside a
 * ```text-nocheck block: nothing on it to check. */
static int fence(struct doc *d, const char *s)
{
    size_t ind = strspn(s, " \t"), n = strspn(s + ind, "`"), t = strspn(s + ind, "~");

    n = n >= 3 ? n : t >= 3 ? t : 0;
    if (!n)
        return d->fence_len && d->nocheck;
    if (!d->fence_len) {
        d->fence_len = (int)n;
        d->fence_ch = s[ind];
        d->nocheck = !strncmp(s + ind + n, "text-nocheck", 12);
        d->callee[0] = 0;
        d->span_ticks = 0;
        return 1;
    }
    if (s[ind] == d->fence_ch && n >= (size_t)d->fence_len
        && !s[ind + n + strspn(s + ind + n, " \r")])
        d->fence_len = 0;
    return d->fence_len ? d->nocheck : 1;
}

/* 1 when the line is not to be checked: a fence, a text-nocheck block, or
 * the <!-- docscheck: off --> ... <!-- docscheck: on --> region. */
static int skip_line(struct doc *d, const char *s)
{
    if (d->off) {
        if (strstr(s, "<!-- docscheck: on -->"))
            d->off = 0;
        return 1;
    }
    if (!d->fence_len && strstr(s, "<!-- docscheck: off -->")) {
        d->off = 1;
        return 1;
    }
    return fence(d, s);
}

/* A line of a fenced block: paths, citations (gdb frames), make. */
static void check_code_line(struct doc *d, struct line *l)
{
    char fn[MAX_IDENT];
    int call;

    scan_paths(d, l);
    scan_make(d, l->s, l->len);
    if (frame_function(l->s, l->len, fn, sizeof fn, &call) && call)
        snprintf(d->callee, sizeof d->callee, "%s", fn);
}

/* A line of prose: links, paths and citations, then make commands, lone
 * variables and test names in its inline code. */
static void check_prose_line(struct doc *d, struct line *l, char *s)
{
    find_spans(d, l);
    scan_links(d, s, l);
    scan_paths(d, l);
    for (int i = 0; i < l->nsp; i++) {
        scan_make(d, l->s + l->sp[i].start, l->sp[i].end - l->sp[i].start);
        check_lone_vars(d, l->s + l->sp[i].start, l->sp[i].end - l->sp[i].start);
    }
    if (d->c->have_tests)
        scan_tests(d, l);
    if (l->s[strspn(l->s, " \t")] == 0)
        d->span_ticks = 0;      /* a blank line ends a paragraph and its spans */
}

static void check_line(struct doc *d, const char *text, size_t len)
{
    struct line *l;
    char *s = strndup(text, len);

    d->line++;
    if (!s || skip_line(d, s)) {
        free(s);
        return;
    }
    l = calloc(1, sizeof *l);
    if (!l) {
        perror("docscheck");
        exit(2);
    }
    s[strcspn(s, "\r")] = 0;
    blank_urls(s);
    l->s = s;
    l->len = strlen(s);
    l->fenced = d->fence_len > 0;
    if (l->fenced)
        check_code_line(d, l);
    else
        check_prose_line(d, l, s);
    free(l);
    free(s);
}

static void check_file(struct ctx *c, const char *path)
{
    struct doc d = { .c = c, .path = path };
    char *text = slurp(path);
    const char *s;
    size_t len;

    c->files++;
    if (!text) {
        problem(&d, "the file list names a file that is not there",
                "cannot read %s", path);
        return;
    }
    for (const char *p = text; (s = next_line(&p, &len)); )
        check_line(&d, s, len);
    free(text);
}

static int usage(void)
{
    fprintf(stderr, "usage: docscheck --root DIR --help-text FILE [--tests FILE] [-q] "
            "file.md...\n");
    return 2;
}

int main(int argc, char **argv)
{
    struct ctx c = { 0 };
    const char *help = NULL, *tests = NULL;
    int i;

    for (i = 1; i < argc && argv[i][0] == '-'; i++)
        if (!strcmp(argv[i], "--root") && i + 1 < argc)
            c.root = argv[++i];
        else if (!strcmp(argv[i], "--help-text") && i + 1 < argc)
            help = argv[++i];
        else if (!strcmp(argv[i], "--tests") && i + 1 < argc)
            tests = argv[++i];
        else if (!strcmp(argv[i], "-q"))
            c.quiet = 1;
        else
            return usage();
    if (!c.root || !help || i == argc)
        return usage();
    load_topdirs(&c);
    load_help(&c, help);
    load_makevars(&c);
    if (tests)
        load_tests(&c, tests);
    for (; i < argc; i++)
        check_file(&c, argv[i]);
    if (!c.quiet)
        printf("docscheck: %ld files, %ld references checked, %ld problems\n",
               c.files, c.refs, c.problems);
    names_free(&c.targets);
    names_free(&c.vars);
    names_free(&c.target_vars);
    names_free(&c.makevars);
    names_free(&c.tests);
    names_free(&c.topdirs);
    return c.problems ? 1 : 0;
}
