/*
 * A test's expectations, read from its own source: the kit-test comment
 * block (spec.c), and whether the test applies where it is about to run.
 * docs/testing.md lists every key; tools/runner/kitrun.c judges a run
 * against them.
 */
#ifndef KITRUN_SPEC_H
#define KITRUN_SPEC_H

#include <stddef.h>

#define SPEC_MAX_ITEMS 64
#define SPEC_MAX_CASES 32

struct spec {
    char *title;
    char *stdin_text;
    size_t stdin_len;
    char *stdin_after;
    char *expect[SPEC_MAX_ITEMS];
    int nexpect;
    char *expect_raw[SPEC_MAX_ITEMS];
    int nexpect_raw;
    char *expect_not[SPEC_MAX_ITEMS];
    int nexpect_not;
    char *expect_once[SPEC_MAX_ITEMS];
    int nexpect_once;
    int expect_exit;
    char *archs;        /* where it applies: each NULL means everywhere */
    char *boards;
    char *libcs;
    char *needs;        /* capabilities the board must have ("!x": must not) */
    char *scope;        /* "arch": one board per architecture is enough */
    char *exercises;    /* capabilities it tests when the board has them */
    char *qemu_extra;
    /* At most this many instructions, every core's together, from
     * bench_begin to bench_end (kitrun.c, run_one); 0: not counted. */
    unsigned long long insns_max;
    int checks;
    char *cases[SPEC_MAX_CASES];     /* "label | key: value | ..." */
    int ncases;
    /* Set before spec_read: "name=value" words; {name} in a stdin, qemu, expect,
     * expect-raw or expect-not line stands for the value (the board's
     * boot hart, say), so one test states what each board must print. */
    char *const *defines;
    int ndefines;
    /* Set before spec_read: the board's capabilities (make caps), which
     * decide whether an "expect[caps]:" line applies; NULL: none. */
    const char *caps;
    /* The names an expect line captures ({?name}), blank-separated: a
     * later {name} is the word the output had there (kitrun.c). */
    char *captures;
};

/* Where a test is about to run; a NULL field was not given and is not
 * checked (a host run has no board). */
struct where {
    const char *arch, *board, *libc;
    const char *caps;   /* the board's capabilities (make caps) */
    const char *scopes; /* the scopes this board stands for ("arch" or "") */
    const char *focus;  /* a variant board: what it adds to its base board */
};

/* Read the kit-test block of `file` into sp (exits 2 on a malformed one). */
void spec_read(struct spec *sp, const char *file);

/* The spec of case n: the common lines, then the case's own fields;
 * its label into label[labellen]. */
void spec_case(const struct spec *sp, int n, struct spec *one,
               char *label, size_t labellen, const char *file);

/* 1 when the test runs at `w`; else 0 and why not into why[whylen]. */
int spec_applies(const struct spec *sp, const struct where *w,
                 char *why, size_t whylen);

/* Shared with kitrun.c: report a fatal error and exit 2; strdup or die. */
void die(const char *fmt, ...);
char *xstrdup(const char *s);

#endif
