/*
 * kitrun: boot one test image under QEMU and judge it.
 *
 *   kitrun --spec tests/boot/hello.c --name virt-rv64/hello [WHERE] [--timeout S]
 *          [--log FILE] [--result FILE] [--count PLUGIN] -- qemu-system-... -kernel x.elf
 *   kitrun --select [WHERE] spec.c...     (print the specs that apply here)
 *   kitrun --spec FILE --name N [WHERE] --result FILE --skip-only
 *   kitrun --summary [--junit FILE] [--title T] DIR...
 *   kitrun --symbolise ELF [--timeout S] [--ram-base A] [--ram-need A] [--count PLUGIN]
 *          -- qemu-... -kernel ELF                                (make run)
 *   kitrun --frames GUARD [--dynamic] FILE.su...    (the build: frames > guard)
 *   kitrun --feed FILE                      (make run STDIN=FILE)
 *
 * WHERE says where the test is about to run: --arch A --board B --libc L
 * --caps 'words' (the board's capabilities, make caps) --scope 'arch' (the
 * board is its architecture's own) --focus 'words' (a variant board: what
 * it adds to its base).  The expectations live in the test's own source,
 * in a kit-test comment block (spec.c reads it; docs/testing.md lists the
 * keys): what to type, what must and must not appear, the exit status,
 * and what the board must have.  A test with insns-max: is also counted
 * by the instruction-counting plugin (--count, run_one below).
 *
 * A fault report in the output (boot/fault.c: "pc 0x... ra 0x...") gets
 * the function+offset and file:line of its pc and ra added under it, from
 * the -kernel ELF (symbolise.c), before the output is judged and logged,
 * so a test can expect the faulting function's name.  --symbolise does
 * that for an interactive run (make run): QEMU's output passes through as
 * it comes, stdin stays the terminal, and the runner says how the run
 * ended (run_interactive).
 *
 * --feed writes FILE to stdout as the console's input: each ^D (0x04)
 * and ^V (0x16) byte of it after a ^V, so that the console takes it as
 * data (syscalls/fd.c, as a terminal's VLNEXT), then two ^Ds: end of
 * input whether or not the last line has its newline (the first only
 * ends a line that has none).  Any byte is data so, binary included.
 *
 * Prints one line, "PASS name", "FAIL name: why" (then the output) or
 * "SKIP name (why)", and appends it to --result FILE for the summary
 * (summary.c).  A run that does not finish within the timeout is killed
 * and fails: a hang is a failure with a message, never a stuck suite.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "spec.h"
#include "summary.h"
#include "elf.h"
#include "symbolise.h"
#include "../../platform/cmdline.h"

#define MAX_OUTPUT (4 << 20)

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* argv for the child: the command after "--" plus the spec's qemu: words. */
static char **build_argv(char **cmd, int ncmd, const char *extra)
{
    char **argv = calloc((size_t)ncmd + 66, sizeof *argv);   /* + insns_argv's 2 */
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

/* The words {?name} captured so far, for the {name}s after it. */
#define MAX_BINDS 8
struct binds {
    int n;
    char name[MAX_BINDS][32], value[MAX_BINDS][64];
};

/* want with each captured {name} replaced by its word, into out. */
static void expand(char *out, size_t len, const char *want, const struct binds *b)
{
    size_t o = 0;

    while (*want && o + 1 < len) {
        const char *close = *want == '{' && want[1] != '?' ? strchr(want, '}') : NULL;
        int i;

        for (i = 0; close && i < b->n; i++)
            if (strlen(b->name[i]) == (size_t)(close - want - 1)
                && !strncmp(b->name[i], want + 1, (size_t)(close - want - 1)))
                break;
        if (!close || i == b->n) {
            out[o++] = *want++;
            continue;
        }
        o += (size_t)snprintf(out + o, len - o, "%s", b->value[i]);
        want = close + 1;
    }
    out[o < len ? o : len - 1] = 0;
}

/* The end of the first match of want in text, or NULL.  A {?name} in want
 * matches a word (letters, digits, '_') and binds it to name. */
static const char *match(const char *text, const char *want, struct binds *b)
{
    char pat[1024], *grab, *close;
    const char *hit;

    expand(pat, sizeof pat, want, b);
    grab = strstr(pat, "{?");
    close = grab ? strchr(grab, '}') : NULL;
    if (!close) {
        hit = strstr(text, pat);
        return hit ? hit + strlen(pat) : NULL;
    }
    *grab = 0;
    for (hit = text; (hit = strstr(hit, pat)); hit++) {
        const char *word = hit + strlen(pat);
        size_t n = strspn(word, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                "0123456789_");

        if (n && n < sizeof b->value[0] && b->n < MAX_BINDS
            && !strncmp(word + n, close + 1, strlen(close + 1))) {
            snprintf(b->name[b->n], sizeof b->name[0], "%.*s", (int)(close - grab - 2),
                     grab + 2);
            snprintf(b->value[b->n++], sizeof b->value[0], "%.*s", (int)n, word);
            return word + n + strlen(close + 1);
        }
    }
    return NULL;
}

/* s for a one-line message: control characters written as C escapes, so
 * that a FAIL line (and the result file) stays one line. */
static void one_line(char *s, size_t len)
{
    char copy[1024], *in = copy, *out = s;

    snprintf(copy, sizeof copy, "%s", s);
    for (; *in && out + 4 < s + len; in++)
        if (*in == '\n' || *in == '\r' || *in == '\t') {
            *out++ = '\\';
            *out++ = *in == '\n' ? 'n' : *in == '\r' ? 'r' : 't';
        } else
            *out++ = *in;
    *out = 0;
}

/* Each of `want` (n of them) in `text`, in order; the first missing one
 * (as it was looked for: into shown), or NULL when all are there. */
static const char *find_in_order(const char *text, char *const *want, int n,
                                 struct binds *b, char *shown, size_t len)
{
    int i;

    for (i = 0; i < n; i++) {
        const char *end = match(text, want[i], b);

        if (!end) {
            expand(shown, len, want[i], b);
            one_line(shown, len);
            return want[i];
        }
        text = end;
    }
    return NULL;
}

/* How many times `want` (its captured names filled in) is in `text`. */
static int count(const char *text, const char *want, const struct binds *b,
                 char *shown, size_t len)
{
    int n = 0;

    expand(shown, len, want, b);
    if (*shown)
        for (; (text = strstr(text, shown)); text += strlen(shown))
            n++;
    one_line(shown, len);
    return n;
}

static int judge(const struct spec *sp, const struct run *r, double timeout,
                 const char *image, char *why, size_t whylen)
{
    struct binds b = { 0 };
    char shown[1024];
    const char *missing;
    int i, n;

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
    if ((missing = find_in_order(r->out, sp->expect, sp->nexpect, &b, shown, sizeof shown))) {
        snprintf(why, whylen, "expected output \"%.400s\"%s not found", shown,
                 missing != sp->expect[0] ? " (after the previous expect)" : "");
        return 0;
    }
    if (find_in_order(r->raw, sp->expect_raw, sp->nexpect_raw, &b, shown, sizeof shown)) {
        snprintf(why, whylen, "expected raw bytes \"%.400s\" not found "
                 "(compared before removing \\r)", shown);
        return 0;
    }
    for (i = 0; i < sp->nexpect_not; i++)
        if (count(r->out, sp->expect_not[i], &b, shown, sizeof shown)) {
            snprintf(why, whylen, "unexpected output \"%.400s\"", shown);
            return 0;
        }
    for (i = 0; i < sp->nexpect_once; i++)
        if ((n = count(r->out, sp->expect_once[i], &b, shown, sizeof shown)) != 1) {
            snprintf(why, whylen, "expected \"%.400s\" once, found it %d times", shown, n);
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
 * insns-max: the run under tools/insncount.c (--count PLUGIN), which
 * notes the count of instructions when bench_begin and bench_end
 * (bench/programs/bench.h) first run.  Without -icount, unlike make run
 * COUNT=1: each core runs on its own host thread, as in every other test,
 * so a core that spins while the boot core works between the marks
 * executes, and counts, instructions there (test hart_sleep).  The
 * plugin's one counter takes every core's instructions; adds that race
 * can only lose counts.  Appends "-plugin PLUGIN,out=FILE,marks" to argv
 * (build_argv left room); 0 and why when it cannot.
 */
static int insns_argv(char **argv, const char *plugin, const char *image,
                      char *file, size_t filelen, char *why, size_t whylen)
{
    static const char *const marks[] = { "bench_begin", "bench_end" };
    char *arg;
    uint64_t addr;
    size_t n = 0, i, len;
    int fd;

    if (!plugin || !image) {
        snprintf(why, whylen, "insns-max: kitrun needs --count PLUGIN and a -kernel image");
        return 0;
    }
    len = strlen(plugin) + filelen + 128;
    if (!(arg = malloc(len)))
        die("out of memory");
    snprintf(file, filelen, "%s/kit-insns-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if ((fd = mkstemp(file)) < 0)
        die("%s: %s", file, strerror(errno));
    close(fd);
    snprintf(arg, len, "%s,out=%s", plugin, file);
    for (i = 0; i < 2; i++) {
        if (kit_elf_symbol(image, marks[i], &addr)) {
            snprintf(why, whylen, "insns-max: %s has no %s (bench/programs/bench.h)",
                     image, marks[i]);
            return 0;
        }
        snprintf(arg + strlen(arg), len - strlen(arg), ",%s=0x%llx", marks[i],
                 (unsigned long long)addr);
    }
    while (argv[n])
        n++;
    argv[n++] = "-plugin";
    argv[n++] = arg;
    argv[n] = NULL;
    return 1;
}

/* The plugin's count from bench_begin to bench_end against insns-max:
 * 1 when within it; the figure (or why there is none) into msg. */
static int insns_within(const struct spec *sp, const char *file, char *msg, size_t len)
{
    FILE *f = fopen(file, "r");
    unsigned long long v, begin = 0, end = 0;
    int have = 0;
    char name[64];

    if (f) {
        while (fscanf(f, "%63s %llu", name, &v) == 2) {
            if (!strcmp(name, "bench_begin"))
                begin = v, have |= 1;
            if (!strcmp(name, "bench_end"))
                end = v, have |= 2;
        }
        fclose(f);
    }
    if (have != 3) {
        snprintf(msg, len, "insns-max: the run never reached bench_begin and bench_end "
                 "(no count from the plugin)");
        return 0;
    }
    snprintf(msg, len, "%llu instructions from bench_begin to bench_end, every core's "
             "together; insns-max %llu", end - begin, sp->insns_max);
    return end - begin <= sp->insns_max;
}

/* Boot once under `sp` and report one PASS/FAIL line as `name`. */
static int run_one(const struct spec *sp, const char *name, char **cmd, int ncmd,
                   const char *image, double timeout, const char *log,
                   const char *log_mode, const char *result, const char *plugin)
{
    struct run r;
    char why[512], line[1024], count_file[4096] = "", counted[256] = "";
    char **argv = build_argv(cmd, ncmd, sp->qemu_extra);
    int ok;

    if (sp->insns_max && !insns_argv(argv, plugin, image, count_file,
                                     sizeof count_file, why, sizeof why)) {
        snprintf(line, sizeof line, "FAIL %s: %s", name, why);
        puts(line);
        append(result, line);
        return 0;
    }
    run_child(argv, sp, timeout, &r);
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
    if (*count_file) {
        int within = insns_within(sp, count_file, counted, sizeof counted);

        unlink(count_file);
        if (log) {              /* the figure, pass or fail */
            FILE *f = fopen(log, "a");

            if (f) {
                fprintf(f, "kitrun: %s\n", counted);
                fclose(f);
            }
        }
        if (ok && !within) {
            snprintf(why, sizeof why, "%.256s (a core that should sleep ran?)", counted);
            ok = 0;
        }
    }
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

/*
 * --symbolise ELF [--timeout S] [--ram-base A] [--ram-need A] [--count PLUGIN] --
 * command...: make run's way of booting.  The command's output passes
 * through as it comes (so prompts show), each fault report symbolised
 * right under its line, and the runner, which alone knows, says how the
 * run ended:
 *
 *   the program's own status        "kit: program exited with status N"
 *   no exit within S seconds        "kit: no exit within RUN_TIMEOUT=S s" (124)
 *   QEMU refused to start it        "kit: QEMU did not start the program: ..."
 *   the runner or QEMU failed       "kit: ..." naming it (125)
 *
 * so that no failure of QEMU or of the runner reaches the shell as the
 * program's status.  Before QEMU starts: the ARGS/ENV line (-append) must
 * close its quotes, and -m must leave the image room (--ram-base: where
 * the machine's RAM starts; the image's needs: kit_elf_ram_end; the
 * firmware's: --ram-need).  --count (make run COUNT=1): then how many
 * instructions the run executed (count_argv, below).
 */
#define RUN_FAILED 125

struct interactive {
    const char *elf;
    double timeout;             /* 0: none */
    uint64_t ram_base;          /* 0: not known */
    uint64_t ram_need;          /* RAM the firmware needs up to; 0: none */
    const char *count;          /* --count: the instruction counter plugin */
};

/* QEMU's -m value in bytes (its default unit is MiB), 0 when absent:
 * "-m 64M", "-m 1G", "-m 512", "-m size=64M,slots=2".  The last one counts. */
static uint64_t qemu_ram(char **cmd)
{
    uint64_t bytes = 0;
    int i;

    for (i = 0; cmd[i] && cmd[i + 1]; i++) {
        const char *v = cmd[i + 1];
        char *end;
        double n;

        if (strcmp(cmd[i], "-m"))
            continue;
        if (!strncmp(v, "size=", 5))
            v += 5;
        n = strtod(v, &end);
        switch (*end) {
        case 'k': case 'K': n *= 1024; break;
        case 'g': case 'G': n *= 1024.0 * 1024 * 1024; break;
        case 't': case 'T': n *= 1024.0 * 1024 * 1024 * 1024; break;
        default:  n *= 1024 * 1024; break;     /* M, or none */
        }
        bytes = (uint64_t)n;
    }
    return bytes;
}

/* What must hold before QEMU starts; 0, or a message into why. */
static int refuse(const struct interactive *o, char **cmd, char *why, size_t len)
{
    uint64_t ram = qemu_ram(cmd), need;
    int i, at;

    for (i = 0; cmd[i] && cmd[i + 1]; i++)
        if (!strcmp(cmd[i], "-append") && (at = kit_cmdline_check(cmd[i + 1])) >= 0) {
            snprintf(why, len, "ARGS/ENV: the quote %c at \"%.40s\" is never closed "
                     "(the kit splits the line as a shell would: docs/running.md)",
                     cmd[i + 1][at], cmd[i + 1] + at);
            return 1;
        }
    if (!o->ram_base || !ram || !(need = kit_elf_ram_end(o->elf)))
        return 0;
    if (need > o->ram_base + ram || o->ram_need > o->ram_base + ram) {
        snprintf(why, len, "%s needs RAM up to 0x%llx (%s), but -m gives this machine "
                 "0x%llx-0x%llx: nothing was run; give it more (QEMU_EXTRA=\"-m 128M\")",
                 o->elf, (unsigned long long)(need > o->ram_need ? need : o->ram_need),
                 need > o->ram_need ? "its heap's HEAP_MIN included" : "for the board's firmware",
                 (unsigned long long)o->ram_base, (unsigned long long)(o->ram_base + ram));
        return 1;
    }
    return 0;
}

/* Output to our stdout with each report line's symbols right under it:
 * whole lines as they end, a partial line (a prompt) at once. */
struct relay {
    char *line;                 /* the current line, \r removed */
    size_t len, cap;
    int printed;                /* the program printed anything */
};

static void relay_out(struct relay *r, const char *elf, const char *chunk, size_t n)
{
    size_t i, from = 0;

    r->printed |= n > 0;
    for (i = 0; i < n; i++) {
        if (r->len + 1 >= r->cap && !(r->line = realloc(r->line, r->cap = r->cap * 2 + 256)))
            die("out of memory");
        if (chunk[i] == '\r')
            continue;
        r->line[r->len++] = chunk[i];
        if (chunk[i] == '\n') {
            char *extra = kit_symbolise_line(r->line, r->len, elf);

            fwrite(chunk + from, 1, i + 1 - from, stdout);
            from = i + 1;
            if (extra) {
                fputs(extra, stdout);
                free(extra);
            }
            r->len = 0;
        }
    }
    fwrite(chunk + from, 1, n - from, stdout);
    fflush(stdout);
}

/* QEMU's own complaint among what it wrote to stderr: its first line
 * "qemu-system-...: ..." that is not a warning, into msg. */
static void qemu_complaint(const char *err, char *msg, size_t len)
{
    const char *p;

    for (p = err; *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : p + strlen(p))
        if (!strncmp(p, "qemu", 4) && strstr(p, ": ") && strncmp(strstr(p, ": "), ": warning", 9)
            && !strstr(p, "terminating on signal")) {
            snprintf(msg, len, "%.*s", (int)strcspn(p, "\n"), p);
            return;
        }
    *msg = 0;
}

/* fork and exec cmd with its stdout and stderr into pipes; the exec's
 * failure (errno) comes back through a pipe that the exec closes. */
static pid_t start(char **cmd, int out[2], int err[2])
{
    int ex[2], e;
    pid_t pid;

    if (pipe(out) || pipe(err) || pipe2(ex, O_CLOEXEC))
        die("pipe: %s", strerror(errno));
    pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(out[0]);
        close(err[0]);
        close(ex[0]);
        execvp(cmd[0], cmd);
        e = errno;
        if (write(ex[1], &e, sizeof e) < 0)
            _exit(127);
        _exit(127);
    }
    close(out[1]);
    close(err[1]);
    close(ex[1]);
    if (read(ex[0], &e, sizeof e) == (ssize_t)sizeof e) {
        waitpid(pid, NULL, 0);
        fprintf(stderr, "kit: cannot start %s: %s\n", cmd[0], strerror(e));
        exit(RUN_FAILED);
    }
    close(ex[0]);
    return pid;
}

/*
 * COUNT=1 (--count PLUGIN): the run under tools/insncount.c, which counts
 * every guest instruction QEMU executes and notes the count where the
 * image's marks start (main, _exit, and bench/programs/bench.h's two).
 * -icount shift=0 ties the guest's time to its instructions, so the same
 * image counts the same every run.
 */
static const char *const count_marks[] = { "main", "_exit", "bench_begin", "bench_end" };
#define N_MARKS (sizeof count_marks / sizeof *count_marks)

/* cmd plus "-icount shift=0 -plugin PLUGIN,out=FILE,NAME=ADDRESS..." (no
 * -icount of ours when the command has one already). */
static char **count_argv(const struct interactive *o, char **cmd, const char *out)
{
    size_t n = 0, i, len = strlen(o->count) + strlen(out) + 16 + N_MARKS * 48;
    char **argv, *arg = malloc(len);
    int icount = 0;
    uint64_t addr;

    while (cmd[n])
        icount |= !strcmp(cmd[n++], "-icount");
    if (!arg || !(argv = calloc(n + 5, sizeof *argv)))
        die("out of memory");
    memcpy(argv, cmd, n * sizeof *argv);
    snprintf(arg, len, "%s,out=%s", o->count, out);
    for (i = 0; i < N_MARKS; i++)
        if (!kit_elf_symbol(o->elf, count_marks[i], &addr))
            snprintf(arg + strlen(arg), len - strlen(arg), ",%s=0x%llx", count_marks[i],
                     (unsigned long long)addr);
    if (!icount) {
        argv[n++] = "-icount";
        argv[n++] = "shift=0";
    }
    argv[n++] = "-plugin";
    argv[n++] = arg;
    return argv;
}

/* The plugin's counts ("NAME COUNT" lines, "total COUNT"), as one line. */
static void say_count(const char *file)
{
    FILE *f = fopen(file, "r");
    unsigned long long at[N_MARKS], total = 0, v;
    int have[N_MARKS] = { 0 }, got_total = 0;
    char name[64];
    size_t i;

    if (!f)
        return;
    while (fscanf(f, "%63s %llu", name, &v) == 2) {
        got_total |= !strcmp(name, "total") && (total = v, 1);
        for (i = 0; i < N_MARKS; i++)
            if (!strcmp(name, count_marks[i]))
                have[i] = 1, at[i] = v;
    }
    fclose(f);
    if (!got_total)
        return;
    fprintf(stderr, "kit: %llu instructions", total);
    if (have[0])
        fprintf(stderr, ": %llu before main", at[0]);
    if (have[0] && have[1])
        fprintf(stderr, ", %llu from main to _exit", at[1] - at[0]);
    if (have[2] && have[3])
        fprintf(stderr, ", %llu from bench_begin to bench_end", at[3] - at[2]);
    fprintf(stderr, " (COUNT=1: exact, QEMU's TCG plugin under -icount)\n");
}

static int run_interactive(const struct interactive *o, char **cmd)
{
    struct relay r = { 0 };
    char chunk[4096], why[1024], errtext[4096] = "", msg[512], count_file[4096] = "";
    size_t errlen = 0;
    int out[2], err[2], open_out = 1, open_err = 1, status, timed_out = 0;
    double deadline = o->timeout > 0 ? now() + o->timeout : 0, killed_at = 0;
    pid_t pid;

    if (refuse(o, cmd, why, sizeof why)) {
        fprintf(stderr, "kit: %s\n", why);
        return RUN_FAILED;
    }
    if (o->count) {
        int fd;

        snprintf(count_file, sizeof count_file, "%s/kit-count-XXXXXX",
                 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
        if ((fd = mkstemp(count_file)) < 0)
            die("%s: %s", count_file, strerror(errno));
        close(fd);
        cmd = count_argv(o, cmd, count_file);
    }
    signal(SIGPIPE, SIG_IGN);
    pid = start(cmd, out, err);
    while (open_out || open_err) {
        struct pollfd p[2] = { { open_out ? out[0] : -1, POLLIN, 0 },
                               { open_err ? err[0] : -1, POLLIN, 0 } };
        int wait_ms = -1;
        ssize_t n;

        /* The time limit: SIGTERM (QEMU stops cleanly), SIGKILL 5 s later.
         * QEMU stays in the terminal's process group: it may read it. */
        if (deadline) {
            double t = now();

            if (!timed_out && t >= deadline) {
                timed_out = 1;
                killed_at = t;
                kill(pid, SIGTERM);
            } else if (timed_out && t >= killed_at + 5) {
                kill(pid, SIGKILL);
            }
            wait_ms = (int)(((timed_out ? killed_at + 5 : deadline) - t) * 1000) + 1;
            if (wait_ms < 1)
                wait_ms = 1;
        }
        if (poll(p, 2, wait_ms) <= 0)
            continue;
        if (p[0].revents) {
            n = read(out[0], chunk, sizeof chunk);
            if (n <= 0)
                open_out = 0;
            else
                relay_out(&r, o->elf, chunk, (size_t)n);
        }
        if (p[1].revents) {
            n = read(err[0], chunk, sizeof chunk);
            if (n <= 0) {
                open_err = 0;
            } else {
                fwrite(chunk, 1, (size_t)n, stderr);
                if (errlen + (size_t)n < sizeof errtext) {
                    memcpy(errtext + errlen, chunk, (size_t)n);
                    errtext[errlen += (size_t)n] = 0;
                }
            }
        }
    }
    free(r.line);
    close(out[0]);
    close(err[0]);
    if (waitpid(pid, &status, 0) < 0)
        die("waitpid: %s", strerror(errno));
    if (*count_file) {
        say_count(count_file);
        unlink(count_file);
    }
    if (timed_out) {
        fprintf(stderr, "kit: no exit within RUN_TIMEOUT=%g s: stopped %s\n", o->timeout, o->elf);
        return 124;
    }
    if (WIFSIGNALED(status)) {
        fprintf(stderr, "kit: QEMU was killed by signal %d (%s): the program did not finish\n",
                WTERMSIG(status), strsignal(WTERMSIG(status)));
        return RUN_FAILED;
    }
    status = WEXITSTATUS(status);
    qemu_complaint(errtext, msg, sizeof msg);
    if (status && *msg) {
        fprintf(stderr, "kit: QEMU %s the program: %s\n",
                r.printed ? "stopped" : "did not start", msg);
        return RUN_FAILED;
    }
    if (status)
        fprintf(stderr, "kit: program exited with status %d\n", status);
    return status;
}

/* --feed FILE: the file as console input, then the end of it. */
#define KIT_EOT   0x04
#define KIT_LNEXT 0x16

static int feed(const char *file)
{
    FILE *in = fopen(file, "rb");
    int c;

    if (!in)
        die("%s: %s", file, strerror(errno));
    while ((c = getc(in)) != EOF) {
        if (c == KIT_EOT || c == KIT_LNEXT)
            putchar(KIT_LNEXT);
        putchar(c);
    }
    fclose(in);
    putchar(KIT_EOT);
    putchar(KIT_EOT);
    return fflush(stdout) ? 1 : 0;
}

/* The command line, outside the command after "--". */
#define MAX_DEFINES 16

struct options {
    const char *spec_file, *name, *log, *result, *junit, *title;
    const char *count;              /* --count PLUGIN: for insns-max: */
    char *defines[MAX_DEFINES];     /* --define name=value */
    int ndefines;
    struct where where;
    double timeout;
    int select, skip_only, summary;
    int first_arg;      /* argv index after the options ("--" or the files) */
};

static const char usage[] =
    "usage: kitrun --spec FILE --name N [WHERE] [--timeout S] [--log F] [--result F]\n"
    "              [--count PLUGIN] -- command...\n"
    "       kitrun --spec FILE --name N [WHERE] --result F --skip-only\n"
    "       kitrun --select [WHERE] spec.c...\n"
    "       kitrun --summary [--junit FILE] [--title T] DIR...\n"
    "       kitrun --symbolise ELF [--timeout S] [--ram-base A] [--ram-need A] [--count PLUGIN]\n"
    "              -- command...\n"
    "       kitrun --frames GUARD [--dynamic] FILE.su...\n"
    "       kitrun --feed FILE\n"
    "WHERE: --arch A --board B --libc L --caps 'C...' --scope 'arch' --focus 'C...'\n"
    "       --define name=value (the value of {name} in expectations)";

/* The option argv[i], with its value v; 0 when it is no option of ours. */
static int take_option(struct options *o, const char *opt, const char *v)
{
    static const struct { const char *opt; size_t off; } str[] = {
        { "--spec", offsetof(struct options, spec_file) },
        { "--name", offsetof(struct options, name) },
        { "--log", offsetof(struct options, log) },
        { "--result", offsetof(struct options, result) },
        { "--junit", offsetof(struct options, junit) },
        { "--title", offsetof(struct options, title) },
        { "--count", offsetof(struct options, count) },
        { "--arch", offsetof(struct options, where.arch) },
        { "--board", offsetof(struct options, where.board) },
        { "--libc", offsetof(struct options, where.libc) },
        { "--caps", offsetof(struct options, where.caps) },
        { "--scope", offsetof(struct options, where.scopes) },
        { "--focus", offsetof(struct options, where.focus) },
    };
    size_t k;

    for (k = 0; k < sizeof str / sizeof str[0]; k++)
        if (!strcmp(opt, str[k].opt)) {
            *(const char **)((char *)o + str[k].off) = v;
            return 1;
        }
    if (!strcmp(opt, "--define")) {
        if (!strchr(v, '=') || o->ndefines == MAX_DEFINES)
            die("--define %s: name=value, at most %d of them", v, MAX_DEFINES);
        o->defines[o->ndefines++] = (char *)v;
        return 1;
    }
    if (!strcmp(opt, "--timeout")) {
        o->timeout = atof(v);
        if (o->timeout <= 0)
            die("--timeout %s: a number of seconds above 0", v);
        return 1;
    }
    return 0;
}

static void parse_options(struct options *o, int argc, char **argv)
{
    int i;

    o->timeout = 60;
    for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
        if (!strcmp(argv[i], "--select"))
            o->select = 1;
        else if (!strcmp(argv[i], "--skip-only"))
            o->skip_only = 1;
        else if (!strcmp(argv[i], "--summary"))
            o->summary = 1;
        else if (strncmp(argv[i], "--", 2))
            break;              /* the files of --select and --summary */
        else if (i + 1 >= argc)
            die("option %s needs a value\n%s", argv[i], usage);
        else if (take_option(o, argv[i], argv[i + 1]))
            i++;
        else
            die("unknown option %s\n%s", argv[i], usage);
    }
    o->first_arg = i;
}

/* --select: print each spec file that applies where we are. */
static int select_specs(const struct options *o, int argc, char **argv)
{
    int i;

    for (i = o->first_arg; i < argc; i++) {
        struct spec sp = { .defines = o->defines, .ndefines = o->ndefines,
                           .caps = o->where.caps };
        char why[256];

        spec_read(&sp, argv[i]);
        if (spec_applies(&sp, &o->where, why, sizeof why))
            puts(argv[i]);
    }
    return 0;
}

/* A SKIP line: the test does not apply here (or --skip-only). */
static int skip(const struct options *o, const char *why)
{
    char line[1024];

    snprintf(line, sizeof line, "SKIP %s (%s)", o->name, why);
    puts(line);
    append(o->result, line);
    return 0;
}

/* Boot the command once, or once per case: line. */
static int run_spec(const struct options *o, const struct spec *sp, char **cmd, int ncmd)
{
    const char *image = NULL;
    int j, ok = 1;

    for (j = 0; j + 1 < ncmd; j++)
        if (!strcmp(cmd[j], "-kernel"))
            image = cmd[j + 1];     /* named in a timeout message */
    if (!sp->ncases)
        return run_one(sp, o->name, cmd, ncmd, image, o->timeout, o->log, "w",
                       o->result, o->count) ? 0 : 1;
    for (j = 0; j < sp->ncases; j++) {
        struct spec one;
        char label[256], name[1024];

        spec_case(sp, j, &one, label, sizeof label, o->spec_file);
        snprintf(name, sizeof name, "%s[%s]", o->name, label);
        ok &= run_one(&one, name, cmd, ncmd, image, o->timeout, o->log, j ? "a" : "w",
                      o->result, o->count);
    }
    return ok ? 0 : 1;
}

/*
 * --frames GUARD [--dynamic] FILE.su...: the build's check for frames the
 * stack guard cannot catch (mk/stack.mk: RISC-V, where GCC probes no fixed
 * frame).  Each -fstack-usage line is "file.c:line:col:function<TAB>bytes
 * <TAB>static|dynamic[,bounded]"; every static frame larger than the guard
 * (and with --dynamic, every VLA or alloca: the guard is below GCC's
 * 4 KiB probe interval) is named, with what to do.  A warning: exit 0.
 */
static int frames_main(int argc, char **argv)
{
    unsigned long guard = strtoul(argv[2], NULL, 0), next;
    int i = 3, dynamic = 0;

    if (i < argc && !strcmp(argv[i], "--dynamic"))
        dynamic = 1, i++;
    for (; i < argc; i++) {
        FILE *f = fopen(argv[i], "r");
        char line[1024], where[900], kind[64];
        unsigned long bytes;

        if (!f)
            continue;           /* no such object: nothing to say */
        while (fgets(line, sizeof line, f)) {
            char *fn;

            if (sscanf(line, "%899[^\t]\t%lu\t%63s", where, &bytes, kind) != 3
                || !(fn = strrchr(where, ':')))
                continue;
            *fn++ = 0;
            *strrchr(where, ':') = 0;           /* the column */
            fn[strcspn(fn, ".")] = 0;           /* GCC's clones: big.constprop.0 */
            if (!strncmp(kind, "dynamic", 7) && dynamic)
                fprintf(stderr, "kit: %s: %s() has a VLA or alloca, which GCC probes only "
                        "every 4 KiB, more than the %lu-byte stack guard: a large one can "
                        "step over the guard unseen.  Bound it, or use malloc\n",
                        where, fn, guard);
            if (!strcmp(kind, "static") && bytes > guard) {
                for (next = guard; next < bytes; next *= 2)
                    ;
                fprintf(stderr, "kit: %s: %s() takes %lu bytes of stack in one frame, more "
                        "than the %lu-byte stack guard: near the stack's end it can step "
                        "over the guard and write below it unseen (GCC does not probe "
                        "RISC-V frames).  Make its array static or malloc it, or grow the "
                        "guard: STACK_GUARD=%lu (BOARD_STACK_GUARD in a board file)\n",
                        where, fn, bytes, guard, next);
            }
        }
        fclose(f);
    }
    return 0;
}

/* kitrun --symbolise ELF [--timeout S] [--ram-base A] [--ram-need A] [--count PLUGIN]
 *        -- command... */
static int interactive_main(int argc, char **argv)
{
    struct interactive o = { argv[2], 0, 0, 0, NULL };
    int i;

    for (i = 3; i + 1 < argc && strcmp(argv[i], "--"); i += 2) {
        char *end;

        if (!strcmp(argv[i], "--timeout")) {
            o.timeout = strtod(argv[i + 1], &end);
            if (*end || !(o.timeout > 0))
                die("--timeout %s: a number of seconds above 0", argv[i + 1]);
        } else if (!strcmp(argv[i], "--ram-base") || !strcmp(argv[i], "--ram-need")) {
            *(argv[i][6] == 'b' ? &o.ram_base : &o.ram_need) = strtoull(argv[i + 1], &end, 0);
            if (*end)
                die("%s %s: an address", argv[i], argv[i + 1]);
        } else if (!strcmp(argv[i], "--count")) {
            o.count = argv[i + 1];
        } else {
            die("unknown option %s\n%s", argv[i], usage);
        }
    }
    if (i + 1 >= argc || strcmp(argv[i], "--"))
        die("%s", usage);
    return run_interactive(&o, argv + i + 1);
}

int main(int argc, char **argv)
{
    struct options o = { 0 };
    struct spec sp = { 0 };
    char why[512];

    if (argc > 2 && !strcmp(argv[1], "--symbolise"))
        return interactive_main(argc, argv);
    if (argc > 2 && !strcmp(argv[1], "--frames"))
        return frames_main(argc, argv);
    if (argc == 3 && !strcmp(argv[1], "--feed"))
        return feed(argv[2]);
    parse_options(&o, argc, argv);
    if (o.summary)
        return kit_summary(o.title, o.junit, argv + o.first_arg, argc - o.first_arg);
    if (o.select)
        return select_specs(&o, argc, argv);
    if (!o.spec_file || (!o.skip_only && o.first_arg >= argc - 1))
        die("%s", usage);
    if (!o.name)
        o.name = o.spec_file;
    sp.defines = o.defines;
    sp.ndefines = o.ndefines;
    sp.caps = o.where.caps;
    spec_read(&sp, o.spec_file);
    if (!spec_applies(&sp, &o.where, why, sizeof why))
        return skip(&o, why);
    if (o.skip_only)
        die("%s applies to %s: --skip-only was given for a test that should run",
            o.spec_file, o.name);
    return run_spec(&o, &sp, argv + o.first_arg + 1, argc - o.first_arg - 1);
}
