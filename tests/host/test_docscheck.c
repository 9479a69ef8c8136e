/*
 * Host tests of the docs check (tools/docscheck.c): a check that passed
 * everything would make "the docs are checked" a false statement, and one
 * that cried wolf would be switched off.  So both directions: a small
 * fake tree in a temporary directory, a page where every reference is
 * good (0 problems, exit 0) and a page with one bad reference of each kind
 * (each reported at its line, nothing else, exit 1).
 *
 *   test_docscheck <path to docscheck>
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define OUT_MAX (64 << 10)

static int failures;
static const char *docscheck;
static char dir[] = "/tmp/docscheck-test-XXXXXX";

/* One check's verdict; on a failure, what docscheck printed, each line
 * indented (make test's summary counts lines that start with FAIL). */
static void expect(const char *name, int ok, const char *detail)
{
    if (ok) {
        printf("PASS host/docscheck: %s\n", name);
        return;
    }
    printf("FAIL host/docscheck: %s; docscheck said:\n", name);
    for (const char *p = detail; *p; ) {
        size_t n = strcspn(p, "\n");

        printf("  | %.*s\n", (int)n, p);
        p += n + (p[n] == '\n');
    }
    failures++;
}

/* Write dir/rel (its directories made first). */
static void put(const char *rel, const char *text)
{
    char path[512];
    FILE *f;

    snprintf(path, sizeof path, "%s/%s", dir, rel);
    for (char *p = path + strlen(dir) + 1; (p = strchr(p, '/')); p++) {
        *p = 0;
        mkdir(path, 0755);
        *p = '/';
    }
    f = fopen(path, "w");
    if (!f || fputs(text, f) < 0 || fclose(f)) {
        perror(path);
        exit(2);
    }
}

/* The tree the pages describe: a file with functions to cite, boards,
 * boot tests, a page with headings, make help's text and the test list. */
static void fake_tree(void)
{
    put("Makefile", "X := $(STACK_SIZE) $(STACK_REPORT)\n");
    put("boards/a.mk", "");
    put("boards/b.mk", "");
    put("tests/boot/hello.c", "");
    put("tests/boot/timer.c", "");
    put("newlib/patches/0001-a.patch", "");
    put("sub/tests/near.h", "");
    put("sub/local/here.c", "");
    put("syscalls/io.c",
        "/* io */\n"                            /* 1 */
        "#include \"io.h\"\n"
        "\n"
        "/* takes the lock */\n"
        "int _write(int fd)\n"                  /* 5 */
        "{\n"
        "    int locked = kit_out_lock();\n"
        "    long r = kit_fd_write(fd);\n"
        "\n"
        "    return (int)r + locked;\n"         /* 10 */
        "}\n"
        "\n"
        "long kit_fd_write(int fd)\n"
        "{\n"
        "    kit_console_write(fd);\n"          /* 15 */
        "    return 0;\n"
        "}\n");
    put("docs/page.md", "# Page\n\n## The second part\n\n## Twice\n\n## Twice\n"
        "```\n# not a heading\n```\n");
    put("help.txt", "Targets:\n"
        "  run           build and boot\n"
        "  cmd           print the command\n"
        "  help          this text\n"
        "  disasm        the image (SYM=name: one function)\n"
        "  test-board-<name>  one board\n"
        "\n"
        "Variables (current value):\n"
        "  BOARD=a   one of: a b\n"
        "  APP=x  what to build;  STACK_SIZE=1  bytes\n"
        "  BOARD_*=      any board value\n"
        "  app.mk: APP_SRCS APP_CFLAGS\n");
    put("tests.txt", "hello\ntimer\ntimer_secondary\n");
}

/* Every kind of good reference, and what must not be read at all. */
static const char good_md[] =
    "# Good page\n"
    "See `syscalls/io.c`, boards/a.mk, **boards/b.mk**, the boards/<name>.mk files,\n"
    "tests/boot/*.c, ./Makefile, newlib/patches/NNNN-*.patch and tests/boot/.\n"
    "Generated: build/host/x and .cache/newlib/y; not ours: newlib/libc/stdio/printf.c.\n"
    "Not paths: .data/.bss, .c/.S, x86_64/sysv.\n"
    "`syscalls/io.c:7` (`kit_out_lock`) locks; `syscalls/io.c:7-8` (`kit_fd_write()`).\n"
    "[the page](docs/page.md), [a part](docs/page.md#the-second-part),\n"
    "[top](#good-page),\n"
    "[the second](docs/page.md#twice-1), [a board][b].\n"
    "\n"
    "[b]: boards/a.mk\n"
    "```sh\n"
    "make run BOARD=a APP=x STACK_SIZE=64   # make sure: a comment\n"
    "make -C . -s -j 4 test-board-a BOARD_MAX_HARTS=2 APP_CFLAGS=-O3\n"
    "eval \"$(make -s cmd)\"; make help\n"
    "```\n"
    "`make help`, `make test-board-<name>`, `STACK_SIZE=4096`, `TZ=x` and `K=v`.\n"
    "The test `hello`; tests `timer`, `timer_secondary` and `hello`;\n"
    "`tests/boot/timer.c`.\n"
    "A test (`make cmd`) and tests of `printf` are prose; so is: make sure, make it so.\n"
    "URLs: https://example.com/tests/boot/nothere.c and <https://x.org/boards/none.mk>.\n"
    "```text-nocheck\n"
    "tests/boot/nothere.c and make nosuch\n"
    "```\n"
    "<!-- docscheck: off -->\n"
    "boards/none.mk and `make nosuch`\n"
    "<!-- docscheck: on -->\n"
    "```\n"
    "#0  kit_console_write (fd=1) at syscalls/io.c\n"
    "#1  kit_fd_write (fd=1) at syscalls/io.c:15\n"
    "#2  _write (fd=1) at syscalls/io.c:8\n"
    "  pc: kit_fd_write.isra.0+0x4 at syscalls/io.c:16\n"
    "  interrupted pc: kit_fd_write+0x8 at syscalls/io.c:16\n"
    "```\n"
    "A long line: `make\n"
    "help` crosses a line end; Makefile.\n";

