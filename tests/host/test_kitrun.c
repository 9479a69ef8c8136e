/*
 * Host tests of the test runner itself (tools/runner/kitrun.c): a runner
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

    /* One write holding the report line and the next: the names go
     * between them, never into the next line. */
    snprintf(cmd, sizeof cmd, "%s --symbolise %s -- /bin/sh -c "
             "'printf \"hi\\n  pc 0x%lx ra 0x0 sp 0x0\\nnext line\\n\"; exit 3' 2>&1",
             kitrun, kitrun, m + 8);
    if (!(f = popen(cmd, "r")))
        return;
    n = fread(out, 1, sizeof out - 1, f);
    out[n] = 0;
    status = pclose(f);
    expect("--symbolise passes output on and names pc",
           strstr(out, "hi\n  pc 0x") && strstr(out, "  pc: main+0x8") ? "PASS" : out, "PASS");
    expect("--symbolise puts the names right under their line",
           strstr(out, "sp 0x0\n  pc: main+0x8") && strstr(out, "  ra: ")
           && strstr(out, "next line\n") > strstr(out, "  ra: ") ? "PASS" : out, "PASS");
    expect("--symbolise exits with the program's status, and says it",
           WIFEXITED(status) && WEXITSTATUS(status) == 3
           && strstr(out, "kit: program exited with status 3\n") ? "PASS" : out, "PASS");
}

/* The output of a shell command (static buffer), and its exit status. */
static const char *output(const char *cmd, int *status)
{
    static char out[8192];
    size_t n = 0;
    FILE *f = popen(cmd, "r");

    out[0] = 0;
    if (!f)
        return out;
    n = fread(out, 1, sizeof out - 1, f);
    out[n] = 0;
    *status = pclose(f);
    *status = WIFEXITED(*status) ? WEXITSTATUS(*status) : -1;
    return out;
}

/* make run's verdicts: the runner's own failures, a timeout and QEMU's
 * refusal are never the program's status; what cannot work is refused
 * before the command starts. */
static void verdicts(void)
{
    static const struct { const char *name, *args, *want; int status; } cases[] = {
        { "a timeout is 124, and said", "--timeout 1 -- /bin/sh -c 'sleep 30'",
          "kit: no exit within RUN_TIMEOUT=1 s", 124 },
        { "a program's own exit 124 is its status", "--timeout 20 -- /bin/sh -c 'exit 124'",
          "kit: program exited with status 124", 124 },
        { "QEMU's refusal is named, not the program's status",
          "-- /bin/sh -c 'echo \"qemu-system-x: warning: w\" >&2; "
          "echo \"qemu-system-x: Some ROM regions are overlapping\" >&2; exit 1'",
          "kit: QEMU did not start the program: qemu-system-x: Some ROM regions", 125 },
        { "a command that cannot start is the runner's failure",
          "-- /nonexistent/qemu-system-x", "kit: cannot start /nonexistent/qemu-system-x", 125 },
        { "ARGS with a quote never closed are refused",
          "-- /bin/sh -c 'echo ran' sh -append \"a 'b c\"",
          "kit: ARGS/ENV: the quote ' at \"'b c\" is never closed", 125 },
        { "ARGS with closed quotes run", "-- /bin/sh -c 'exit 0' sh -append \"a 'b c'\"",
          "", 0 },
    };
    char cmd[1024];
    const char *out;
    size_t i;
    int status;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(cmd, sizeof cmd, "%s --symbolise %s %s 2>&1", kitrun, kitrun, cases[i].args);
        out = output(cmd, &status);
        expect(cases[i].name, status == cases[i].status && strstr(out, cases[i].want)
               && (cases[i].status || !strstr(out, "ran")) ? "PASS" : out, "PASS");
    }
}

/* The build's check of frames wider than the guard (kitrun --frames). */
static void frames(void)
{
    char su[300], cmd[1024];
    const char *out;
    int status;
    FILE *f;

    snprintf(su, sizeof su, "%s/x.su", dir);
    if (!(f = fopen(su, "w")))
        return;
    fprintf(f, "p.c:3:5:small\t64\tstatic\np.c:9:12:big.constprop.0\t5648\tstatic\n"
               "p.c:20:5:vla\t32\tdynamic\n");
    fclose(f);
    snprintf(cmd, sizeof cmd, "%s --frames 4096 %s 2>&1", kitrun, su);
    out = output(cmd, &status);
    expect("--frames names a frame wider than the guard, and how to grow it",
           !status && strstr(out, "kit: p.c:9: big() takes 5648 bytes") &&
           strstr(out, "STACK_GUARD=8192") && !strstr(out, "small") && !strstr(out, "vla")
           ? "PASS" : out, "PASS");
    snprintf(cmd, sizeof cmd, "%s --frames 2048 --dynamic %s 2>&1", kitrun, su);
    out = output(cmd, &status);
    expect("--frames --dynamic names a VLA too (a guard below 4 KiB)",
           strstr(out, "kit: p.c:20: vla() has a VLA or alloca") ? "PASS" : out, "PASS");
    unlink(su);
}

