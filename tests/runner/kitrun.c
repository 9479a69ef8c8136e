/*
 * kitrun: boot one test image under QEMU and judge it.
 *
 *   kitrun --spec tests/boot/hello.c --name virt-rv64/hello [--arch A] [--libc L]
 *          [--timeout S] [--log FILE] -- qemu-system-... -kernel x.elf
 *   kitrun --summary DIR...
 *   kitrun --symbolise ELF -- qemu-system-... -kernel ELF    (make run)
 *
 * The expectations live in the test's own source, in a comment block:
 *
 *   / * kit-test: one line saying what is tested
 *    * stdin: text sent to the UART (C escapes: \n \t \\ \xNN)
 *    * stdin-after: send stdin only once the output shows this text
 *      (firmware such as OpenSBI resets the UART's FIFO at boot and would
 *      drop input that arrived earlier; a person types after a prompt too)
 *    * expect: text that must appear in the output (in this order)
 *    * expect-raw: as expect:, but against the bytes exactly as the UART
 *      sent them (expect: compares with every "\r" removed)
 *    * expect-not: text that must not appear anywhere
 *    * expect-exit: 42
 *    * archs: riscv64 aarch64       (default: every architecture)
 *    * boards: virt-rv64 virt-aarch64 (default: every board)
 *    * libcs: newlib picolibc       (the LIBC= builds it applies to;
 *                                    default: every C library)
 *    * qemu: -m 256M                (extra QEMU options)
 *    * checks: yes                  (the program prints its own "PASS x" /
 *                                    "FAIL x" lines: count each of them)
 *    * case: label | stdin: r 3\n | expect-exit: 3
 *      (a table: the image boots once per case: line, each case with the
 *      lines above plus its own "key: value" fields, reported as
 *      name[label]; expect lines add to the common ones)
 *    * /
 *
 * A fault report in the output (boot/fault.c: "pc 0x... ra 0x...") gets
 * the function+offset and file:line of its pc and ra added under it, from
 * the -kernel ELF (symbolise.c), before the output is judged and logged,
 * so a test can expect the faulting function's name.  --symbolise does
 * only that, for an interactive run: QEMU's output passes through as it
 * comes, stdin stays the terminal, the exit status is QEMU's.
 *
 * Prints one line, "PASS name" or "FAIL name: why" (then the output), and
 * appends that line to --result FILE for the summary.  A run that does not
 * finish within the timeout is killed and fails: a hang is a failure with a
 * message, never a stuck suite.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "symbolise.h"

#define MAX_ITEMS  64
#define MAX_CASES  32
#define MAX_OUTPUT (4 << 20)

struct spec {
    char *title;
    char *stdin_text;
    size_t stdin_len;
    char *stdin_after;
    char *expect[MAX_ITEMS];
    int nexpect;
    char *expect_raw[MAX_ITEMS];
    int nexpect_raw;
    char *expect_not[MAX_ITEMS];
    int nexpect_not;
    int expect_exit;
    char *archs;
    char *boards;
    char *libcs;
    char *qemu_extra;
    int checks;
    char *cases[MAX_CASES];     /* "label | key: value | ..." */
    int ncases;
};