/* One bad reference of each kind: line, what the report must say. */
static const struct bad {
    int line;
    const char *what;
} bad[] = {
    { 2, "tests/boot/gone.c (no such file" },
    { 3, "boards/<name>.cfg (no file in the tree matches" },
    { 4, "syscalls/io.c:99: no such line" },
    { 5, "syscalls/io.c:7 does not hold `kit_fd_write`" },
    { 6, "syscalls/io.c:7 cites a line without naming" },
    { 7, "link to docs/gone.md" },
    { 8, "link to docs/page.md#no-such-part" },
    { 9, "make nosuch (" },
    { 10, "FOO= is not in make help's Variables" },
    { 11, "SYM= is not in make help's Variables (make help names it only in a target" },
    { 12, "STACK_REPORT= is not in make help's Variables" },
    { 13, "test no_such_test (" },
    { 14, "tests/boot/gone_too.c (no such file" },
    { 14, "test gone_too (" },
    { 15, "CHANGELOG.md (no such file" },
    { 15, ".github/workflows/ci.yml (no such file" },
    { 17, "make nosuch2 (" },
    { 19, "syscalls/io.c:16 does not call kit_console_write" },
    { 20, "syscalls/io.c:4 is not in _write" },
    { 21, "syscalls/io.c:9 is in _write but holds no code" },
    { 22, "syscalls/io.c:10 names main" },
    { 24, "tests/boot/far.c (no such file" },
    { 25, "link to #bad-pagex" },
};

static const char bad_md[] =
    "# Bad page\n"
    "tests/boot/gone.c is named here.\n"
    "The boards/<name>.cfg files.\n"
    "`syscalls/io.c:99` (`x`)\n"
    "`syscalls/io.c:7` (`kit_fd_write`)\n"
    "`syscalls/io.c:7` takes the lock.\n"
    "[link](docs/gone.md)\n"
    "[anchor](docs/page.md#no-such-part)\n"
    "`make nosuch`\n"
    "`make run FOO=1`\n"
    "`make disasm SYM=x`\n"
    "`STACK_REPORT=1` turns it on.\n"
    "The test `no_such_test` fails.\n"
    "`tests/boot/gone_too.c`\n"
    "CHANGELOG.md and .github/workflows/ci.yml\n"
    "```\n"
    "make -s nosuch2 BOARD=a\n"                                 /* 17 */
    "#0  kit_console_write (fd=1) at syscalls/io.c\n"
    "#1  kit_fd_write (fd=1) at syscalls/io.c:16\n"
    "#2  _write (fd=1) at syscalls/io.c:4\n"                    /* 20 */
    "  pc: _write+0x4 at syscalls/io.c:9\n"
    "#3  main () at syscalls/io.c:10\n"
    "```\n";
/* line 24: a long line ending in a bad path; 25: a bad anchor */

/* Run docscheck on the page(s); its output into out, its status back. */
static int run(const char *opts, const char *pages, char *out)
{
    char cmd[2048];
    size_t n = 0, r;
    FILE *f;

    snprintf(cmd, sizeof cmd, "%s --root %s --help-text %s/help.txt --tests %s/tests.txt "
             "%s %s 2>&1", docscheck, dir, dir, dir, opts, pages);
    if (!(f = popen(cmd, "r")))
        return -1;
    while (n < OUT_MAX - 1 && (r = fread(out + n, 1, OUT_MAX - 1 - n, f)) > 0)
        n += r;
    out[n] = 0;
    r = (size_t)pclose(f);
    return WIFEXITED((int)r) ? WEXITSTATUS((int)r) : -1;
}

