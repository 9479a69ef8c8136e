/*
 * Host unit tests for the devicetree reader (fdt/fdt.c): its walker, the
 * kit's facts (fdt_scan), path lookups (fdt_find), every corruption the
 * walker must refuse, and QEMU's real blobs.
 *
 * Output protocol (counted by the kit's test runner): one line per check,
 *   PASS fdt: <name>
 *   FAIL fdt: <name>: <why>
 * and a non-zero exit status if any check failed.  A check that cannot
 * run here (no QEMU installed) prints "SKIP fdt: <name>: <why>".
 *
 * Blobs come from a tiny FDT writer below, so every expected value is
 * one the test itself wrote, not one read back from the code under test.
 * When QEMU is installed, real blobs from `-M virt,dumpdtb=FILE` are
 * checked too.  Corrupt blobs are always copied into a heap buffer of
 * exactly their size, so a build with -fsanitize=address catches any
 * read past the end.
 *
 *   test_fdt                  run the checks
 *   test_fdt -q               print only FAIL lines (for a second,
 *                             sanitizer-built run)
 *   test_fdt --write-seeds D  write good blobs into directory D as a
 *                             fuzzing seed corpus, run no checks
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../fdt/fdt.h"
#include "../../fuzz/fdt_exercise.h"

/* ---- reporting -------------------------------------------------------- */

static int failures;
static int quiet;