static void die(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    fputs("kitrun: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static char *xstrdup(const char *s)
{
    char *p = strdup(s);

    if (!p)
        die("out of memory");
    return p;
}

/* Decode C escapes in place; returns the decoded length. */
static size_t unescape(char *s)
{
    char *out = s, *in = s;

    while (*in) {
        if (*in != '\\' || !in[1]) {
            *out++ = *in++;
            continue;
        }
        in++;
        switch (*in) {
        case 'n': *out++ = '\n'; in++; break;
        case 'r': *out++ = '\r'; in++; break;
        case 't': *out++ = '\t'; in++; break;
        case 'x': *out++ = (char)strtol(in + 1, &in, 16); break;
        default:  *out++ = *in++; break;
        }
    }
    *out = 0;
    return (size_t)(out - s);
}

static char *trim(char *s)
{
    char *end;

    while (*s == ' ' || *s == '\t')
        s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'))
        *--end = 0;
    return s;
}

/* One " * key: value" line of the kit-test block. */
static void parse_line(struct spec *sp, char *line, const char *file)
{
    char *key = trim(line), *val;

    if (*key == '*')
        key = trim(key + 1);
    if (!*key)
        return;
    val = strchr(key, ':');
    if (!val)
        die("%s: kit-test line without 'key:': %s", file, key);
    *val++ = 0;
    val = trim(val);
    if (!strcmp(key, "kit-test"))
        sp->title = xstrdup(val);
    else if (!strcmp(key, "stdin")) {
        sp->stdin_text = xstrdup(val);
        sp->stdin_len = unescape(sp->stdin_text);
    } else if (!strcmp(key, "stdin-after")) {
        sp->stdin_after = xstrdup(val);
        unescape(sp->stdin_after);
    } else if (!strcmp(key, "expect") && sp->nexpect < MAX_ITEMS) {
        sp->expect[sp->nexpect] = xstrdup(val);
        unescape(sp->expect[sp->nexpect++]);
    } else if (!strcmp(key, "expect-raw") && sp->nexpect_raw < MAX_ITEMS) {
        sp->expect_raw[sp->nexpect_raw] = xstrdup(val);
        unescape(sp->expect_raw[sp->nexpect_raw++]);
    } else if (!strcmp(key, "expect-not") && sp->nexpect_not < MAX_ITEMS) {
        sp->expect_not[sp->nexpect_not] = xstrdup(val);
        unescape(sp->expect_not[sp->nexpect_not++]);
    } else if (!strcmp(key, "case") && sp->ncases < MAX_CASES)
        sp->cases[sp->ncases++] = xstrdup(val);
    else if (!strcmp(key, "expect-exit"))
        sp->expect_exit = atoi(val);
    else if (!strcmp(key, "archs"))
        sp->archs = xstrdup(val);
    else if (!strcmp(key, "boards"))
        sp->boards = xstrdup(val);
    else if (!strcmp(key, "libcs"))
        sp->libcs = xstrdup(val);
    else if (!strcmp(key, "qemu"))
        sp->qemu_extra = xstrdup(val);
    else if (!strcmp(key, "checks"))
        sp->checks = !strcmp(val, "yes");
    else
        die("%s: unknown kit-test key '%s'", file, key);
}

static void read_spec(struct spec *sp, const char *file)
{
    FILE *f = fopen(file, "r");
    char line[1024];
    int in_block = 0;

    if (!f)
        die("cannot open %s: %s", file, strerror(errno));
    while (fgets(line, sizeof line, f)) {
        char *start = strstr(line, "kit-test:");
        char *end = strstr(line, "*/");

        if (!in_block && start) {
            in_block = 1;
            if (end)
                *end = 0;
            parse_line(sp, start, file);
        } else if (in_block) {
            if (end)
                *end = 0;
            parse_line(sp, line, file);
        }
        if (in_block && end)
            break;
    }
    fclose(f);
    if (!sp->title)
        die("%s: no 'kit-test:' comment block", file);
}

/* Is `word` in the space-separated `list`?  No list: everything is. */
static int listed(const char *list, const char *word)
{
    char buf[512], *tok, *save;

    if (!list || !word)
        return 1;
    snprintf(buf, sizeof buf, "%s", list);
    for (tok = strtok_r(buf, " ,", &save); tok; tok = strtok_r(NULL, " ,", &save))
        if (!strcmp(tok, word))
            return 1;
    return 0;
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* argv for the child: the command after "--" plus the spec's qemu: words. */
static char **build_argv(char **cmd, int ncmd, const char *extra)
{
    char **argv = calloc((size_t)ncmd + 64, sizeof *argv);
    char *copy, *tok, *save;
    int n = 0, i;

    if (!argv)
        die("out of memory");
    for (i = 0; i < ncmd; i++)
        argv[n++] = cmd[i];
    if (extra) {
        copy = xstrdup(extra);
        for (tok = strtok_r(copy, " ", &save); tok && n < ncmd + 63;
             tok = strtok_r(NULL, " ", &save))
            argv[n++] = tok;
    }
    argv[n] = NULL;
    return argv;
}

struct run {
    char *out;
    char *raw;          /* the output before strip_cr */
    size_t len;
    int status;         /* exit status, or -1 on timeout, -2 on signal */
    int flooded;        /* stopped at MAX_OUTPUT bytes */
};

static void run_child(char **argv, const struct spec *sp, double timeout,
                      struct run *r)
{
    int in[2], out[2];
    pid_t pid;
    double deadline = now() + timeout;
    int status, open_out = 1, stdin_sent = 0;

    if (pipe(in) || pipe(out))
        die("pipe: %s", strerror(errno));
    pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        setpgid(0, 0);          /* so a timeout can kill everything it started */
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(out[1], 2);
        close(in[1]);
        close(out[0]);
        execvp(argv[0], argv);
        fprintf(stderr, "kitrun: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    r->out = malloc(MAX_OUTPUT + 1);
    r->len = 0;
    r->flooded = 0;
    if (!r->out)
        die("out of memory");
    while (open_out) {
        /* Queue the input (at once, or once the prompt is out); the pipe
         * holds it until the guest's UART takes it.  The write end stays
         * open until the end so QEMU never sees EOF. */
        if (!stdin_sent && sp->stdin_len) {
            r->out[r->len] = 0;
            if (!sp->stdin_after || strstr(r->out, sp->stdin_after)) {
                if (write(in[1], sp->stdin_text, sp->stdin_len) < 0)
                    die("writing stdin: %s", strerror(errno));
                stdin_sent = 1;
            }
        }
        struct pollfd p = { out[0], POLLIN, 0 };
        double left = deadline - now();
        ssize_t n;

        if (left <= 0) {
            kill(-pid, SIGKILL);
            waitpid(pid, &status, 0);
            r->status = -1;
            goto done;
        }
        if (poll(&p, 1, (int)(left * 1000) + 1) <= 0)
            continue;
        n = read(out[0], r->out + r->len, MAX_OUTPUT - r->len);
        if (n <= 0)
            open_out = 0;
        else
            r->len += (size_t)n;
        if (r->len == MAX_OUTPUT)
            r->flooded = 1, open_out = 0;
    }
    kill(-pid, SIGKILL);        /* output closed: make sure nothing lingers */
    waitpid(pid, &status, 0);
    r->status = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
done:
    r->out[r->len] = 0;
    close(in[1]);
    close(out[0]);
}

/* Serial output has "\r\n" line ends; compare against "\n".  The raw
 * bytes are kept for expect-raw: (a NUL in them ends the comparison). */
static void strip_cr(struct run *r)
{
    size_t i, j = 0;

    r->raw = malloc(r->len + 1);
    if (!r->raw)
        die("out of memory");
    memcpy(r->raw, r->out, r->len + 1);

    for (i = 0; i < r->len; i++)
        if (r->out[i] != '\r')
            r->out[j++] = r->out[i];
    r->len = j;
    r->out[j] = 0;
}

/* Each of `want` (n of them) in `text`, in order; the first missing one,
 * or NULL when all are there. */
static const char *find_in_order(const char *text, char *const *want, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        const char *hit = strstr(text, want[i]);

        if (!hit)
            return want[i];
        text = hit + strlen(want[i]);
    }
    return NULL;
}

static int judge(const struct spec *sp, const struct run *r, double timeout,
                 const char *image, char *why, size_t whylen)
{
    const char *missing;
    int i;

    if (r->status == -1) {
        snprintf(why, whylen, "timed out after %.0f s (hang?) booting %s",
                 timeout, image ? image : "the image");
        return 0;
    }
    if (r->flooded) {
        snprintf(why, whylen, "stopped by kitrun: the program printed more than "
                 "%d MiB (its output limit)", MAX_OUTPUT >> 20);
        return 0;
    }
    if (r->status == -2) {
        snprintf(why, whylen, "QEMU killed by a signal");
        return 0;
    }
    if ((missing = find_in_order(r->out, sp->expect, sp->nexpect))) {
        snprintf(why, whylen, "expected output \"%s\"%s not found", missing,
                 missing != sp->expect[0] ? " (after the previous expect)" : "");
        return 0;
    }
    if ((missing = find_in_order(r->raw, sp->expect_raw, sp->nexpect_raw))) {
        snprintf(why, whylen, "expected raw bytes \"%s\" not found "
                 "(compared before removing \\r)", missing);
        return 0;
    }
    for (i = 0; i < sp->nexpect_not; i++)
        if (strstr(r->out, sp->expect_not[i])) {
            snprintf(why, whylen, "unexpected output \"%s\"", sp->expect_not[i]);
            return 0;
        }
    if (r->status != sp->expect_exit) {
        snprintf(why, whylen, "exit status %d, expected %d", r->status,
                 sp->expect_exit);
        return 0;
    }
    return 1;
}

static void append(const char *file, const char *line)
{
    FILE *f;

    if (!file)
        return;
    f = fopen(file, "a");
    if (!f)
        die("cannot write %s: %s", file, strerror(errno));
    fprintf(f, "%s\n", line);
    fclose(f);
}

/* A suite that judges itself prints "PASS ..." / "FAIL ..." per check:
 * pass those lines on, so each check is shown and counted. */
static void report_checks(const struct run *r, const char *result)
{
    const char *p = r->out;

    while (*p) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char line[1024];

        if (n < sizeof line && (!strncmp(p, "PASS ", 5) || !strncmp(p, "FAIL ", 5))) {
            snprintf(line, sizeof line, "%.*s", (int)n, p);
            puts(line);
            append(result, line);
        }
        p += n + (end != NULL);
    }
}

static void write_log(const char *file, const struct run *r, const char *mode)
{
    FILE *f;

    if (!file)
        return;
    f = fopen(file, mode);
    if (!f)
        die("cannot write %s: %s", file, strerror(errno));
    fwrite(r->out, 1, r->len, f);
    fclose(f);
}

/* Print the last lines of the output under a failed test, indented. */
static void show_tail(const struct run *r)
{
    const char *p = r->out + r->len;
    int lines = 0;

    while (p > r->out && lines <= 30)
        if (*--p == '\n')
            lines++;
    if (p != r->out)
        p++;
    printf("    | %s", *p ? "" : "(no output)\n");
    for (; *p; p++) {
        putchar(*p);
        if (*p == '\n' && p[1])
            printf("    | ");
    }
    if (r->len && r->out[r->len - 1] != '\n')
        putchar('\n');
}

/*
 * The summary: a board x test matrix of the boot tests, then one closing
 * line counting every PASS/FAIL/SKIP line in every result file (host unit
 * tests report one line per check).  Each directory is a board, except
 * "host"; each <test>.result file in it holds that test's line.
 */
#define MAX_BOARDS 32
#define MAX_TESTS  256

struct matrix {
    char board[MAX_BOARDS][64];
    char test[MAX_TESTS][64];
    char cell[MAX_BOARDS][MAX_TESTS];   /* 'P', 'F', 'S' or 0 (no result) */
    int nboards, ntests;
};

static int test_index(struct matrix *m, const char *name)
{
    int i;

    for (i = 0; i < m->ntests; i++)
        if (!strcmp(m->test[i], name))
            return i;
    if (m->ntests == MAX_TESTS)
        return -1;
    snprintf(m->test[m->ntests], sizeof m->test[0], "%s", name);
    return m->ntests++;
}

static void print_matrix(struct matrix *m)
{
    static const char *const mark[] = { ['P'] = "ok", ['F'] = "FAIL",
                                        ['S'] = "-", [0] = "" };
    int b, t, i, order[MAX_TESTS];

    if (!m->nboards)
        return;
    /* Rows in name order (insertion sort: a few dozen tests). */
    for (t = 0; t < m->ntests; t++) {
        for (i = t; i > 0 && strcmp(m->test[order[i - 1]], m->test[t]) > 0; i--)
            order[i] = order[i - 1];
        order[i] = t;
    }
    printf("\nBoot tests by board (ok = passed, FAIL, - or blank = not run there):\n");
    for (b = 0; b < m->nboards; b++)
        printf("  %2d  %s\n", b + 1, m->board[b]);
    printf("%-22s", "test");
    for (b = 0; b < m->nboards; b++)
        printf(" %4d", b + 1);
    putchar('\n');
    for (i = 0; i < m->ntests; i++) {
        t = order[i];
        printf("%-22.22s", m->test[t]);
        for (b = 0; b < m->nboards; b++)
            printf(" %4s", mark[(unsigned char)m->cell[b][t]]);
        putchar('\n');
    }
    putchar('\n');
}

static int summary(int argc, char **argv)
{
    static struct matrix m;
    int passed = 0, failed = 0, skipped = 0, i;

    for (i = 0; i < argc; i++) {
        const char *board = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
        int is_board = strcmp(board, "host") != 0 && m.nboards < MAX_BOARDS;
        DIR *d = opendir(argv[i]);
        struct dirent *e;

        if (!d)
            continue;
        if (is_board)
            snprintf(m.board[m.nboards], sizeof m.board[0], "%s", board);
        while ((e = readdir(d))) {
            char path[4096], line[1024], name[64];
            size_t len = strlen(e->d_name);
            int t = -1;
            FILE *f;

            if (len < 8 || strcmp(e->d_name + len - 7, ".result"))
                continue;
            snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
            snprintf(name, sizeof name, "%.*s", (int)(len - 7), e->d_name);
            if (is_board)
                t = test_index(&m, name);
            if (!(f = fopen(path, "r")))
                continue;
            while (fgets(line, sizeof line, f)) {
                char c = !strncmp(line, "PASS ", 5) ? 'P'
                       : !strncmp(line, "FAIL ", 5) ? 'F'
                       : !strncmp(line, "SKIP ", 5) ? 'S' : 0;

                passed += c == 'P';
                failed += c == 'F';
                skipped += c == 'S';
                if (c && t >= 0 && m.cell[m.nboards][t] != 'F')
                    m.cell[m.nboards][t] = c;
            }
            fclose(f);
        }
        closedir(d);
        if (is_board)
            m.nboards++;
    }
    print_matrix(&m);
    if (passed + failed == 0) {
        printf("0 passed, 1 failed (no test results found)\n");
        return 1;
    }
    if (skipped)
        printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    else
        printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

/* Boot once under `sp` and report one PASS/FAIL line as `name`. */
static int run_one(const struct spec *sp, const char *name, char **cmd, int ncmd,
                   const char *image, double timeout, const char *log,
                   const char *log_mode, const char *result)
{
    struct run r;
    char why[512], line[1024];
    int ok;

    run_child(build_argv(cmd, ncmd, sp->qemu_extra), sp, timeout, &r);
    strip_cr(&r);
    if (image) {
        char *sym = kit_symbolise(r.out, image);

        if (sym) {
            free(r.out);
            r.out = sym;
            r.len = strlen(sym);
        }
    }
    write_log(log, &r, log_mode);
    ok = judge(sp, &r, timeout, image, why, sizeof why);
    if (ok)
        snprintf(line, sizeof line, "PASS %s", name);
    else
        snprintf(line, sizeof line, "FAIL %s: %s", name, why);
    puts(line);
    if (!ok)
        show_tail(&r);
    append(result, line);
    if (sp->checks)
        report_checks(&r, result);
    free(r.out);
    free(r.raw);
    return ok;
}

/* The spec of case n: the common lines, then the case's own fields
 * ("label | key: value | key: value"). */
static void case_spec(const struct spec *sp, int n, struct spec *one,
                      char *label, size_t labellen, const char *file)
{
    char *copy = xstrdup(sp->cases[n]), *field, *save;

    *one = *sp;
    one->ncases = 0;
    field = strtok_r(copy, "|", &save);
    snprintf(label, labellen, "%s", trim(field));
    while ((field = strtok_r(NULL, "|", &save)))
        parse_line(one, field, file);
}

/* --symbolise ELF -- command...: run it, its stdout through this process
 * (byte by byte as it comes, so prompts show), with each fault report
 * symbolised; the exit status is the command's. */
static int symbolise_run(const char *elf, char **cmd)
{
    int out[2], status;
    char chunk[4096], *line = NULL;
    size_t len = 0, cap = 0;
    ssize_t n, i;
    pid_t pid;

    if (pipe(out))
        die("pipe: %s", strerror(errno));
    pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        dup2(out[1], 1);
        close(out[0]);
        close(out[1]);
        execvp(cmd[0], cmd);
        fprintf(stderr, "kitrun: cannot run %s: %s\n", cmd[0], strerror(errno));
        _exit(127);
    }
    close(out[1]);
    while ((n = read(out[0], chunk, sizeof chunk)) > 0) {
        fwrite(chunk, 1, (size_t)n, stdout);
        fflush(stdout);
        for (i = 0; i < n; i++) {
            if (len + 1 >= cap && !(line = realloc(line, cap = cap * 2 + 256)))
                die("out of memory");
            if (chunk[i] == '\r')
                continue;
            line[len++] = chunk[i];
            if (chunk[i] == '\n') {
                char *extra = kit_symbolise_line(line, len, elf);

                if (extra) {
                    fputs(extra, stdout);
                    fflush(stdout);
                    free(extra);
                }
                len = 0;
            }
        }
    }
    free(line);
    close(out[0]);
    if (waitpid(pid, &status, 0) < 0)
        die("waitpid: %s", strerror(errno));
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int main(int argc, char **argv)
{
    struct spec sp = { 0 };
    const char *spec_file = NULL, *name = NULL, *arch = NULL, *board = NULL,
               *libc = NULL;
    const char *log = NULL, *result = NULL;
    double timeout = 60;
    char line[1024];
    const char *image;
    int i, j, ok;

    if (argc > 1 && !strcmp(argv[1], "--summary"))
        return summary(argc - 2, argv + 2);
    if (argc > 4 && !strcmp(argv[1], "--symbolise") && !strcmp(argv[3], "--"))
        return symbolise_run(argv[2], argv + 4);
    for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;

        if (!v)
            die("option %s needs a value", argv[i]);
        if (!strcmp(argv[i], "--spec"))
            spec_file = v;
        else if (!strcmp(argv[i], "--name"))
            name = v;
        else if (!strcmp(argv[i], "--arch"))
            arch = v;
        else if (!strcmp(argv[i], "--board"))
            board = v;
        else if (!strcmp(argv[i], "--libc"))
            libc = v;
        else if (!strcmp(argv[i], "--timeout"))
            timeout = atof(v);
        else if (!strcmp(argv[i], "--log"))
            log = v;
        else if (!strcmp(argv[i], "--result"))
            result = v;
        else
            die("unknown option %s", argv[i]);
        i++;
    }
    if (!spec_file || i >= argc - 1)
        die("usage: kitrun --spec FILE [--name N] [--arch A] [--board B] [--libc L] [--timeout S] "
            "[--log F] [--result F] -- command...\n"
            "       kitrun --summary DIR...\n"
            "       kitrun --symbolise ELF -- command...");
    if (!name)
        name = spec_file;
    read_spec(&sp, spec_file);
    if (!listed(sp.archs, arch) || !listed(sp.boards, board) || !listed(sp.libcs, libc)) {
        snprintf(line, sizeof line, "SKIP %s (not for this board or C library)", name);
        puts(line);
        append(result, line);
        return 0;
    }

    for (image = NULL, j = i + 1; j + 1 < argc; j++)
        if (!strcmp(argv[j], "-kernel"))
            image = argv[j + 1];    /* named in a timeout message */
    if (!sp.ncases)
        return run_one(&sp, name, argv + i + 1, argc - i - 1, image, timeout,
                       log, "w", result) ? 0 : 1;
    ok = 1;
    for (j = 0; j < sp.ncases; j++) {
        struct spec one;
        char label[256];

        case_spec(&sp, j, &one, label, sizeof label, spec_file);
        snprintf(line, sizeof line, "%s[%s]", name, label);
        ok &= run_one(&one, line, argv + i + 1, argc - i - 1, image, timeout,
                      log, j ? "a" : "w", result);
    }
    return ok ? 0 : 1;
}