/* Whether out has "FAIL docs: PAGE:LINE: ..." with what in it. */
static int reported(const char *out, const char *page, int line, const char *what)
{
    char head[600];
    size_t hn;

    hn = (size_t)snprintf(head, sizeof head, "FAIL docs: %s:%d: ", page, line);
    for (const char *p = strstr(out, head); p; p = strstr(p + 1, head)) {
        const char *end = strchr(p, '\n');

        if (!end)
            end = p + strlen(p);
        if (memmem(p + hn, (size_t)(end - p) - hn, what, strlen(what)))
            return 1;
    }
    return 0;
}

static int count(const char *out, const char *s)
{
    int n = 0;

    for (const char *p = strstr(out, s); p; p = strstr(p + 1, s))
        n++;
    return n;
}

static void good_page(char *out)
{
    char page[300], name[400];
    int status;

    snprintf(page, sizeof page, "%s/good.md", dir);
    put("good.md", good_md);
    put("sub/page.md", "Its neighbour tests/near.h and the top's tests/boot/hello.c.\n"
        "[up](../docs/page.md#page); local/here.c, local/, and local/abi-name.\n");
    snprintf(name, sizeof name, "%s %s/sub/page.md", page, dir);
    status = run("", name, out);
    expect("good references: no problem reported",
           !strstr(out, "FAIL") && strstr(out, " 0 problems\n"), out);
    expect("good references: exit status 0", status == 0, out);
    expect("the closing line counts files, references and problems",
           strstr(out, "docscheck: 2 files, ")
           && strstr(out, " references checked, 0 problems\n"),
           out);
    expect("good references: every kind was counted",
           strstr(out, "2 files, 0 references") == NULL, out);
    status = run("-q", name, out);
    expect("-q: a clean run prints nothing", status == 0 && !out[0], out);
}

/* The bad page, with a 100 KB line before the last bad reference. */
static void write_bad_page(void)
{
    size_t n = strlen(bad_md), big = 100000;
    char *text = malloc(n + big + 200);

    if (!text)
        exit(2);
    memcpy(text, bad_md, n);
    for (size_t i = 0; i < big; i += 2)
        memcpy(text + n + i, "x ", 2);
    snprintf(text + n + big, 200, "tests/boot/far.c\n[self](#bad-pagex)\n");
    put("bad.md", text);
    free(text);
}

static void bad_page(char *out)
{
    char page[300], name[700], want[64];
    size_t nbad = sizeof bad / sizeof *bad;
    int status;

    write_bad_page();
    snprintf(page, sizeof page, "%s/bad.md", dir);
    status = run("", page, out);
    for (size_t i = 0; i < nbad; i++) {
        snprintf(name, sizeof name, "reported at line %d: %s", bad[i].line, bad[i].what);
        expect(name, reported(out, page, bad[i].line, bad[i].what), out);
    }
    expect("nothing else is reported on the bad page",
           count(out, "FAIL docs: ") == (int)nbad, out);
    snprintf(want, sizeof want, ", %zu problems\n", nbad);
    expect("the closing line counts the problems", strstr(out, want) != NULL, out);
    expect("bad references: exit status 1", status == 1, out);
    status = run("-q", page, out);
    expect("-q: problems, no closing line, exit status 1",
           status == 1 && count(out, "FAIL docs: ") == (int)nbad
           && !strstr(out, "docscheck:"), out);
}

/* A page below the top: a path to a file beside it that is not there. */
static void page_below(char *out)
{
    char page[300];
    int status;

    snprintf(page, sizeof page, "%s/sub/bad.md", dir);
    put("sub/bad.md", "A file beside this page: local/gone.c.\n");
    status = run("", page, out);
    expect("a page below the top: a missing file beside it is reported",
           status == 1 && reported(out, page, 1, "local/gone.c (no such file")
           && count(out, "FAIL docs: ") == 1, out);
}

static void usage_errors(char *out)
{
    char cmd[600];
    int status;

    snprintf(cmd, sizeof cmd, "%s --root %s %s/good.md > /dev/null 2>&1",
             docscheck, dir, dir);
    status = system(cmd);
    expect("no --help-text: usage error, exit status 2",
           WIFEXITED(status) && WEXITSTATUS(status) == 2, "wrong status");
    status = run("", "/nonexistent/page.md", out);
    expect("a page that cannot be read is a problem", status == 1
           && strstr(out, "FAIL docs: /nonexistent/page.md:0: cannot read"), out);
}

int main(int argc, char **argv)
{
    char *out = malloc(OUT_MAX), cmd[300];

    if (argc != 2 || !out) {
        fprintf(stderr, "usage: test_docscheck path/to/docscheck\n");
        return 2;
    }
    docscheck = argv[1];
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    fake_tree();
    good_page(out);
    bad_page(out);
    page_below(out);
    usage_errors(out);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd))
        fprintf(stderr, "test_docscheck: could not remove %s\n", dir);
    free(out);
    return failures ? 1 : 0;
}
