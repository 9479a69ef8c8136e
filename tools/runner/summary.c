/*
 * The summary of a make test run (and of several shards' runs merged):
 *
 *   - every "PASS ...", "FAIL ..." and "SKIP ..." line of every *.result
 *     file in the directories given, counted;
 *   - a board x test matrix of the boot tests (a directory is a board,
 *     except "host"; a file <test>.result is that test's cell);
 *   - JUnit XML (--junit FILE): one <testsuite> per directory name, one
 *     <testcase> per result line, the form CI systems read;
 *   - the closing line "N passed, N failed[, N skipped]".
 *
 * Directories with the same last name are one board: the shards of a
 * matrix each write build/results/virt-rv64/, and `make test-merge`
 * hands all of them over.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "spec.h"
#include "summary.h"

#define MAX_BOARDS 64
#define MAX_TESTS  512

struct matrix {
    char board[MAX_BOARDS][64];
    char test[MAX_TESTS][64];
    char cell[MAX_BOARDS][MAX_TESTS];   /* 'P', 'F', 'S' or 0 (no result) */
    int nboards, ntests;
};

/* One result line, kept for the JUnit file. */
struct result {
    char suite[64];
    char verdict;                       /* 'P', 'F' or 'S' */
    char *text;                         /* the line after "PASS " */
};

struct results {
    struct result *r;
    int n, cap;
    int passed, failed, skipped;
};

static int index_of(char names[][64], int *n, int max, const char *name)
{
    int i;

    for (i = 0; i < *n; i++)
        if (!strcmp(names[i], name))
            return i;
    if (*n == max)
        return -1;
    snprintf(names[*n], sizeof names[0], "%s", name);
    return (*n)++;
}

static char verdict_of(const char *line)
{
    return !strncmp(line, "PASS ", 5) ? 'P' : !strncmp(line, "FAIL ", 5) ? 'F'
         : !strncmp(line, "SKIP ", 5) ? 'S' : 0;
}

static void keep(struct results *rs, const char *suite, char verdict, const char *line)
{
    struct result *r;

    if (rs->n == rs->cap && !(rs->r = realloc(rs->r, (size_t)(rs->cap = rs->cap * 2 + 256) *
                                                     sizeof *rs->r)))
        die("out of memory");
    r = &rs->r[rs->n++];
    snprintf(r->suite, sizeof r->suite, "%s", suite);
    r->verdict = verdict;
    r->text = xstrdup(line + 5);
    r->text[strcspn(r->text, "\n")] = 0;
    rs->passed += verdict == 'P';
    rs->failed += verdict == 'F';
    rs->skipped += verdict == 'S';
}

/* One <test>.result file of board column b (-1: not a board). */
static void read_result(struct matrix *m, struct results *rs, const char *path,
                        const char *suite, int b, const char *test)
{
    int t = b >= 0 ? index_of(m->test, &m->ntests, MAX_TESTS, test) : -1;
    char line[1024];
    FILE *f = fopen(path, "r");

    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        char v = verdict_of(line);

        if (!v)
            continue;
        keep(rs, suite, v, line);
        if (t >= 0 && m->cell[b][t] != 'F')
            m->cell[b][t] = v;
    }
    fclose(f);
}

static void read_dir(struct matrix *m, struct results *rs, const char *dir)
{
    const char *name = strrchr(dir, '/') ? strrchr(dir, '/') + 1 : dir;
    int b = strcmp(name, "host") ? index_of(m->board, &m->nboards, MAX_BOARDS, name) : -1;
    DIR *d = opendir(dir);
    struct dirent *e;

    if (!d)
        return;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        char path[4096], test[64];

        if (len < 8 || strcmp(e->d_name + len - 7, ".result"))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        snprintf(test, sizeof test, "%.*s", (int)(len - 7), e->d_name);
        read_result(m, rs, path, name, b, test);
    }
    closedir(d);
}

static void print_matrix(const struct matrix *m)
{
    static const char *const mark[] = { ['P'] = "ok", ['F'] = "FAIL",
                                        ['S'] = "-", [0] = "" };
    int b, t, i, order[MAX_TESTS];

    if (!m->nboards)
        return;
    /* Rows in name order (insertion sort: a few hundred tests). */
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

/* Text as XML attribute content: markup characters escaped, control
 * characters (not allowed in XML 1.0) shown as '?'. */
static void xml_text(FILE *f, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;

        if (c == '&')
            fputs("&amp;", f);
        else if (c == '<')
            fputs("&lt;", f);
        else if (c == '>')
            fputs("&gt;", f);
        else if (c == '"')
            fputs("&quot;", f);
        else if (c < 0x20 && c != '\t')
            fputc('?', f);
        else
            fputc(c, f);
    }
}

static void junit_suite(FILE *f, const struct results *rs, const char *suite)
{
    int i, n = 0, failed = 0, skipped = 0;

    for (i = 0; i < rs->n; i++)
        if (!strcmp(rs->r[i].suite, suite)) {
            n++;
            failed += rs->r[i].verdict == 'F';
            skipped += rs->r[i].verdict == 'S';
        }
    fprintf(f, "  <testsuite name=\"");
    xml_text(f, suite);
    fprintf(f, "\" tests=\"%d\" failures=\"%d\" skipped=\"%d\">\n", n, failed, skipped);
    for (i = 0; i < rs->n; i++) {
        const struct result *r = &rs->r[i];

        if (strcmp(r->suite, suite))
            continue;
        fprintf(f, "    <testcase classname=\"");
        xml_text(f, suite);
        fprintf(f, "\" name=\"");
        xml_text(f, r->text);
        if (r->verdict == 'P') {
            fprintf(f, "\"/>\n");
            continue;
        }
        fprintf(f, "\">\n      <%s message=\"", r->verdict == 'F' ? "failure" : "skipped");
        xml_text(f, r->text);
        fprintf(f, "\"/>\n    </testcase>\n");
    }
    fprintf(f, "  </testsuite>\n");
}

static void write_junit(const char *file, const char *title, const struct results *rs)
{
    FILE *f = fopen(file, "w");
    int i, j;

    if (!f)
        die("cannot write %s", file);
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"");
    xml_text(f, title);
    fprintf(f, "\" tests=\"%d\" failures=\"%d\" skipped=\"%d\">\n",
            rs->passed + rs->failed + rs->skipped, rs->failed, rs->skipped);
    for (i = 0; i < rs->n; i++) {
        for (j = 0; j < i && strcmp(rs->r[j].suite, rs->r[i].suite); j++)
            ;
        if (j == i)             /* the first line of its suite */
            junit_suite(f, rs, rs->r[i].suite);
    }
    fprintf(f, "</testsuites>\n");
    if (fclose(f))
        die("cannot write %s", file);
}

int kit_summary(const char *title, const char *junit, char **dirs, int ndirs)
{
    static struct matrix m;
    struct results rs = { 0 };
    int i;

    if (!title)
        title = "make test";
    for (i = 0; i < ndirs; i++)
        read_dir(&m, &rs, dirs[i]);
    print_matrix(&m);
    if (junit)
        write_junit(junit, title, &rs);
    printf("%s:\n", title);
    if (rs.passed + rs.failed == 0) {
        printf("0 passed, 1 failed (no test results found)\n");
        return 1;
    }
    if (rs.skipped)
        printf("%d passed, %d failed, %d skipped\n", rs.passed, rs.failed, rs.skipped);
    else
        printf("%d passed, %d failed\n", rs.passed, rs.failed);
    return rs.failed ? 1 : 0;
}
