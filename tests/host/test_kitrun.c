/*
 * Host tests of the test runner itself (tests/runner/kitrun.c): a runner
 * that passed everything would make every boot test worthless.  Each case
 * writes a small spec file, runs kitrun on a stand-in for QEMU (/bin/sh
 * printing what a program would) and checks the verdict line.
 *
 *   test_kitrun <path to kitrun>
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
static const char *kitrun;
static char dir[] = "/tmp/kitrun-test-XXXXXX";

/* Run kitrun on `spec` (the kit-test block) with `script` as the program;
 * return its first output line (static buffer). */
static const char *verdict_tail(const char *spec, const char *script,
                               const char *opts, const char *tail);

static const char *verdict(const char *spec, const char *script, const char *opts)
{
    return verdict_tail(spec, script, opts, "");
}

/* As verdict, with `tail` after the program's arguments (the stand-in's
 * "-kernel ELF", as QEMU's command line has it). */
static const char *verdict_tail(const char *spec, const char *script,
                               const char *opts, const char *tail)
{
    static char line[1024];
    char path[256], cmd[2048];
    FILE *f;

    snprintf(path, sizeof path, "%s/spec.c", dir);
    f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(2);
    }
    fprintf(f, "/* kit-test: %s */\n", spec);
    fclose(f);
    snprintf(cmd, sizeof cmd, "%s --spec %s --name t %s --timeout 5 -- /bin/sh -c '%s' %s",
             kitrun, path, opts, script, tail);
    f = popen(cmd, "r");
    if (!f || !fgets(line, sizeof line, f))
        snprintf(line, sizeof line, "(no output)");
    if (f)
        pclose(f);
    line[strcspn(line, "\n")] = 0;
    return line;
}

static void expect(const char *name, const char *got, const char *want_prefix)
{
    if (!strncmp(got, want_prefix, strlen(want_prefix)))
        printf("PASS host/kitrun: %s\n", name);
    else {
        printf("FAIL host/kitrun: %s: got \"%s\", want \"%s...\"\n", name, got, want_prefix);
        failures++;
    }
}

/* The symbol value of `name` in `elf` (host nm), or 0 */
static unsigned long symbol(const char *elf, const char *name)
{
    char cmd[1024], line[256];
    unsigned long v = 0;
    FILE *f;

    snprintf(cmd, sizeof cmd, "nm %s", elf);
    if (!(f = popen(cmd, "r")))
        return 0;
    while (fgets(line, sizeof line, f)) {
        char type, sym[200];
        unsigned long a;

        if (sscanf(line, "%lx %c %199s", &a, &type, sym) == 3
            && (type == 'T' || type == 't') && !strcmp(sym, name))
            v = a;
    }
    pclose(f);
    return v;
}

/* A fault report's pc/ra get function+offset from the -kernel ELF's
 * symbol table (kitrun itself stands in for the image: an ELF64 with a
 * main; no cross addr2line for its machine, so no file:line).  The report
 * lines are what boot/fault.c prints. */
static void symbolisation(void)
{
    char spec[256], script[256], tail[512];
    unsigned long m = symbol(kitrun, "main");

    if (!m) {
        printf("FAIL host/kitrun: no main in %s's symbols (nm)\n", kitrun);
        failures++;
        return;
    }
    snprintf(spec, sizeof spec, "t\n * expect:   pc: main+0x4\n * expect:   ra: main+0x0");
    snprintf(script, sizeof script,
             "printf \"kit: hart 0: x\\r\\n  pc 0x%016lx ra 0x%016lx sp 0x0\\r\\n\"",
             m + 4, m);
    snprintf(tail, sizeof tail, "-kernel %s", kitrun);
    expect("a fault report's pc and ra are named from the ELF",
           verdict_tail(spec, script, "", tail), "PASS");
    expect("without the ELF nothing is named",
           verdict(spec, script, ""), "FAIL t: expected output");
}

/* make run's mode: output passes through, named under a report, and the
 * status is the program's. */
static void symbolise_mode(void)
{
    char cmd[1024], out[4096];
    unsigned long m = symbol(kitrun, "main");
    size_t n;
    int status;
    FILE *f;

    snprintf(cmd, sizeof cmd, "%s --symbolise %s -- /bin/sh -c "
             "'printf \"hi\\n  pc 0x%lx ra 0x0 sp 0x0\\n\"; exit 3'",
             kitrun, kitrun, m + 8);
    if (!(f = popen(cmd, "r")))
        return;
    n = fread(out, 1, sizeof out - 1, f);
    out[n] = 0;
    status = pclose(f);
    expect("--symbolise passes output on and names pc",
           strstr(out, "hi\n  pc 0x") && strstr(out, "  pc: main+0x8") ? "PASS" : out, "PASS");
    expect("--symbolise exits with the program's status",
           WIFEXITED(status) && WEXITSTATUS(status) == 3 ? "PASS" : "wrong status", "PASS");
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_kitrun path/to/kitrun\n");
        return 2;
    }
    kitrun = argv[1];
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }

    expect("matching output and status pass",
           verdict("t\n * expect: hello\n * expect-exit: 3", "echo hello; exit 3", ""), "PASS");
    expect("a wrong status fails",
           verdict("t\n * expect: hello\n * expect-exit: 3", "echo hello; exit 4", ""),
           "FAIL t: exit status 4, expected 3");
    expect("missing output fails",
           verdict("t\n * expect: hello", "echo help", ""), "FAIL t: expected output");
    expect("expect is ordered",
           verdict("t\n * expect: b\n * expect: a", "echo a; echo b", ""), "FAIL");
    expect("expect compares without \\r",
           verdict("t\n * expect: a\\nb", "printf \"a\\r\\nb\\r\\n\"", ""), "PASS");
    expect("expect-raw sees the \\r",
           verdict("t\n * expect-raw: a\\r\\nb", "printf \"a\\r\\nb\\r\\n\"", ""), "PASS");
    expect("expect-raw fails without the \\r",
           verdict("t\n * expect-raw: a\\r\\nb", "printf \"a\\nb\\n\"", ""), "FAIL");
    expect("expect-not is unescaped like expect",
           verdict("t\n * expect-not: x\\ty", "printf \"x\\ty\\n\"", ""), "FAIL t: unexpected");
    expect("a hang is a failure with a message",
           verdict("t", "sleep 30", "--timeout 1"), "FAIL t: timed out");
    expect("archs: skips another architecture",
           verdict("t\n * archs: riscv64", "exit 1", "--arch aarch64"), "SKIP");
    expect("boards: skips another board",
           verdict("t\n * boards: virt-rv64", "exit 1", "--board raspi3b"), "SKIP");
    expect("a listed board runs",
           verdict("t\n * boards: virt-rv64 raspi3b", "exit 1", "--board raspi3b"), "FAIL");
    expect("each case boots with its own stdin and status",
           verdict("t\n * case: one | stdin: 5\\n | expect-exit: 5",
                   "read x; exit $x", ""), "PASS t[one]");
    expect("a failing case is reported by its label",
           verdict("t\n * case: two | stdin: 6\\n | expect-exit: 5",
                   "read x; exit $x", ""), "FAIL t[two]");

    symbolisation();
    symbolise_mode();

    snprintf(dir + strlen(dir), 16, "/spec.c");
    unlink(dir);
    dir[strlen(dir) - 7] = 0;
    rmdir(dir);
    return failures ? 1 : 0;
}