/* Capabilities and scopes: needs:, !needs:, scope: and a variant's focus
 * decide where a test runs. */
static void selection(void)
{
    static const struct { const char *name, *spec, *where, *want; } cases[] = {
        { "needs: runs where the board has it", "t\n * needs: smp timer",
          "--caps 'riscv64 smp timer'", "FAIL t: exit" },
        { "needs: skips where the board lacks one", "t\n * needs: smp timer",
          "--caps 'riscv64 smp'", "SKIP t (needs timer)" },
        { "needs: !x skips where the board has x", "t\n * needs: !timer",
          "--caps 'aarch64 timer'", "SKIP t (needs !timer)" },
        { "needs: !x runs where the board lacks x", "t\n * needs: !timer",
          "--caps 'aarch64'", "FAIL t: exit" },
        { "scope: arch skips a board that is not its architecture's own",
          "t\n * scope: arch", "--caps 'x' --scope ''", "SKIP t (scope arch" },
        { "scope: arch runs on the architecture's own board",
          "t\n * scope: arch", "--caps 'x' --scope 'arch'", "FAIL t: exit" },
        { "a variant runs what needs what it adds",
          "t\n * needs: vector", "--caps 'x vector' --focus 'vector' --scope ''", "FAIL t: exit" },
        { "a variant runs what exercises what it adds, scope or not",
          "t\n * scope: arch\n * exercises: vector",
          "--caps 'x vector' --focus 'vector' --scope ''", "FAIL t: exit" },
        { "a variant skips what tests nothing it adds",
          "t", "--caps 'x gicv3' --focus 'gicv3' --scope 'arch'", "SKIP t (tests none" },
        { "{name} in an expectation is the --define value",
          "t\n * expect: hart {boot_hart}: x\n * expect-exit: 1", "--define boot_hart=1", "PASS" },
        { "... so another board's value fails",
          "t\n * expect: hart {boot_hart}: x", "--define boot_hart=0", "FAIL t: expected output" },
        { "an unknown {name} is an error, not a verdict",
          "t\n * expect: hart {hart}: x", "--define boot_hart=1", "(no output)" },
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect(cases[i].name, verdict(cases[i].spec, "echo hart 1: x; exit 1", cases[i].where),
               cases[i].want);
}

/* expect[caps]: applies only where the board has every capability listed;
 * expect-once: exactly one; {?name}: a word of the output, named. */
static void conditional_and_counted(void)
{
    static const struct { const char *name, *spec, *script, *where, *want; } cases[] = {
        { "expect[caps] applies where the board has every one",
          "t\n * expect[riscv64 mmode]: hart 1: x (M-mode)", "echo hart 1: x; exit 0",
          "--caps 'riscv64 mmode smp'", "FAIL t: expected output \"hart 1: x (M-mode)\"" },
        { "expect[caps] is dropped where one is missing",
          "t\n * expect[riscv64 smode]: hart 1: x (S-mode)", "echo hart 1: x; exit 0",
          "--caps 'riscv64 mmode smp'", "PASS" },
        { "expect[!caps] applies where the board lacks it",
          "t\n * expect[!smode]: y", "echo x; exit 0", "--caps 'mmode'", "FAIL t: expected" },
        { "without --caps no expect[caps] line applies",
          "t\n * expect[mmode]: y", "echo x; exit 0", "", "PASS" },
        { "expect-not[caps] applies where the board has it",
          "t\n * expect-not[mmode]: x", "echo x; exit 0", "--caps 'mmode'", "FAIL t: unexpected" },
        { "expect-not[caps] is dropped elsewhere",
          "t\n * expect-not[mmode]: x", "echo x; exit 0", "--caps 'smode'", "PASS" },
        { "a case's fields take [caps] too",
          "t\n * case: c | expect[smode]: y", "echo x; exit 0", "--caps 'smode'", "FAIL t[c]" },
        { "[caps] on a key other than expect's is an error",
          "t\n * needs[smode]: x", "exit 0", "--caps 'smode'", "(no output)" },
        { "expect-once passes on exactly one",
          "t\n * expect-once: kit:", "echo kit: a; exit 0", "", "PASS" },
        { "expect-once fails on two",
          "t\n * expect-once: kit:", "echo kit: a kit: b; exit 0", "",
          "FAIL t: expected \"kit:\" once, found it 2 times" },
        { "expect-once fails on none",
          "t\n * expect-once: kit:", "echo a; exit 0", "", "FAIL t: expected \"kit:\" once, found it 0" },
        { "{?name} captures a word that a later {name} must repeat",
          "t\n * expect: on hart {?h}\n * expect: kit: hart {h}: x",
          "echo on hart 3; echo kit: hart 3: x; exit 0", "", "PASS" },
        { "... so another word there fails",
          "t\n * expect: on hart {?h}\n * expect: kit: hart {h}: x",
          "echo on hart 3; echo kit: hart 2: x; exit 0", "",
          "FAIL t: expected output \"kit: hart 3: x\"" },
        { "{?name} needs the text after it right after the word",
          "t\n * expect: hart {?h}: x", "echo hart 3 x; exit 0", "", "FAIL t: expected" },
        { "expect-not and expect-once see a captured {name}",
          "t\n * expect: on hart {?h}\n * expect-once: kit: hart {h}",
          "echo on hart 3; echo kit: hart 3 kit: hart 3; exit 0", "",
          "FAIL t: expected \"kit: hart 3\" once, found it 2" },
        { "{?name} only in expect: lines",
          "t\n * expect-not: hart {?h}", "exit 0", "", "(no output)" },
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect(cases[i].name, verdict(cases[i].spec, cases[i].script, cases[i].where),
               cases[i].want);
}

/* The marks insns-max counts between (bench/programs/bench.h), so that
 * this program's own ELF stands in for an image that has them. */
__attribute__((noipa, used)) static void bench_begin(void) { __asm__ volatile(""); }
__attribute__((noipa, used)) static void bench_end(void) { __asm__ volatile(""); }

/* insns-max: kitrun adds "-plugin PLUGIN,out=FILE,marks" to the command
 * (--count PLUGIN); the stand-in writes the plugin's lines into FILE. */
static void insns_max(void)
{
    static const struct { const char *name, *spec, *counts, *opts, *want; } cases[] = {
        { "insns-max passes a count within it",
          "t\n * insns-max: 100", "bench_begin 10\nbench_end 110\n", "--count p.so", "PASS" },
        { "insns-max fails a count above it, and says the figure",
          "t\n * insns-max: 99", "bench_begin 10\nbench_end 110\n", "--count p.so",
          "FAIL t: 100 instructions from bench_begin to bench_end" },
        { "insns-max fails when the marks were never reached",
          "t\n * insns-max: 99", "total 5\n", "--count p.so", "FAIL t: insns-max: the run never" },
        { "insns-max without --count fails, and says so",
          "t\n * insns-max: 99", "", "", "FAIL t: insns-max: kitrun needs --count" },
        { "insns-max must be a number above 0",
          "t\n * insns-max: many", "", "--count p.so", "(no output)" },
    };
    char script[512], tail[600], self[512];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    size_t i;

    if (n <= 0) {
        printf("FAIL host/kitrun: insns-max: cannot find this program's ELF\n");
        failures++;
        return;
    }
    self[n] = 0;
    snprintf(tail, sizeof tail, "-kernel %s", self);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(script, sizeof script, "for a; do case $a in -plugin) p=1;; *,out=*) "
                 "[ -n \"$p\" ] && f=${a#*,out=} && printf \"%s\" > ${f%%%%,*};; esac; "
                 "done; exit 0", cases[i].counts);
        expect(cases[i].name, verdict_tail(cases[i].spec, script, cases[i].opts, tail),
               cases[i].want);
    }
}

/* Write a spec file with the given kit-test block; its path into path. */
static void write_spec(char *path, size_t len, const char *name, const char *block)
{
    FILE *f;

    snprintf(path, len, "%s/%s", dir, name);
    if (!(f = fopen(path, "w"))) {
        perror(path);
        exit(2);
    }
    fprintf(f, "/* kit-test: %s */\n", block);
    fclose(f);
}

/* --select prints the applicable specs; --skip-only writes the SKIP line
 * make test uses instead of building the image, and refuses a test that
 * applies. */
static void select_and_skip(void)
{
    char cmd[1024], a[256], b[256], res[256];
    const char *out;
    int status = -1;

    write_spec(a, sizeof a, "a.c", "a\n * needs: smp");
    write_spec(b, sizeof b, "b.c", "b\n * needs: timer");
    snprintf(res, sizeof res, "%s/b.result", dir);
    snprintf(cmd, sizeof cmd, "%s --select --caps 'smp' %s %s", kitrun, a, b);
    out = output(cmd, &status);
    expect("--select names exactly the specs that apply",
           status == 0 && strstr(out, "/a.c\n") && !strstr(out, "/b.c") ? "PASS" : out, "PASS");
    snprintf(cmd, sizeof cmd, "%s --spec %s --name x/b --caps 'smp' --result %s --skip-only"
             " >/dev/null && cat %s", kitrun, b, res, res);
    out = output(cmd, &status);
    expect("--skip-only writes the SKIP line with its reason", out, "SKIP x/b (needs timer)");
    snprintf(cmd, sizeof cmd, "%s --spec %s --name x/a --caps 'smp' --result %s --skip-only 2>&1",
             kitrun, a, res);
    output(cmd, &status);
    expect("--skip-only refuses a test that applies", status == 2 ? "PASS" : "exit 0", "PASS");
    unlink(a);
    unlink(b);
    unlink(res);
}

/* Result directories with lines of each kind: the summary counts them,
 * merges two directories of one board (two shards), writes JUnit XML,
 * and fails when anything failed. */
static void summary(void)
{
    char cmd[2048], xml[256];
    const char *out;
    int status = -1;

    snprintf(xml, sizeof xml, "%s/junit.xml", dir);
    snprintf(cmd, sizeof cmd,
             "cd %s && mkdir -p s1/virt-rv64 s2/virt-rv64 s2/host && "
             "echo 'PASS virt-rv64/a' > s1/virt-rv64/a.result && "
             "echo 'SKIP virt-rv64/b (needs smp)' > s2/virt-rv64/b.result && "
             "printf 'PASS host/x: one\\nPASS host/x: two\\n' > s2/host/x.result && "
             "%s --summary --junit %s --title 'merged' s1/virt-rv64 s2/virt-rv64 s2/host",
             dir, kitrun, xml);
    out = output(cmd, &status);
    expect("the summary totals every shard's lines",
           status == 0 && strstr(out, "merged:\n3 passed, 0 failed, 1 skipped\n") ? "PASS" : out,
           "PASS");
    expect("one board's directories from two shards are one column",
           strstr(out, "  1  virt-rv64\n") && !strstr(out, "  2  virt-rv64") ? "PASS" : out, "PASS");
    snprintf(cmd, sizeof cmd, "grep -c '<testcase' %s; grep -c '<skipped message=\"virt-rv64/b' %s; "
             "grep -c '<testsuites name=\"merged\" tests=\"4\" failures=\"0\" skipped=\"1\"' %s",
             xml, xml, xml);
    out = output(cmd, &status);
    expect("JUnit XML has a testcase per line, skips marked", out, "4\n1\n1\n");
    snprintf(cmd, sizeof cmd, "cd %s && echo 'FAIL virt-rv64/c: <bad> & \"x\"' > s1/virt-rv64/c.result"
             " && %s --summary --junit %s s1/virt-rv64 >/dev/null; echo $?; "
             "grep -c 'failure message=\"virt-rv64/c: &lt;bad&gt; &amp; &quot;x&quot;\"' %s",
             dir, kitrun, xml, xml);
    out = output(cmd, &status);
    expect("a failure fails the summary and is escaped in the XML", out, "1\n1\n");
    snprintf(cmd, sizeof cmd, "rm -rf %s/s1 %s/s2 %s", dir, dir, xml);
    output(cmd, &status);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_kitrun path/to/kitrun\n");
        return 2;
    }
    /* Absolute: some checks run it from the scratch directory. */
    kitrun = realpath(argv[1], NULL);
    if (!kitrun) {
        perror(argv[1]);
        return 2;
    }
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
    expect("a missing expect with a newline is named on one line",
           verdict("t\n * expect: a\\nc", "printf \"a\\nb\\n\"", ""),
           "FAIL t: expected output \"a\\nc\" not found");
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
    verdicts();
    frames();
    selection();
    conditional_and_counted();
    insns_max();
    select_and_skip();
    summary();

    snprintf(dir + strlen(dir), 16, "/spec.c");
    unlink(dir);
    dir[strlen(dir) - 7] = 0;
    rmdir(dir);
    return failures ? 1 : 0;
}