static void report(const char *name, int ok, const char *fmt, ...)
{
    va_list ap;

    if (ok) {
        if (!quiet)
            printf("PASS fdt: %s\n", name);
        return;
    }
    failures++;
    printf("FAIL fdt: %s: ", name);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

static void skip(const char *name, const char *why)
{
    if (!quiet)
        printf("SKIP fdt: %s: %s\n", name, why);
}

static void expect_int(const char *name, int got, int want)
{
    report(name, got == want, "got %d (%s), want %d (%s)", got,
           fdt_strerror(got), want, fdt_strerror(want));
}

static void expect_u64(const char *name, int err, uint64_t got, uint64_t want)
{
    if (err)
        report(name, 0, "error %d (%s)", err, fdt_strerror(err));
    else
        report(name, got == want, "got 0x%llx, want 0x%llx",
               (unsigned long long)got, (unsigned long long)want);
}

/* Node `node` (a structure-block offset, or an error) exists and is
 * called `want`: read straight from the blob, as the format says (5.4.1:
 * the name follows the FDT_BEGIN_NODE token). */
static uint32_t get32(const uint8_t *p);

static void expect_node(const char *name, const void *blob, int node,
            const char *want)
{
    const uint8_t *b = blob;
    const char *got;

    if (node < 0) {
        report(name, 0, "error %d (%s)", node, fdt_strerror(node));
        return;
    }
    got = (const char *)b + get32(b + 8) + node + 4;
    report(name, get32(b + get32(b + 8) + node) == 1 && strcmp(got, want) == 0,
           "found node \"%s\", want \"%s\"", got, want);
}

/* ---- a tiny FDT writer ------------------------------------------------ */

#define TOK_BEGIN 1u
#define TOK_END_NODE 2u
#define TOK_PROP 3u
#define TOK_NOP 4u
#define TOK_END 9u

/* Header field offsets (spec 5.2). */
#define HO_TOTALSIZE 4
#define HO_STRUCT 8
#define HO_STRINGS 12
#define HO_RSVMAP 16
#define HO_VERSION 20
#define HO_LAST_COMP 24
#define HO_SIZE_STRINGS 32
#define HO_SIZE_STRUCT 36

struct fdtw {
    uint8_t st[1 << 20];    /* structure block being written */
    size_t st_len;
    char str[4096];         /* strings block */
    size_t str_len;
    uint32_t version;       /* 17, or 16 for the shorter header */
    int no_end;             /* leave out FDT_END */
    int depth, max_depth, nodes;
};

static void put32(uint8_t *p, uint32_t x)
{
    p[0] = (uint8_t)(x >> 24);
    p[1] = (uint8_t)(x >> 16);
    p[2] = (uint8_t)(x >> 8);
    p[3] = (uint8_t)x;
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | p[3];
}

static void w_init(struct fdtw *w)
{
    memset(w, 0, sizeof *w);
    w->version = 17;
}

static void need(int ok)
{
    if (!ok) {
        fprintf(stderr, "test_fdt: writer buffer too small\n");
        exit(2);
    }
}

/* Append bytes, then zero padding to the next 4-byte boundary. */
static void w_bytes(struct fdtw *w, const void *p, size_t n)
{
    need(w->st_len + n + 3 < sizeof w->st);
    memcpy(w->st + w->st_len, p, n);
    w->st_len += n;
    while (w->st_len % 4)
        w->st[w->st_len++] = 0;
}

/* Append a token; returns its offset in the structure block. */
static size_t w_token(struct fdtw *w, uint32_t tok)
{
    uint8_t b[4];

    put32(b, tok);
    w_bytes(w, b, 4);
    return w->st_len - 4;
}

static size_t w_begin(struct fdtw *w, const char *name)
{
    size_t off = w_token(w, TOK_BEGIN);

    w_bytes(w, name, strlen(name) + 1);
    w->nodes++;
    if (++w->depth - 1 > w->max_depth)
        w->max_depth = w->depth - 1;
    return off;
}

static void w_end(struct fdtw *w)
{
    w_token(w, TOK_END_NODE);
    w->depth--;
}

/* Offset of name in the strings block, adding it if new. */
static uint32_t w_string(struct fdtw *w, const char *name)
{
    size_t off = 0, n = strlen(name) + 1;

    while (off < w->str_len) {
        if (strcmp(w->str + off, name) == 0)
            return (uint32_t)off;
        off += strlen(w->str + off) + 1;
    }
    need(w->str_len + n <= sizeof w->str);
    memcpy(w->str + w->str_len, name, n);
    w->str_len += n;
    return (uint32_t)off;
}

static size_t w_prop(struct fdtw *w, const char *name, const void *val,
             size_t len)
{
    size_t off = w_token(w, TOK_PROP);
    uint8_t b[8];

    put32(b, (uint32_t)len);
    put32(b + 4, w_string(w, name));
    w_bytes(w, b, 8);
    if (len)
        w_bytes(w, val, len);
    return off;
}

static size_t w_prop_str(struct fdtw *w, const char *name, const char *s)
{
    return w_prop(w, name, s, strlen(s) + 1);
}

/* A list of strings: a literal with embedded NULs, e.g. "a\0b". */
#define w_prop_list(w, name, lit) w_prop(w, name, lit, sizeof(lit))

/* A property of n 32-bit cells. */
static size_t w_prop_cells(struct fdtw *w, const char *name, int n, ...)
{
    uint8_t buf[64];
    va_list ap;
    int i;

    need(n <= 16);
    va_start(ap, n);
    for (i = 0; i < n; i++)
        put32(buf + 4 * i, va_arg(ap, uint32_t));
    va_end(ap);
    return w_prop(w, name, buf, (size_t)(4 * n));
}

/*
 * Lay the blob out as spec 5 draws it: header, reservation block (one
 * entry, then the terminator), structure block, strings block.  Returns
 * a malloc'd blob of exactly *size bytes.
 */
static uint8_t *w_finish(struct fdtw *w, size_t *size)
{
    size_t rsv = 40, st, str, total;
    uint8_t *b;

    if (!w->no_end)
        w_token(w, TOK_END);
    st = rsv + 2 * 16;
    str = st + w->st_len;
    total = str + w->str_len;
    b = calloc(1, total);
    need(b != NULL);
    put32(b, 0xd00dfeed);
    put32(b + HO_TOTALSIZE, (uint32_t)total);
    put32(b + HO_STRUCT, (uint32_t)st);
    put32(b + HO_STRINGS, (uint32_t)str);
    put32(b + HO_RSVMAP, (uint32_t)rsv);
    put32(b + HO_VERSION, w->version);
    put32(b + HO_LAST_COMP, 16);
    put32(b + HO_SIZE_STRINGS, (uint32_t)w->str_len);
    /* Version 16 has no size_dt_struct: those 4 bytes are free space,
     * and garbage there must not matter. */
    put32(b + HO_SIZE_STRUCT,
          w->version >= 17 ? (uint32_t)w->st_len : 0xdeadbeefu);
    /* a reservation entry: 0x80000000 + 64 KiB, then the terminator */
    put32(b + rsv + 4, 0x80000000u);
    put32(b + rsv + 12, 0x10000u);
    memcpy(b + st, w->st, w->st_len);
    memcpy(b + str, w->str, w->str_len);
    *size = total;
    return b;
}

/* A malloc'd copy, so that ASan sees exactly n readable bytes. */
static uint8_t *dup_blob(const uint8_t *b, size_t n)
{
    uint8_t *c = malloc(n ? n : 1);

    need(c != NULL);
    memcpy(c, b, n);
    return c;
}

/* ---- the standard test tree ------------------------------------------- */

/* The values written into the standard tree, and so expected back. */
#define RAM_BASE 0x80000000ull
#define RAM_SIZE 0x140000000ull         /* 5 GiB: needs both size cells */
#define UART_BASE 0x10000000u
#define UART_SIZE 0x100u
#define BUS_BASE 0x40000000u            /* bus@40000000 maps 0 here */
#define BUS_WINDOW 0x01000000u
#define BUS_UART 0x2000u                /* -> 0x40002000 */
#define NESTED_BASE 0x100000u           /* nested bus at bus 0x100000 */
#define NESTED_DEV 0x10u                /* -> 0x40100010 */

/* Where interesting tokens went, as structure-block offsets. */
struct marks {
    size_t root;            /* FDT_BEGIN_NODE of the root */
    size_t serial_node;     /* FDT_BEGIN_NODE of /soc/serial@10000000 */
    size_t serial_compat;   /* its FDT_PROP "compatible" */
    size_t model;           /* root's FDT_PROP "model" */
    size_t memory_name;     /* FDT_BEGIN_NODE of memory@80000000 */
    size_t first_nop;       /* an FDT_NOP inside /empty */
};

/*
 * / {                                  #address-cells 2, #size-cells 2
 *   aliases { serial0, bus0, loop }
 *   chosen { stdout-path = "/soc/serial@10000000:115200n8" }
 *   memory@80000000 { device_type = "memory"; reg = RAM }
 *   cpus { #address-cells 1, #size-cells 0; cpu@0, cpu@1 }
 *   soc { 2/2, ranges; (empty: 1:1)
 *     serial@10000000 { ns16550a }  test@100000 { 3 compatibles } }
 *   bus@40000000 { 1/1, ranges = <0 BUS_BASE-in-2-cells WINDOW>
 *     uart@2000 { ns16550a }  far@2000000 (outside the window)
 *     nested@100000 { 1/1, ranges = <0 NESTED_BASE 0x1000>; dev@10 } }
 *   isolated { 1/1, no ranges; dev@5 }
 *   pci { 3/2, empty ranges; dev@0 (3 address cells: no 64-bit number) }
 *   empty { flag; NOP; }
 * }
 */
static void build_standard(struct fdtw *w, struct marks *m)
{
    m->root = w_begin(w, "");
    w_prop_cells(w, "#address-cells", 1, 2u);
    w_prop_cells(w, "#size-cells", 1, 2u);
    w_prop_list(w, "compatible", "kit,test\0riscv-virtio");
    m->model = w_prop_str(w, "model", "kit test tree");

    w_begin(w, "aliases");
    w_prop_str(w, "serial0", "/soc/serial@10000000");
    w_prop_str(w, "bus0", "/bus@40000000");
    w_prop_str(w, "loop", "serial0");       /* not a full path */
    w_end(w);

    w_begin(w, "chosen");
    w_prop_str(w, "stdout-path", "/soc/serial@10000000:115200n8");
    w_prop_str(w, "bootargs", "");
    w_end(w);

    m->memory_name = w_begin(w, "memory@80000000");
    w_prop_str(w, "device_type", "memory");
    w_prop_cells(w, "reg", 4, (uint32_t)(RAM_BASE >> 32),
             (uint32_t)RAM_BASE, (uint32_t)(RAM_SIZE >> 32),
             (uint32_t)RAM_SIZE);
    w_end(w);

    w_begin(w, "cpus");
    w_prop_cells(w, "#address-cells", 1, 1u);
    w_prop_cells(w, "#size-cells", 1, 0u);
    w_begin(w, "cpu@0");
    w_prop_cells(w, "reg", 1, 0u);
    w_end(w);
    w_begin(w, "cpu@1");
    w_prop_cells(w, "reg", 1, 1u);
    w_end(w);
    w_end(w);

    w_begin(w, "soc");
    w_prop_cells(w, "#address-cells", 1, 2u);
    w_prop_cells(w, "#size-cells", 1, 2u);
    w_prop_list(w, "compatible", "simple-bus");
    w_prop(w, "ranges", NULL, 0);
    m->serial_node = w_begin(w, "serial@10000000");
    m->serial_compat = w_prop_list(w, "compatible", "ns16550a");
    w_prop_cells(w, "reg", 4, 0u, UART_BASE, 0u, UART_SIZE);
    w_end(w);
    w_begin(w, "test@100000");
    w_prop_list(w, "compatible", "sifive,test1\0sifive,test0\0syscon");
    w_prop_cells(w, "reg", 4, 0u, 0x100000u, 0u, 0x1000u);
    w_end(w);
    w_end(w);

    w_begin(w, "bus@40000000");
    w_prop_cells(w, "#address-cells", 1, 1u);
    w_prop_cells(w, "#size-cells", 1, 1u);
    /* child address (1 cell), parent address (root: 2), size (1) */
    w_prop_cells(w, "ranges", 4, 0u, 0u, BUS_BASE, BUS_WINDOW);
    w_begin(w, "uart@2000");
    w_prop_list(w, "compatible", "ns16550a");
    w_prop_cells(w, "reg", 2, BUS_UART, 0x100u);
    w_end(w);
    w_begin(w, "far@2000000");
    w_prop_cells(w, "reg", 2, 0x2000000u, 0x100u);
    w_end(w);
    w_begin(w, "nested@100000");
    w_prop_cells(w, "#address-cells", 1, 1u);
    w_prop_cells(w, "#size-cells", 1, 1u);
    w_prop_cells(w, "ranges", 3, 0u, NESTED_BASE, 0x1000u);
    w_prop_cells(w, "reg", 2, NESTED_BASE, 0x1000u);
    w_begin(w, "dev@10");
    w_prop_cells(w, "reg", 2, NESTED_DEV, 4u);
    w_end(w);
    w_end(w);
    w_end(w);

    w_begin(w, "isolated");
    w_prop_cells(w, "#address-cells", 1, 1u);
    w_prop_cells(w, "#size-cells", 1, 1u);
    w_begin(w, "dev@5");
    w_prop_cells(w, "reg", 2, 5u, 1u);
    w_end(w);
    w_end(w);

    w_begin(w, "pci");
    w_prop_cells(w, "#address-cells", 1, 3u);
    w_prop_cells(w, "#size-cells", 1, 2u);
    w_prop(w, "ranges", NULL, 0);
    w_begin(w, "dev@0");
    w_prop_cells(w, "reg", 5, 0u, 0u, 0u, 0u, 0x100u);
    w_end(w);
    w_end(w);

    w_begin(w, "empty");
    w_prop(w, "flag", NULL, 0);
    m->first_nop = w_token(w, TOK_NOP);
    w_prop_str(w, "after-nop", "yes");
    w_end(w);

    w_end(w);
}

static uint8_t *standard_blob(size_t *size, struct marks *m)
{
    static struct fdtw w;
    struct marks dummy;

    w_init(&w);
    build_standard(&w, m ? m : &dummy);
    return w_finish(&w, size);
}

/* ---- checks on a good blob -------------------------------------------- */

/* fdt_find on a blob of totalsize bytes: the node's offset, or the error. */
static int find(const uint8_t *b, const char *path, struct fdt_node *out)
{
    struct fdt_node dummy;
    int err = fdt_find(b, fdt_totalsize(b), path, strlen(path),
                       out ? out : &dummy);

    return err ? err : (int)(out ? out : &dummy)->off;
}

/* fdt_scan for the facts in want, on a fresh struct. */
static int scan(const uint8_t *b, size_t n, unsigned want,
                struct fdt_facts *f)
{
    memset(f, 0, sizeof *f);
    f->want = want;
    return fdt_scan(b, n, f);
}

/* What platform/devicetree.c does for the console: /chosen/stdout-path
 * up to its ':' (3.6), then that node.  The node's offset or an error;
 * *opt gets the options after ':' (or NULL). */
static int stdout_node(const uint8_t *b, size_t n, const char **opt,
                       struct fdt_node *node)
{
    struct fdt_facts f;
    const char *path;
    size_t len;
    int err = scan(b, n, FDT_FACT_STDOUT, &f);

    *opt = NULL;
    if (err)
        return err;
    if (!(f.found & FDT_FACT_STDOUT))
        return FDT_ERR_NOTFOUND;
    path = f.str[FDT_STDOUT_PATH];
    len = strcspn(path, ":");
    if (path[len] == ':')
        *opt = path + len + 1;
    err = fdt_find(b, n, path, len, node);
    return err ? err : (int)node->off;
}

static void test_paths(const uint8_t *b, const struct marks *m)
{
    int serial = find(b, "/soc/serial@10000000", NULL);

    expect_int("path / is the root", find(b, "/", NULL), (int)m->root);
    expect_node("path / is the root, named \"\"", b, find(b, "/", NULL), "");
    expect_node("path /chosen", b, find(b, "/chosen", NULL), "chosen");
    expect_node("path with unit address", b, serial, "serial@10000000");
    expect_int("node offsets are structure-block offsets", serial,
           (int)m->serial_node);
    expect_node("path /memory matches memory@80000000", b,
            find(b, "/memory", NULL), "memory@80000000");
    expect_node("nested path without unit address", b,
            find(b, "/soc/serial", NULL), "serial@10000000");
    expect_int("doubled and trailing slashes",
           find(b, "//soc//serial@10000000/", NULL), serial);
    expect_int("missing node is NOTFOUND", find(b, "/soc/nosuch", NULL),
           FDT_ERR_NOTFOUND);
    expect_int("wrong unit address is NOTFOUND",
           find(b, "/soc/serial@10000001", NULL), FDT_ERR_NOTFOUND);
    expect_int("unit address on a node without one is NOTFOUND",
           find(b, "/cpus@0", NULL), FDT_ERR_NOTFOUND);
    expect_int("prefix of a name does not match", find(b, "/memor", NULL),
           FDT_ERR_NOTFOUND);
    expect_int("a longer name does not match", find(b, "/memory@800000001", NULL),
           FDT_ERR_NOTFOUND);
    expect_int("grandchild is not a child", find(b, "/cpu@0", NULL),
           FDT_ERR_NOTFOUND);
    expect_int("empty path is BADPATH", find(b, "", NULL), FDT_ERR_BADPATH);
    expect_int("a path cut by its length",
           fdt_find(b, fdt_totalsize(b), "/soc/serial@10000000/x", 20,
                    &(struct fdt_node){ 0 }), 0);
    expect_int("alias serial0", find(b, "serial0", NULL), serial);
    expect_node("alias followed by a path", b,
            find(b, "bus0/nested/dev@10", NULL), "dev@10");
    expect_int("unknown alias is NOTFOUND", find(b, "serial9", NULL),
           FDT_ERR_NOTFOUND);
    expect_int("alias whose value is not a full path is BADPATH",
           find(b, "loop", NULL), FDT_ERR_BADPATH);
}

/* A visitor that keeps every token it is handed. */
struct seen {
    struct fdt_token t[64];
    int n, stop_at, stop_with;
};

static int keep_token(void *ctx, const struct fdt_token *t)
{
    struct seen *s = ctx;

    if (s->n < 64)
        s->t[s->n] = *t;
    if (++s->n == s->stop_at)
        return s->stop_with;
    return 0;
}

/* The walker hands on each node and property, in blob order, with its
 * depth and data, and no FDT_NOP; a visitor's non-zero value stops it. */
static void test_walker(void)
{
    static struct fdtw w;
    struct seen s = { .n = 0 };
    size_t n, begin, nop_prop;
    uint8_t *b;
    int i, ok;

    w_init(&w);
    w_token(&w, TOK_NOP);
    begin = w_begin(&w, "");
    w_prop_str(&w, "model", "kit test tree");
    w_begin(&w, "empty");
    w_prop(&w, "flag", NULL, 0);
    w_token(&w, TOK_NOP);
    nop_prop = w_prop_cells(&w, "after-nop", 1, 7u);
    w_begin(&w, "deeper");
    w_end(&w);
    w_end(&w);
    w_end(&w);
    b = w_finish(&w, &n);
    expect_int("walk: whole blob", fdt_walk(b, n, keep_token, &s), 0);
    expect_int("walk: every node and property, no NOP", s.n, 9);
    report("walk: the root first, at depth 1, with its offset",
           s.t[0].tag == FDT_BEGIN_NODE && s.t[0].depth == 1 &&
           s.t[0].off == begin && strcmp(s.t[0].name, "") == 0, "");
    report("walk: a property's name, value and length",
           s.t[1].tag == FDT_PROP && s.t[1].depth == 1 &&
           strcmp(s.t[1].name, "model") == 0 && s.t[1].len == 14 &&
           memcmp(s.t[1].val, "kit test tree", 14) == 0, "");
    report("walk: a child node at depth 2",
           s.t[2].tag == FDT_BEGIN_NODE && s.t[2].depth == 2 &&
           strcmp(s.t[2].name, "empty") == 0, "");
    report("walk: an empty property has length 0",
           s.t[3].tag == FDT_PROP && s.t[3].len == 0 &&
           strcmp(s.t[3].name, "flag") == 0, "");
    report("walk: the property after a NOP",
           s.t[4].tag == FDT_PROP && s.t[4].off == nop_prop &&
           s.t[4].len == 4 && get32(s.t[4].val) == 7, "");
    report("walk: a grandchild at depth 3, each END_NODE at its node's depth",
           s.t[5].depth == 3 && s.t[6].tag == FDT_END_NODE &&
           s.t[6].depth == 3 && s.t[7].depth == 2 && s.t[8].depth == 1 &&
           s.t[8].tag == FDT_END_NODE, "");
    for (ok = 1, i = 1; i < 9; i++)
        ok &= s.t[i].off > s.t[i - 1].off;
    report("walk: offsets only grow", ok, "");
    s.n = 0;
    s.stop_at = 3;
    s.stop_with = 42;
    expect_int("walk: a visitor's value stops the walk",
           fdt_walk(b, n, keep_token, &s), 42);
    expect_int("walk: ... after that token", s.n, 3);
    s.n = 0;
    s.stop_with = FDT_ERR_BADVALUE;
    expect_int("walk: a visitor's error is handed back",
           fdt_walk(b, n, keep_token, &s), FDT_ERR_BADVALUE);
    expect_int("walk: NULL visitor is fdt_check", fdt_walk(b, n, NULL, NULL),
           0);
    free(b);
}

static void test_reg(const uint8_t *b)
{
    struct fdt_node node;
    int err;

    err = find(b, "/soc/serial", &node);
    expect_u64("reg through an empty ranges (1:1)", err < 0 ? err : node.reg,
           node.addr, UART_BASE);
    expect_u64("reg size", err < 0 ? err : node.reg, node.size, UART_SIZE);
    err = find(b, "bus0/uart@2000", &node);
    expect_u64("reg translated by a bus's ranges", err < 0 ? err : node.reg,
           node.addr, BUS_BASE + BUS_UART);
    err = find(b, "bus0/nested/dev", &node);
    expect_u64("reg translated through two buses", err < 0 ? err : node.reg,
           node.addr, BUS_BASE + NESTED_BASE + NESTED_DEV);
    expect_u64("reg size through two buses", err < 0 ? err : node.reg,
           node.size, 4);
    find(b, "bus0/far", &node);
    expect_int("reg outside the ranges window is NOMAP", node.reg,
           FDT_ERR_NOMAP);
    find(b, "/isolated/dev", &node);
    expect_int("reg under a bus without ranges is NOMAP", node.reg,
           FDT_ERR_NOMAP);
    /* A CPU's reg is its hart id, not an address: /cpus has no ranges. */
    find(b, "/cpus/cpu@1", &node);
    expect_int("cpu reg is not an address (NOMAP)", node.reg, FDT_ERR_NOMAP);
    find(b, "/", &node);
    expect_int("root has no reg", node.reg, FDT_ERR_NOTFOUND);
    find(b, "/chosen", &node);
    expect_int("node without reg is NOTFOUND", node.reg, FDT_ERR_NOTFOUND);
    find(b, "/pci/dev", &node);
    expect_int("reg of 3 address cells (PCI) is BADVALUE", node.reg,
           FDT_ERR_BADVALUE);
    expect_int("a missing node is NOTFOUND", find(b, "/nosuch", &node),
           FDT_ERR_NOTFOUND);
}

static void test_compatible(const uint8_t *b)
{
    struct fdt_node serial, test, chosen;

    find(b, "/soc/serial@10000000", &serial);
    find(b, "/soc/test", &test);
    find(b, "/chosen", &chosen);
    expect_int("compatible: single entry",
           fdt_list_has(serial.compatible, serial.compatible_len,
                "ns16550a"), 1);
    expect_int("compatible: a prefix is not a match",
           fdt_list_has(serial.compatible, serial.compatible_len,
                "ns16550"), 0);
    expect_int("compatible: longer string is not a match",
           fdt_list_has(serial.compatible, serial.compatible_len,
                "ns16550ab"), 0);
    expect_int("compatible: first entry of a list",
           fdt_list_has(test.compatible, test.compatible_len,
                "sifive,test1"), 1);
    expect_int("compatible: middle entry of a list",
           fdt_list_has(test.compatible, test.compatible_len,
                "sifive,test0"), 1);
    expect_int("compatible: last entry of a list",
           fdt_list_has(test.compatible, test.compatible_len, "syscon"), 1);
    report("compatible: node without the property",
           chosen.compatible == NULL && chosen.compatible_len == 0 &&
           !fdt_list_has(chosen.compatible, chosen.compatible_len,
                 "ns16550a"), "");
    expect_int("compatible: unterminated last entry ignored",
           fdt_list_has("a\0bc", 4, "bc"), 0);
}

static void test_memory_and_stdout(const uint8_t *b, size_t n,
                   const struct marks *m)
{
    struct fdt_facts f;
    struct fdt_node node;
    const char *opt = NULL;
    int err;

    err = scan(b, n, FDT_FACT_MEMORY, &f);
    if (!err && !(f.found & FDT_FACT_MEMORY))
        err = FDT_ERR_NOTFOUND;
    expect_u64("memory base (2 address cells)", err, f.mem_base, RAM_BASE);
    expect_u64("memory size (2 size cells, > 4 GiB)", err, f.mem_size,
           RAM_SIZE);
    err = stdout_node(b, n, &opt, &node);
    expect_int("stdout-path with options", err, (int)m->serial_node);
    report("stdout-path options after ':'",
           opt && strcmp(opt, "115200n8") == 0, "got \"%s\"",
           opt ? opt : "(null)");
}

/* Count the nodes and the deepest level by walking. */
struct count {
    int nodes, max_depth;
};

static int count_node(void *ctx, const struct fdt_token *t)
{
    struct count *c = ctx;

    if (t->tag == FDT_BEGIN_NODE) {
        c->nodes++;
        if (t->depth - 1 > c->max_depth)
            c->max_depth = t->depth - 1;
    }
    return 0;
}

static void test_walk(const char *name, const uint8_t *b,
              const struct fdtw *w)
{
    struct count c = { 0, 0 };
    char label[160];
    int err = fdt_walk(b, fdt_totalsize(b), count_node, &c);

    snprintf(label, sizeof label, "%s: walk ends at FDT_END", name);
    expect_int(label, err, 0);
    snprintf(label, sizeof label, "%s: walk visits every node", name);
    expect_int(label, c.nodes, w->nodes);
    snprintf(label, sizeof label, "%s: walk reaches the deepest level",
         name);
    expect_int(label, c.max_depth, w->max_depth);
}

static void test_strerror(void)
{
    const char *seen[32];
    int e, ok = 1;

    for (e = FDT_OK; e >= FDT_ERR_NOMAP; e--) {
        seen[-e] = fdt_strerror(e);
        if (strcmp(seen[-e], "unknown error") == 0 || !*seen[-e])
            ok = 0;
        if (e < 0 && strcmp(seen[-e], seen[-e - 1]) == 0)
            ok = 0;
    }
    report("strerror names every error", ok, "a code has no text");
    report("strerror of an unknown code",
           strcmp(fdt_strerror(FDT_ERR_NOMAP - 1), "unknown error") == 0 &&
           strcmp(fdt_strerror(-100), "unknown error") == 0 &&
           strcmp(fdt_strerror(7), "unknown error") == 0, "wrong text");
    report("strerror texts as fdt.h's enum says",
           strcmp(fdt_strerror(FDT_ERR_BADMAGIC), "bad magic") == 0 &&
           strcmp(fdt_strerror(FDT_ERR_NOMAP), "not mapped by ranges") == 0,
           "got \"%s\"", fdt_strerror(FDT_ERR_BADMAGIC));
}

static void test_good(void)
{
    static struct fdtw w;
    const char *why;
    struct marks m;
    uint8_t *b;
    size_t size;

    w_init(&w);
    build_standard(&w, &m);
    b = w_finish(&w, &size);
    expect_int("check accepts a written blob", fdt_check(b, size), 0);
    expect_int("check accepts a larger max_size", fdt_check(b, 1 << 20),
           0);
    report("totalsize", fdt_totalsize(b) == size, "got %u want %zu",
           fdt_totalsize(b), size);
    test_paths(b, &m);
    test_reg(b);
    test_compatible(b);
    test_memory_and_stdout(b, size, &m);
    test_walk("standard tree", b, &w);
    why = fdt_exercise(b, 1);
    report("every function accepts the written blob", why == NULL, "%s",
           why);
    free(b);
    test_walker();
    test_strerror();
}

/* ---- variations of the tree ------------------------------------------- */

/* fdt_scan's facts: /cpus timebase-frequency in one or two cells,
 * /chosen bootargs and stdout-path, /psci method, a memory node's
 * device_type after its reg; and the same names deeper in the tree are
 * not the root's children. */
static void test_scan_facts(void)
{
    static struct fdtw w;
    struct fdt_facts f;
    unsigned all = FDT_FACT_MEMORY | FDT_FACT_TIMEBASE | FDT_FACT_BOOTARGS |
               FDT_FACT_STDOUT | FDT_FACT_PSCI | FDT_FACT_CPUS;
    uint8_t *b;
    size_t n;
    int err;

    w_init(&w);
    w_begin(&w, "");
    w_prop_cells(&w, "#address-cells", 1, 1u);
    w_prop_cells(&w, "#size-cells", 1, 1u);
    w_begin(&w, "soc");                     /* decoys, one level down */
    w_begin(&w, "cpus");
    w_prop_cells(&w, "timebase-frequency", 1, 1u);
    w_end(&w);
    w_begin(&w, "memory@0");
    w_prop_cells(&w, "reg", 2, 0u, 0x1000u);
    w_end(&w);
    w_begin(&w, "chosen");
    w_prop_str(&w, "bootargs", "decoy");
    w_end(&w);
    w_end(&w);
    w_begin(&w, "chosen");
    w_prop_str(&w, "linux,stdout-path", "/old");
    w_prop_str(&w, "bootargs", "console=ttyS0 quiet");
    w_prop_str(&w, "stdout-path", "/uart@1000:9600");
    w_end(&w);
    w_begin(&w, "ram@40000000");
    w_prop_cells(&w, "reg", 2, 0x40000000u, 0x20000000u);
    w_prop_str(&w, "device_type", "memory");
    w_end(&w);
    w_begin(&w, "cpus");
    w_prop_cells(&w, "timebase-frequency", 2, 0x1u, 0x2u);
    w_begin(&w, "cpu@0");
    w_end(&w);
    w_begin(&w, "cpu-map");                 /* not a hart */
    w_end(&w);
    w_begin(&w, "cpu@1f");
    w_begin(&w, "cpu@7");                   /* not a child of /cpus */
    w_end(&w);
    w_end(&w);
    w_end(&w);
    w_begin(&w, "psci");
    w_prop_str(&w, "method", "smc");
    w_end(&w);
    w_end(&w);
    b = w_finish(&w, &n);
    err = scan(b, n, all, &f);
    expect_int("scan: facts: accepted", err, 0);
    expect_int("scan: facts: all six found", (int)f.found, (int)all);
    expect_int("scan: facts: all six settled", (int)f.settled, (int)all);
    expect_u64("scan: facts: the harts of /cpus/cpu@N", 0, f.cpus,
           (1ull << 0x1f) | 1u);
    expect_u64("scan: facts: memory typed after its reg", 0, f.mem_base,
           0x40000000u);
    expect_u64("scan: facts: memory size", 0, f.mem_size, 0x20000000u);
    expect_u64("scan: facts: timebase in two cells", 0, f.timebase_hz,
           0x100000002ull);
    report("scan: facts: bootargs", f.str[FDT_BOOTARGS] &&
           strcmp(f.str[FDT_BOOTARGS], "console=ttyS0 quiet") == 0,
           "got %s", f.str[FDT_BOOTARGS] ? f.str[FDT_BOOTARGS] : "NULL");
    report("scan: facts: stdout-path wins over linux,stdout-path before it",
           f.str[FDT_STDOUT_PATH] &&
           strcmp(f.str[FDT_STDOUT_PATH], "/uart@1000:9600") == 0, "got %s",
           f.str[FDT_STDOUT_PATH] ? f.str[FDT_STDOUT_PATH] : "NULL");
    report("scan: facts: psci method", f.str[FDT_PSCI_METHOD] &&
           strcmp(f.str[FDT_PSCI_METHOD], "smc") == 0, "");
    /* Facts are added: a second call for what is settled reads nothing. */
    f.want = FDT_FACT_TIMEBASE;
    expect_int("scan: settled facts are not read again (a cut blob is fine)",
           fdt_scan(b, 3, &f), 0);
    /* Cut the blob: the facts must not survive an error. */
    err = scan(b, n - 4, all, &f);
    report("scan: facts: a cut blob is refused and tells nothing",
           err < 0 && f.found == 0 && f.settled == 0, "err %d found %u", err,
           f.found);
    free(b);

    /* linux,stdout-path alone; a method that is not a string; a timebase
     * of three cells; a memory node with no reg. */
    w_init(&w);
    w_begin(&w, "");
    w_begin(&w, "memory@0");
    w_end(&w);
    w_begin(&w, "chosen");
    w_prop_str(&w, "linux,stdout-path", "/old");
    w_end(&w);
    w_begin(&w, "cpus");
    w_prop_cells(&w, "timebase-frequency", 3, 0u, 0u, 1u);
    w_end(&w);
    w_begin(&w, "psci");
    w_prop(&w, "method", "hvc", 3);
    w_end(&w);
    w_end(&w);
    b = w_finish(&w, &n);
    err = scan(b, n, all, &f);
    expect_int("scan: odd facts: accepted", err, 0);
    expect_int("scan: odd facts: only the old stdout name found",
           (int)f.found, FDT_FACT_STDOUT);
    expect_int("scan: odd facts: all settled", (int)f.settled, (int)all);
    report("scan: linux,stdout-path when there is no stdout-path",
           f.str[FDT_STDOUT_PATH] && strcmp(f.str[FDT_STDOUT_PATH], "/old") == 0,
           "");
    free(b);
}

/* want: the pass stops once the wanted facts are settled, so a blob whose
 * damage lies after /chosen still gives bootargs, and the whole-blob
 * check still refuses it. */
static void test_scan_early_stop(void)
{
    static struct fdtw w;
    struct fdt_facts f;
    uint8_t *b;
    size_t n, bad;
    int err;

    w_init(&w);
    w_begin(&w, "");
    w_begin(&w, "chosen");
    w_prop_str(&w, "bootargs", "a=1");
    w_end(&w);
    bad = w_begin(&w, "memory@0");
    w_prop_cells(&w, "reg", 3, 0u, 0u, 0x1000u);
    w_end(&w);
    w_end(&w);
    b = w_finish(&w, &n);
    put32(b + get32(b + HO_STRUCT) + bad, 0x77u);   /* an unknown token after /chosen */
    err = scan(b, n, FDT_FACT_BOOTARGS, &f);
    report("scan: want bootargs: stops after /chosen, before the damage",
           err == 0 && (f.found & FDT_FACT_BOOTARGS) &&
           strcmp(f.str[FDT_BOOTARGS], "a=1") == 0 &&
           !(f.found & FDT_FACT_MEMORY), "err %d found %u", err, f.found);
    expect_int("scan: want bootargs: settled", (int)(f.settled & FDT_FACT_BOOTARGS),
           FDT_FACT_BOOTARGS);
    f.want = FDT_FACT_MEMORY;
    expect_int("scan: then memory: reads on and finds the damage",
           fdt_scan(b, n, &f), FDT_ERR_BADTOKEN);
    report("scan: ... and keeps what the earlier pass found",
           f.found == FDT_FACT_BOOTARGS, "found %u", f.found);
    expect_int("scan: the whole-blob check refuses it", fdt_check(b, n),
           FDT_ERR_BADTOKEN);
    free(b);
}

/* A root with the given cells (< 0: no property) and one node in which
 * fdt_scan must find memory base/size (or none, with want_none). */
static void memory_case(const char *name, int ac, int sc,
            const char *node, const char *type, int ncells,
            const uint32_t *reg, int want_none, uint64_t want_base,
            uint64_t want_size)
{
    static struct fdtw w;
    struct fdt_facts f;
    uint8_t buf[32], *b;
    size_t n;
    char label[160];
    int i, err;

    w_init(&w);
    w_begin(&w, "");
    if (ac >= 0)
        w_prop_cells(&w, "#address-cells", 1, (uint32_t)ac);
    if (sc >= 0)
        w_prop_cells(&w, "#size-cells", 1, (uint32_t)sc);
    w_begin(&w, "cpus");
    w_end(&w);
    w_begin(&w, node);
    if (type)
        w_prop_str(&w, "device_type", type);
    for (i = 0; i < ncells; i++)
        put32(buf + 4 * i, reg[i]);
    w_prop(&w, "reg", buf, (size_t)(4 * ncells));
    w_end(&w);
    w_end(&w);
    b = w_finish(&w, &n);
    err = scan(b, n, FDT_FACT_MEMORY, &f);
    snprintf(label, sizeof label, "memory: %s: accepted, settled", name);
    report(label, err == 0 && f.settled == FDT_FACT_MEMORY, "err %d", err);
    if (want_none) {
        snprintf(label, sizeof label, "memory: %s: none", name);
        expect_int(label, (int)f.found, 0);
    } else {
        if (!(f.found & FDT_FACT_MEMORY))
            err = FDT_ERR_NOTFOUND;
        snprintf(label, sizeof label, "memory: %s: base", name);
        expect_u64(label, err, f.mem_base, want_base);
        snprintf(label, sizeof label, "memory: %s: size", name);
        expect_u64(label, err, f.mem_size, want_size);
    }
    free(b);
}

static void test_memory_variants(void)
{
    static const uint32_t r11[] = { 0x40000000, 0x08000000 };
    static const uint32_t r21[] = { 0x1, 0x00000000, 0x20000000 };
    static const uint32_t r22[] = { 0, 0x80000000, 0, 0x10000000 };
    static const uint32_t r10[] = { 0x40000000 };

    memory_case("1/1 cells", 1, 1, "memory@40000000", "memory", 2, r11,
            0, 0x40000000, 0x08000000);
    memory_case("defaults 2/1 without #cells", -1, -1, "memory@100000000",
            "memory", 3, r21, 0, 0x100000000ull, 0x20000000);
    memory_case("by device_type, any name", 2, 2, "ram@80000000",
            "memory", 4, r22, 0, 0x80000000, 0x10000000);
    memory_case("by name memory@, no device_type", 2, 2,
            "memory@80000000", NULL, 4, r22, 0, 0x80000000,
            0x10000000);
    memory_case("by name memory, no unit address", 2, 2, "memory", NULL, 4,
            r22, 0, 0x80000000, 0x10000000);
    memory_case("#size-cells 0", 1, 0, "memory@40000000", NULL, 1, r10, 0,
            0x40000000, 0);
    memory_case("reg too short for its cells", 2, 2, "memory@0",
            "memory", 3, r21, 1, 0, 0);
    memory_case("#address-cells of 3", 3, 1, "memory@0", "memory", 4,
            r22, 1, 0, 0);
    memory_case("memory-controller is not memory", 2, 1,
            "memory-controller@0", NULL, 3, r21, 1, 0, 0);
    memory_case("device_type other than memory", 2, 1, "ram@0", "cpu", 3,
            r21, 1, 0, 0);
}

/* A tree with two UARTs and two aliases, whose /chosen holds `prop` =
 * val[0..len) (no /chosen if prop is NULL).  The console must be the node
 * at want_path with options want_opt, or fail with want_err. */
static void stdout_case(const char *name, const char *prop,
            const void *val, size_t len, const char *want_path,
            int want_err, const char *want_opt)
{
    static struct fdtw w;
    struct fdt_node node;
    const char *opt = "unset";
    uint8_t *b;
    size_t n;
    int got, want;
    char label[160];

    w_init(&w);
    w_begin(&w, "");
    w_begin(&w, "aliases");
    w_prop_str(&w, "uart0", "/uart@1000");
    w_prop_str(&w, "bus", "/bus");
    w_prop(&w, "nonul", "/uart@1000", 10);
    w_end(&w);
    if (prop) {
        w_begin(&w, "chosen");
        w_prop(&w, prop, val, len);
        w_end(&w);
    }
    w_begin(&w, "uart@1000");
    w_end(&w);
    w_begin(&w, "bus");
    w_begin(&w, "uart@2000");
    w_end(&w);
    w_end(&w);
    w_end(&w);
    b = w_finish(&w, &n);
    want = want_path ? find(b, want_path, NULL) : want_err;
    got = stdout_node(b, n, &opt, &node);
    snprintf(label, sizeof label, "stdout: %s", name);
    expect_int(label, got, want);
    if (want_path) {
        snprintf(label, sizeof label, "stdout: %s: options", name);
        report(label, want_opt ? opt && strcmp(opt, want_opt) == 0
                       : opt == NULL,
               "got \"%s\"", opt ? opt : "(null)");
    }
    free(b);
}

#define STR(s) s, sizeof(s)

static void test_stdout_variants(void)
{
    stdout_case("full path with options", "stdout-path",
            STR("/uart@1000:115200n8"), "/uart@1000", 0, "115200n8");
    stdout_case("alias with options", "stdout-path", STR("uart0:9600"),
            "/uart@1000", 0, "9600");
    stdout_case("alias with a path behind it", "stdout-path",
            STR("bus/uart"), "/bus/uart@2000", 0, NULL);
    stdout_case("full path, no options", "stdout-path",
            STR("/bus/uart@2000"), "/bus/uart@2000", 0, NULL);
    stdout_case("empty options after ':'", "stdout-path",
            STR("/uart@1000:"), "/uart@1000", 0, "");
    stdout_case("linux,stdout-path fallback", "linux,stdout-path",
            STR("/uart@1000:57600"), "/uart@1000", 0, "57600");
    stdout_case("no /chosen", NULL, "", 0, NULL, FDT_ERR_NOTFOUND, NULL);
    stdout_case("no stdout-path", "bootargs", STR("x"), NULL,
            FDT_ERR_NOTFOUND, NULL);
    stdout_case("value without NUL is no path", "stdout-path",
            "/uart@1000", 10, NULL, FDT_ERR_NOTFOUND, NULL);
    stdout_case("empty value is no path", "stdout-path", "", 0, NULL,
            FDT_ERR_NOTFOUND, NULL);
    stdout_case("path to nothing", "stdout-path", STR("/nosuch:1"), NULL,
            FDT_ERR_NOTFOUND, NULL);
    stdout_case("unknown alias", "stdout-path", STR("serial7"), NULL,
            FDT_ERR_NOTFOUND, NULL);
    stdout_case("alias value without NUL", "stdout-path", STR("nonul"), NULL,
            FDT_ERR_BADVALUE, NULL);
    stdout_case("only options", "stdout-path", STR(":115200"), NULL,
            FDT_ERR_BADPATH, NULL);
}

/* FDT_NOP before the root, between properties, before FDT_END_NODE and
 * before FDT_END: all ignored (5.4.1). */
static void test_nops(void)
{
    static struct fdtw w;
    struct fdt_facts f;
    uint8_t *b;
    size_t n;
    int err;

    w_init(&w);
    w_token(&w, TOK_NOP);
    w_begin(&w, "");
    w_token(&w, TOK_NOP);
    w_prop_cells(&w, "#address-cells", 1, 1u);
    w_token(&w, TOK_NOP);
    w_prop_cells(&w, "#size-cells", 1, 1u);
    w_token(&w, TOK_NOP);
    w_begin(&w, "memory@1000");
    w_token(&w, TOK_NOP);
    w_prop_cells(&w, "reg", 2, 0x1000u, 0x2000u);
    w_token(&w, TOK_NOP);
    w_end(&w);
    w_token(&w, TOK_NOP);
    w_end(&w);
    w_token(&w, TOK_NOP);
    b = w_finish(&w, &n);
    expect_int("NOPs everywhere: check", fdt_check(b, n), 0);
    expect_node("NOPs everywhere: root found past a NOP", b,
            find(b, "/", NULL), "");
    err = scan(b, n, FDT_FACT_MEMORY, &f);
    expect_u64("NOPs everywhere: reg read past NOPs", err,
           f.mem_base << 32 | f.mem_size, 0x100000002000ull);
    test_walk("NOPs everywhere", b, &w);
    free(b);
}

static void test_version16(void)
{
    static struct fdtw w;
    struct fdt_facts f;
    struct marks m;
    uint8_t *b;
    size_t n;
    int err;

    w_init(&w);
    w.version = 16;
    build_standard(&w, &m);
    b = w_finish(&w, &n);
    expect_int("version 16 (no size_dt_struct) accepted",
           fdt_check(b, n), 0);
    err = scan(b, n, FDT_FACT_MEMORY, &f);
    expect_u64("version 16 lookups work", err, f.mem_base, RAM_BASE);
    expect_int("version 16 paths work", find(b, "/soc/serial", NULL),
           (int)m.serial_node);
    free(b);
}

/* A chain of nodes `levels` deep below the root, each with reg and an
 * empty ranges, so fdt_find translates through the whole chain. */
static uint8_t *deep_blob(int levels, size_t *n)
{
    static struct fdtw w;
    int i;

    w_init(&w);
    w_begin(&w, "");
    w_prop_cells(&w, "#address-cells", 1, 1u);
    w_prop_cells(&w, "#size-cells", 1, 1u);
    for (i = 0; i < levels; i++) {
        w_begin(&w, "n@10");
        w_prop_cells(&w, "#address-cells", 1, 1u);
        w_prop_cells(&w, "#size-cells", 1, 1u);
        w_prop(&w, "ranges", NULL, 0);
        w_prop_cells(&w, "reg", 2, 0x10u, 0x20u);
    }
    for (i = 0; i < levels; i++)
        w_end(&w);
    w_end(&w);
    return w_finish(&w, n);
}

static void test_depth(void)
{
    char path[5 * (FDT_MAX_DEPTH + 2)] = "";
    struct fdt_node node;
    uint8_t *b;
    size_t n;
    int i, err;

    b = deep_blob(FDT_MAX_DEPTH, &n);
    expect_int("nesting of exactly FDT_MAX_DEPTH accepted",
           fdt_check(b, n), 0);
    for (i = 0; i < FDT_MAX_DEPTH; i++)
        strcat(path, "/n");
    err = find(b, path, &node);
    expect_node("deepest node found by path", b, err, "n@10");
    expect_u64("reg of the deepest node, through every level",
           err < 0 ? err : node.reg, node.addr, 0x10);
    report("every function on the deepest tree",
           fdt_exercise(b, 1) == NULL, "%s", fdt_exercise(b, 1));
    free(b);

    b = deep_blob(FDT_MAX_DEPTH + 1, &n);
    expect_int("nesting one deeper is TOODEEP", fdt_check(b, n),
           FDT_ERR_TOODEEP);
    free(b);
    b = deep_blob(3000, &n);
    expect_int("3000 nested nodes is TOODEEP", fdt_check(b, n),
           FDT_ERR_TOODEEP);
    report("3000 nested nodes: every walk stays safe",
           fdt_exercise(b, 0) == NULL, "%s", fdt_exercise(b, 0));
    free(b);
}

/* ---- corrupt blobs ---------------------------------------------------- */

/*
 * fdt_check on a corrupt copy must give `want`.  Then every other
 * function runs on it too, unchecked, whenever its totalsize still lies
 * inside the buffer: they must not crash or read out of bounds (ASan),
 * and every token the walker hands on must lie inside the blob.
 */
static void expect_corrupt(const char *name, const uint8_t *blob,
               size_t size, size_t max, int want)
{
    uint8_t *c = dup_blob(blob, size);
    const char *why = NULL;
    char label[160];

    snprintf(label, sizeof label, "corrupt: %s", name);
    expect_int(label, fdt_check(c, max), want);
    if (size >= 8 && get32(c + HO_TOTALSIZE) <= size)
        why = fdt_exercise(c, 0);
    if (why) {
        snprintf(label, sizeof label, "corrupt: %s: walks stay safe", name);
        report(label, 0, "%s", why);
    }
    free(c);
}

/* Copy of the standard blob with one 32-bit field replaced. */
static void corrupt_field(const char *name, size_t off, uint32_t val,
              int want)
{
    struct marks m;
    size_t n;
    uint8_t *b = standard_blob(&n, &m);

    put32(b + off, val);
    expect_corrupt(name, b, n, n, want);
    free(b);
}

static void test_corrupt_header(void)
{
    struct marks m;
    size_t n;
    uint8_t *b = standard_blob(&n, &m);
    uint32_t st = get32(b + HO_STRUCT);
    uint32_t str_size = get32(b + HO_SIZE_STRINGS);

    expect_corrupt("max_size smaller than the header", b, 7, 7,
               FDT_ERR_TRUNCATED);
    expect_corrupt("totalsize larger than max_size", b, n, n - 1,
               FDT_ERR_TRUNCATED);
    expect_int("corrupt: NULL blob", fdt_check(NULL, 100),
           FDT_ERR_BADMAGIC);
    corrupt_field("bad magic", 0, 0xd00dfeee, FDT_ERR_BADMAGIC);
    corrupt_field("totalsize cut short of the strings block",
              HO_TOTALSIZE, (uint32_t)n - 8, FDT_ERR_BADLAYOUT);
    corrupt_field("totalsize smaller than a header", HO_TOTALSIZE, 39,
              FDT_ERR_TRUNCATED);
    corrupt_field("totalsize 0xffffffff", HO_TOTALSIZE, 0xffffffffu,
              FDT_ERR_TRUNCATED);
    corrupt_field("version 15", HO_VERSION, 15, FDT_ERR_BADVERSION);
    corrupt_field("last_comp_version 18", HO_LAST_COMP, 18,
              FDT_ERR_BADVERSION);
    corrupt_field("struct offset past totalsize", HO_STRUCT,
              (uint32_t)n + 4, FDT_ERR_BADLAYOUT);
    corrupt_field("struct offset misaligned", HO_STRUCT, st + 2,
              FDT_ERR_BADLAYOUT);
    corrupt_field("struct offset inside the header", HO_STRUCT, 8,
              FDT_ERR_BADLAYOUT);
    corrupt_field("struct size past totalsize", HO_SIZE_STRUCT,
              (uint32_t)n, FDT_ERR_BADLAYOUT);
    corrupt_field("struct size 0xfffffffc (wraps)", HO_SIZE_STRUCT,
              0xfffffffcu, FDT_ERR_BADLAYOUT);
    corrupt_field("strings offset past totalsize", HO_STRINGS,
              (uint32_t)n + 1, FDT_ERR_BADLAYOUT);
    corrupt_field("strings size past totalsize", HO_SIZE_STRINGS,
              str_size + 1, FDT_ERR_BADLAYOUT);
    corrupt_field("strings size 0xffffffff (wraps)", HO_SIZE_STRINGS,
              0xffffffffu, FDT_ERR_BADLAYOUT);
    corrupt_field("reservation block misaligned", HO_RSVMAP, 44,
              FDT_ERR_BADLAYOUT);
    corrupt_field("reservation block past totalsize", HO_RSVMAP,
              ((uint32_t)n + 15) & ~7u, FDT_ERR_BADLAYOUT);
    corrupt_field("reservation block without terminator", HO_RSVMAP,
              ((uint32_t)n - 8) & ~7u, FDT_ERR_BADRSVMAP);
    free(b);
}

static void test_corrupt_struct(void)
{
    static struct fdtw w;
    struct marks m;
    size_t n;
    uint8_t *b = standard_blob(&n, &m);
    uint32_t st = get32(b + HO_STRUCT);
    uint32_t st_size = get32(b + HO_SIZE_STRUCT);
    uint32_t str_size = get32(b + HO_SIZE_STRINGS);
    size_t prop = st + m.serial_compat;     /* FDT_PROP token */
    uint8_t *c;

    corrupt_field("property length past the block", prop + 4,
              st_size - (uint32_t)m.serial_compat, FDT_ERR_BADPROPLEN);
    corrupt_field("property length 0xffffffff", prop + 4, 0xffffffffu,
              FDT_ERR_BADPROPLEN);
    corrupt_field("property name offset outside strings", prop + 8,
              str_size, FDT_ERR_BADSTRING);
    corrupt_field("property name offset 0xffffffff", prop + 8,
              0xffffffffu, FDT_ERR_BADSTRING);
    /* Shorten the strings block by one byte: the last name written
     * ("after-nop") loses its NUL. */
    corrupt_field("property name not terminated", HO_SIZE_STRINGS,
              str_size - 1, FDT_ERR_BADSTRING);
    /* End the structure block in the middle of "memory@80000000". */
    corrupt_field("node name not terminated", HO_SIZE_STRUCT,
              (uint32_t)m.memory_name + 4 + 6, FDT_ERR_BADNAME);
    corrupt_field("FDT_END replaced by FDT_NOP", st + st_size - 4,
              TOK_NOP, FDT_ERR_NOEND);
    corrupt_field("FDT_PROP as the block's last 4 bytes",
              st + st_size - 4, TOK_PROP, FDT_ERR_BADPROPLEN);
    corrupt_field("struct block cut before FDT_END", HO_SIZE_STRUCT,
              st_size - 4, FDT_ERR_NOEND);
    corrupt_field("unknown token", st + m.first_nop, 0x5,
              FDT_ERR_BADTOKEN);
    corrupt_field("token 0", st + m.first_nop, 0x0, FDT_ERR_BADTOKEN);
    corrupt_field("data after FDT_END", HO_SIZE_STRUCT, st_size + 4,
              FDT_ERR_BADNESTING);
    corrupt_field("FDT_END inside a node", st + m.first_nop, TOK_END,
              FDT_ERR_BADNESTING);
    corrupt_field("property after its node's FDT_END_NODE",
              st + m.first_nop, TOK_END_NODE, FDT_ERR_BADNESTING);
    free(b);

    /* Shapes the writer can produce directly. */
    w_init(&w);
    w_begin(&w, "");
    w_end(&w);
    w_end(&w);
    c = w_finish(&w, &n);
    expect_corrupt("FDT_END_NODE without a node", c, n, n,
               FDT_ERR_BADNESTING);
    free(c);

    w_init(&w);
    w_begin(&w, "");
    w_begin(&w, "open");
    w_end(&w);
    c = w_finish(&w, &n);
    expect_corrupt("node never closed", c, n, n, FDT_ERR_BADNESTING);
    free(c);

    w_init(&w);
    w_begin(&w, "");
    w_begin(&w, "child");
    w_end(&w);
    w_prop_str(&w, "late", "x");
    w_end(&w);
    c = w_finish(&w, &n);
    expect_corrupt("property after a subnode", c, n, n,
               FDT_ERR_BADNESTING);
    free(c);

    w_init(&w);
    w_prop_str(&w, "stray", "x");
    w_begin(&w, "");
    w_end(&w);
    c = w_finish(&w, &n);
    expect_corrupt("property outside any node", c, n, n,
               FDT_ERR_BADNESTING);
    free(c);

    w_init(&w);
    w_begin(&w, "");
    w_end(&w);
    w_begin(&w, "");
    w_end(&w);
    c = w_finish(&w, &n);
    expect_corrupt("two roots", c, n, n, FDT_ERR_BADNESTING);
    free(c);

    w_init(&w);
    c = w_finish(&w, &n);
    expect_corrupt("no root node", c, n, n, FDT_ERR_BADNESTING);
    free(c);

    w_init(&w);
    w.no_end = 1;
    w_begin(&w, "");
    w_end(&w);
    c = w_finish(&w, &n);
    expect_corrupt("no FDT_END at all", c, n, n, FDT_ERR_NOEND);
    free(c);
}

/* How much of a blob its blocks use: QEMU pads its dumps with free
 * space (up to 1 MiB), where corrupting or cutting changes nothing. */
static size_t used_size(const uint8_t *b)
{
    size_t st = get32(b + HO_STRUCT) + (size_t)get32(b + HO_SIZE_STRUCT);
    size_t str = get32(b + HO_STRINGS) + (size_t)get32(b + HO_SIZE_STRINGS);

    return st > str ? st : str;
}

/*
 * Cut a good blob short at every length up to the end of its blocks, and
 * make the header agree (totalsize = the cut length), as a blob cut off
 * by a bad copy or a wrong size field would look.  Each must be refused,
 * reading nothing past the cut (each is its own exactly-sized copy).
 */
static void test_prefixes(const char *name, const uint8_t *b, size_t n)
{
    size_t len, used = used_size(b), bad = 0, first_bad = 0;
    uint8_t *c;

    for (len = 0; len < used && len < n; len++) {
        c = dup_blob(b, len);
        if (len >= 8)
            put32(c + HO_TOTALSIZE, (uint32_t)len);
        if (fdt_check(c, len) >= 0 && !bad++)
            first_bad = len;
        free(c);
    }
    report(name, bad == 0 && fdt_check(b, n) == 0,
           "%zu cut blobs accepted (first: %zu bytes)", bad, first_bad);
}

/* A small deterministic PRNG (xorshift32), so failures reproduce. */
static uint32_t rng_state = 2463534242u;

static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

/*
 * Set random bytes of a good blob (inside its blocks) to random values,
 * and run everything.
 * fdt_check may accept a mutant (a changed property value is still a
 * valid blob); then the other functions must find nothing corrupt.
 */
static void test_mutations(const char *name, const uint8_t *b, size_t n,
               int rounds, int bytes_per_round)
{
    int i, j, accepted = 0, broken = 0;
    const char *why, *first_why = NULL;
    size_t used = used_size(b) < n ? used_size(b) : n;
    uint8_t *c;
    char label[160];

    for (i = 0; i < rounds; i++) {
        c = dup_blob(b, n);
        for (j = 0; j < bytes_per_round; j++)
            c[rng() % used] = (uint8_t)rng();
        if (fdt_check(c, n) == 0) {
            accepted++;
            why = fdt_exercise(c, 1);
            if (why && !broken++)
                first_why = why;
        } else if (get32(c + HO_TOTALSIZE) <= n) {
            why = fdt_exercise(c, 0);
            if (why && !broken++)
                first_why = why;
        }
        free(c);
    }
    snprintf(label, sizeof label, "%s: %d mutants of %d random byte(s)",
         name, rounds, bytes_per_round);
    report(label, broken == 0, "%d mutants misread (%d accepted), "
           "first: %s", broken, accepted, first_why);
    if (!quiet)
        fprintf(stderr, "# %s: %d of %d accepted by fdt_check\n",
            label, accepted, rounds);
}

/* ---- real blobs from QEMU --------------------------------------------- */

static char tmpdir[64];

/* Dump `machine`'s devicetree with QEMU; returns a malloc'd copy of
 * exactly totalsize bytes, or NULL (*why says why). */
static uint8_t *qemu_dtb(const char *qemu, const char *args, size_t *n,
             size_t *file_size, const char **why)
{
    char cmd[512], path[128];
    uint8_t *buf, *b;
    FILE *f;
    long len;

    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", qemu);
    if (system(cmd) != 0) {
        *why = "not installed";
        return NULL;
    }
    if (tmpdir[0] == '\0') {
        strcpy(tmpdir, "/tmp/test_fdt.XXXXXX");
        if (mkdtemp(tmpdir) == NULL) {
            *why = "mkdtemp failed";
            return NULL;
        }
    }
    snprintf(path, sizeof path, "%s/%s.dtb", tmpdir, qemu);
    /* dumpdtb writes the blob the machine would boot with and exits;
     * -nic none keeps aarch64 from wanting a network boot ROM. */
    snprintf(cmd, sizeof cmd, "timeout 60 %s -M virt,dumpdtb=%s %s "
         "-display none -nic none >/dev/null 2>&1", qemu, path, args);
    if (system(cmd) != 0 || (f = fopen(path, "rb")) == NULL) {
        *why = "qemu failed to dump the devicetree";
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    rewind(f);
    buf = malloc(len > 0 ? (size_t)len : 1);
    need(buf != NULL);
    if (len < 8 || fread(buf, 1, (size_t)len, f) != (size_t)len) {
        fclose(f);
        free(buf);
        *why = "short dtb file";
        return NULL;
    }
    fclose(f);
    remove(path);
    *file_size = (size_t)len;
    /* QEMU pads the file to 1 MiB; keep what the header says. */
    *n = get32(buf + HO_TOTALSIZE);
    if (*n > (size_t)len)
        *n = (size_t)len;
    b = dup_blob(buf, *n);
    free(buf);
    return b;
}

struct qemu_case {
    const char *label;
    const char *qemu;
    const char *args;       /* after -M virt,dumpdtb=FILE */
    uint64_t ram_base, ram_size;
    uint64_t uart;
    const char *compat;
    uint64_t timebase;      /* /cpus timebase-frequency */
    const char *psci;       /* /psci method, or NULL: no /psci */
};

static void test_qemu(const struct qemu_case *q)
{
    char label[160];
    const char *why = NULL, *opt = NULL;
    struct fdt_facts f;
    struct fdt_node node;
    size_t n = 0, file_size = 0;
    uint8_t *b;
    int err;

    b = qemu_dtb(q->qemu, q->args, &n, &file_size, &why);
    if (b == NULL) {
        snprintf(label, sizeof label, "%s: real devicetree", q->label);
        skip(label, why);
        return;
    }
    snprintf(label, sizeof label, "%s: fdt_check", q->label);
    expect_int(label, fdt_check(b, n), 0);
    err = scan(b, n, FDT_FACT_MEMORY | FDT_FACT_TIMEBASE, &f);
    if (!err && !(f.found & FDT_FACT_MEMORY))
        err = FDT_ERR_NOTFOUND;
    snprintf(label, sizeof label, "%s: memory base", q->label);
    expect_u64(label, err, f.mem_base, q->ram_base);
    snprintf(label, sizeof label, "%s: memory size equals -m", q->label);
    expect_u64(label, err, f.mem_size, q->ram_size);
    snprintf(label, sizeof label, "%s: timebase-frequency", q->label);
    if (q->timebase)
        expect_u64(label, f.found & FDT_FACT_TIMEBASE ? 0 : FDT_ERR_NOTFOUND,
               f.timebase_hz, q->timebase);
    else
        report(label, !(f.found & FDT_FACT_TIMEBASE) &&
               (f.settled & FDT_FACT_TIMEBASE), "none expected, found %u",
               f.found);
    err = stdout_node(b, n, &opt, &node);
    snprintf(label, sizeof label, "%s: stdout-path node reg", q->label);
    expect_u64(label, err < 0 ? err : node.reg, node.addr, q->uart);
    snprintf(label, sizeof label, "%s: stdout-path node is %s", q->label,
         q->compat);
    expect_int(label, err < 0 ? err
           : fdt_list_has(node.compatible, node.compatible_len, q->compat), 1);
    err = scan(b, n, FDT_FACT_PSCI, &f);
    snprintf(label, sizeof label, "%s: /psci method", q->label);
    report(label, err == 0 && (q->psci ? (f.found & FDT_FACT_PSCI) &&
           strcmp(f.str[FDT_PSCI_METHOD], q->psci) == 0
           : f.found == 0 && f.settled == FDT_FACT_PSCI), "err %d", err);
    snprintf(label, sizeof label, "%s: every function", q->label);
    why = fdt_exercise(b, 1);
    report(label, why == NULL, "%s", why);
    snprintf(label, sizeof label, "%s: every cut refused", q->label);
    test_prefixes(label, b, n);
    /* Mutate a copy without QEMU's trailing free space: a 4 KiB blob
     * instead of 1 MiB makes each round (a fresh copy) cheap. */
    if (used_size(b) < n) {
        n = used_size(b);
        put32(b + HO_TOTALSIZE, (uint32_t)n);
    }
    test_mutations(q->label, b, n, 3000, 1);
    free(b);
}

static const struct qemu_case qemu_cases[] = {
    /* RISC-V virt's counter runs at 10 MHz (QEMU's
     * RISCV_ACLINT_DEFAULT_TIMEBASE_FREQ); AArch64 virt's blob has no
     * timebase (the CPU's CNTFRQ_EL0 says it), and /psci method "hvc"
     * for a machine entered at EL1, "smc" with virtualization=on. */
    { "qemu riscv64 virt", "qemu-system-riscv64", "-m 256M",
      0x80000000, 256u << 20, 0x10000000, "ns16550a", 10000000, NULL },
    /* Debian ships no 32-bit OpenSBI: no firmware, just the machine */
    { "qemu riscv32 virt", "qemu-system-riscv32", "-m 128M -bios none",
      0x80000000, 128u << 20, 0x10000000, "ns16550a", 10000000, NULL },
    { "qemu aarch64 virt", "qemu-system-aarch64",
      "-m 512M -cpu cortex-a53", 0x40000000, 512u << 20,
      0x9000000, "arm,pl011", 0, "hvc" },
    { "qemu aarch64 virt,virtualization=on", "qemu-system-aarch64",
      "-m 256M -cpu cortex-a53 -M virtualization=on", 0x40000000, 256u << 20,
      0x9000000, "arm,pl011", 0, "smc" },
};

/* ---- seeds for the fuzzer --------------------------------------------- */

static int write_file(const char *dir, const char *name, const uint8_t *b,
              size_t n)
{
    char path[512];
    FILE *f;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "wb");
    if (f == NULL || fwrite(b, 1, n, f) != n) {
        perror(path);
        if (f)
            fclose(f);
        return 1;
    }
    return fclose(f) != 0;
}

static int write_seeds(const char *dir)
{
    static struct fdtw w;
    struct marks m;
    const char *why;
    uint8_t *b;
    size_t n, fs, i;
    int err = 0;

    b = standard_blob(&n, &m);
    err |= write_file(dir, "standard.dtb", b, n);
    free(b);
    w_init(&w);
    w.version = 16;
    build_standard(&w, &m);
    b = w_finish(&w, &n);
    err |= write_file(dir, "standard-v16.dtb", b, n);
    free(b);
    b = deep_blob(FDT_MAX_DEPTH, &n);
    err |= write_file(dir, "deep.dtb", b, n);
    free(b);
    for (i = 0; i < sizeof qemu_cases / sizeof qemu_cases[0]; i++) {
        b = qemu_dtb(qemu_cases[i].qemu, qemu_cases[i].args, &n, &fs,
                 &why);
        if (b == NULL) {
            fprintf(stderr, "seeds: %s: %s\n", qemu_cases[i].qemu,
                why);
            continue;
        }
        /* without the free space QEMU pads to 1 MiB: small seeds
         * keep the fuzzer's inputs (and so its runs) small */
        if (used_size(b) < n) {
            n = used_size(b);
            put32(b + HO_TOTALSIZE, (uint32_t)n);
        }
        err |= write_file(dir, qemu_cases[i].qemu, b, n);
        free(b);
    }
    if (tmpdir[0])
        rmdir(tmpdir);
    return err;
}

int main(int argc, char **argv)
{
    size_t i, n;
    uint8_t *b;

    /* Keep PASS/FAIL lines in order with anything on stderr. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc == 3 && strcmp(argv[1], "--write-seeds") == 0)
        return write_seeds(argv[2]);
    if (argc == 2 && strcmp(argv[1], "-q") == 0)
        quiet = 1;
    else if (argc != 1) {
        fprintf(stderr, "usage: %s [-q | --write-seeds DIR]\n",
            argv[0]);
        return 2;
    }

    test_good();
    test_memory_variants();
    test_scan_facts();
    test_scan_early_stop();
    test_stdout_variants();
    test_nops();
    test_version16();
    test_depth();
    test_corrupt_header();
    test_corrupt_struct();

    b = standard_blob(&n, NULL);
    test_prefixes("every cut of a good blob refused", b, n);
    test_mutations("written blob", b, n, 5000, 1);
    test_mutations("written blob", b, n, 2000, 4);
    free(b);

    for (i = 0; i < sizeof qemu_cases / sizeof qemu_cases[0]; i++)
        test_qemu(&qemu_cases[i]);
    if (tmpdir[0])
        rmdir(tmpdir);
    return failures ? 1 : 0;
}
