/* abi/conform/report.c: judge the conformance runs of one ABI (host tool).
 *
 *   report --abi lp64d --seed 1 --decls cases.txt --known known.txt
 *          --classes classes.txt --dir build/conform/lp64d --report report.txt
 *          --result r.result --exempt exempt.txt [--na 'gcc-11'] PAIR...
 *   report --abi lp64d --pair-result DIR PAIR...       (make abi-pair, one ABI)
 *   report --pair-summary DIR SIG VA ABI...            (make abi-pair, the table)
 *
 * Reads <dir>/<pair>.log (the harness's "cf:" lines) and <pair>.status,
 * where a pair is "<caller>-to-<callee>", and classes.txt, the minimiser's
 * verdict on every case that mismatched: the class of each minimised
 * reproducer and the pairs it explains.  Writes one line per mismatching
 * field to the report and the verdicts ("PASS ..." or "FAIL ...") to
 * --result and stdout (make test counts those lines).  The rules:
 *   - every image runs to its end;
 *   - a case may differ on a pair only where its minimised reproducer has
 *     the exact shape of a known.txt class and the class says these two
 *     compilers differ (different groups; or a compiler the class lists
 *     as disagreeing with itself); anything else fails, naming the case
 *     and its reproducer;
 *   - each class's regression case differs on exactly the pairs its
 *     groups say, and agrees on the others: a class that stops differing
 *     (a compiler upgrade), or starts differing on a pair it says agrees
 *     (a version drift), fails;
 *   - the exempt fraction: the cases that differ only in known classes.
 * Exit status: 0 when every verdict is PASS, 1 when one is FAIL, 2 when
 * the inputs are missing.
 */
#include "knownlist.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CASES   200000
#define MAX_PAIRS   64
#define REGRESS_BASE 191000
#define MAX_RES     (MAX_CASES / 8)

static const char *abi;
static long long seed;
static int fuzz;
static struct kclass known[KL_MAX_CLASSES];
static int nknown;
static char **decl, **tag;
static char pairs[MAX_PAIRS][80];
static int npairs, failures;
static FILE *rep, *res;

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "report: %s%s\n", msg, arg ? arg : "");
    exit(2);
}

static FILE *xopen(const char *path, const char *mode)
{
    FILE *f = fopen(path, mode);

    if (!f)
        die("cannot open ", path);
    return f;
}

/* A verdict: to the result file, the report and stdout. */
static void verdict(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void verdict(const char *fmt, ...)
{
    char line[8192];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (!strncmp(line, "FAIL", 4))
        failures++;
    if (res)
        fprintf(res, "%s\n", line);
    if (rep)
        fprintf(rep, "%s\n", line);
    printf("%s\n", line);
}

static void pair_split(const char *pair, char *a, char *b, size_t n)
{
    const char *to = strstr(pair, "-to-");

    snprintf(a, n, "%.*s", to ? (int)(to - pair) : (int)strlen(pair), pair);
    snprintf(b, n, "%s", to ? to + 4 : "");
}

/* gcc-11 and gcc-12 are versions of one compiler: a difference between
 * them is a version drift, not a GCC/clang disagreement. */
static int same_family(const char *a, const char *b)
{
    size_t n = strcspn(a, "-");

    return n == strcspn(b, "-") && !strncmp(a, b, n);
}

static const struct kclass *class_named(const char *name)
{
    for (int i = 0; i < nknown; i++)
        if (!strcmp(known[i].name, name) && kl_word_in(abi, known[i].abis))
            return &known[i];
    return NULL;
}

/* cases.txt: "<id> <tag> <declaration>" */
static void read_decls(const char *path)
{
    FILE *f = xopen(path, "r");
    static char line[1 << 16];

    if (!decl) {
        decl = calloc(MAX_CASES, sizeof *decl);
        tag = calloc(MAX_CASES, sizeof *tag);
    }
    while (fgets(line, sizeof line, f)) {
        char tg[256];
        int id, off = 0;
        if (sscanf(line, "%d %255s %n", &id, tg, &off) != 2 || id < 0 || id >= MAX_CASES)
            die("bad line in declarations: ", line);
        line[strcspn(line, "\n")] = 0;
        decl[id] = strdup(line + off);
        tag[id] = strdup(tg);
    }
    fclose(f);
}

/* ---- what the images printed -------------------------------------------- */

struct run {
    int begun, ended, status, last_case;
    long cases, checks;
    char *mism;                 /* per case: 1 mismatched */
};
static struct run runs[MAX_PAIRS];

/* "cf: M <case> <path> <expected> <received>", "cf: N <case> <who>" (the
 * callee was not entered), "cf: X <case> <status>" (the image crashed or
 * hung in that case; run.c went on from the next). */
static void read_run(const char *dir, int p, int quiet)
{
    char path[1024], line[4096], a[64], b[64];
    struct run *r = &runs[p];
    long seg = 0;
    FILE *f;

    memset(r, 0, sizeof *r);
    r->status = -1;
    r->last_case = -1;
    r->mism = calloc(MAX_CASES, 1);
    pair_split(pairs[p], a, b, sizeof a);
    snprintf(path, sizeof path, "%s/%s.status", dir, pairs[p]);
    if ((f = fopen(path, "r"))) {
        if (fscanf(f, "%d", &r->status) != 1)
            r->status = -1;
        fclose(f);
    }
    snprintf(path, sizeof path, "%s/%s.log", dir, pairs[p]);
    if (!(f = fopen(path, "r")))
        return;
    while (fgets(line, sizeof line, f)) {
        char fld[512] = "call", e[512] = "", g[512] = "";
        int id, who;
        long n, checks, bad;
        if (sscanf(line, "cf: begin %ld", &r->cases) == 1)
            r->begun = 1;
        else if (sscanf(line, "cf: C %d %*d %ld", &id, &seg) == 2)
            r->last_case = id;
        else if (sscanf(line, "cf: end %ld %ld %ld", &n, &checks, &bad) == 3)
            r->ended = 1, r->checks += checks;
        else if (sscanf(line, "cf: M %d %511s %511s %511s", &id, fld, e, g) == 4 ||
                 sscanf(line, "cf: N %d %d", &id, &who) == 2 ||
                 sscanf(line, "cf: X %d %d", &id, &who) == 2) {
            if (line[4] == 'N')
                snprintf(e, sizeof e, "entered"), snprintf(g, sizeof g, "not-entered");
            if (line[4] == 'X') {
                snprintf(e, sizeof e, "return");
                snprintf(g, sizeof g, "%s(status-%d)", who == 124 ? "hang" : "crash", who);
                r->ended = 0;
                r->checks += seg;
            }
            if (id >= 0 && id < MAX_CASES)
                r->mism[id] = 1;
            if (rep && !quiet)
                fprintf(rep, "%s %s->%s case %d seed %lld %s: expected %s received %s | %s\n",
                        abi, a, b, id, seed, fld, e, g,
                        id >= 0 && id < MAX_CASES && decl && decl[id] ? decl[id] : "?");
        }
    }
    fclose(f);
}

/* ---- the minimiser's verdicts --------------------------------------------- */

struct result {
    int id;
    char pairs[2048];
    char cls[64];
    int minimal;
    char *decl;
};
static struct result *results;
static int nresults;

static void read_classes(const char *path)
{
    FILE *f = xopen(path, "r");
    static char line[1 << 16];

    results = calloc(MAX_RES, sizeof *results);
    while (fgets(line, sizeof line, f) && nresults < MAX_RES) {
        struct result *r = &results[nresults];
        int off = 0;
        if (sscanf(line, "%d %2047s %63s %d %n", &r->id, r->pairs, r->cls, &r->minimal,
                   &off) != 4)
            die("bad line in classes: ", line);
        line[strcspn(line, "\n")] = 0;
        r->decl = strdup(line + off);
        nresults++;
    }
    fclose(f);
}

/* Is the mismatch of case id on pair p explained?  NULL when it is, else
 * why not (and *r the reproducer, if there is one). */
static const char *unexplained(int id, int p, const struct result **rr)
{
    char a[64], b[64];
    static char why[512];

    pair_split(pairs[p], a, b, sizeof a);
    *rr = NULL;
    for (int i = 0; i < nresults; i++) {
        const struct result *r = &results[i];
        const struct kclass *k;
        int e;
        if (r->id != id || !kl_word_in(pairs[p], r->pairs))
            continue;
        *rr = r;
        if (!strcmp(r->cls, "unknown"))
            return strcmp(a, b) && same_family(a, b)
                   ? "drifts between versions outside the known list"
                   : "disagrees outside the known list";
        if (!(k = class_named(r->cls))) {
            snprintf(why, sizeof why, "has the shape of %s, which known.txt does not "
                     "list for %s", r->cls, abi);
            return why;
        }
        e = kl_expect(k, abi, a, b);
        if (e == 1 || e == 2)
            return NULL;
        if (e == 0)
            snprintf(why, sizeof why, "has the shape of %s, but known.txt says %s and %s "
                     "agree on it (a version drift?)", r->cls, a, b);
        else
            snprintf(why, sizeof why, "has the shape of %s, whose groups in known.txt do "
                     "not list %s", r->cls, strcmp(a, b) && kl_group(k, abi, a) >= 0 ? b : a);
        return why;
    }
    return "was not classified (no minimiser verdict)";
}

/* ---- the verdicts ------------------------------------------------------------ */

static void judge_pair(int p, int ngen, char *exempt)
{
    struct run *r = &runs[p];
    char a[64], b[64], list[4096] = "";
    int bad = 0, ok = 0, shown = 0;

    pair_split(pairs[p], a, b, sizeof a);
    if (!r->begun || !r->ended || r->status != 0) {
        verdict("FAIL conform %s %s->%s: the image %s (status %d, last case started: %d;"
                " log %s.log)", abi, a, b, r->status == 124 ? "timed out" : "did not finish",
                r->status, r->last_case, pairs[p]);
        return;
    }
    for (int id = 0; id < ngen; id++) {
        const struct result *res1;
        const char *why;
        if (!r->mism[id])
            continue;
        if (!(why = unexplained(id, p, &res1))) {
            ok++;
            continue;
        }
        bad++;
        exempt[id] = 2;                 /* not exempt: it fails */
        if (shown++ < 8)
            snprintf(list + strlen(list), sizeof list - strlen(list),
                     "\n    case %d %s; minimised: %s", id, why,
                     res1 ? res1->decl : decl && decl[id] ? decl[id] : "?");
    }
    for (int id = 0; id < ngen; id++)
        if (r->mism[id] && exempt[id] == 0)
            exempt[id] = 1;
    if (bad)
        verdict("FAIL conform %s %s->%s: %d cases disagree outside the known list "
                "(%d in known classes)%s%s", abi, a, b, bad, ok, list,
                shown > 8 ? "\n    ... (the rest in report.txt)" : "");
    else
        verdict("PASS conform %s %s->%s: %ld cases, %ld fields checked, %d differ in "
                "known classes only", abi, a, b, r->cases, r->checks, ok);
}

static int pair_index(const char *a, const char *b)
{
    char want[160];

    snprintf(want, sizeof want, "%s-to-%s", a, b);
    for (int p = 0; p < npairs; p++)
        if (!strcmp(pairs[p], want))
            return p;
    return -1;
}

/* Each class's regression case: differs exactly where the groups say.
 * Two compilers differ on it when either direction mismatches (a value
 * one puts in a register and the other on the stack may still arrive
 * where a stale copy happens to lie, in one direction); a compiler
 * against itself must agree unless the class lists it under "self". */
static void judge_regress(void)
{
    for (int id = REGRESS_BASE; id < REGRESS_BASE + KL_MAX_CLASSES; id++) {
        const struct kclass *k;
        char agree[2048] = "", differ[2048] = "", wrong[4096] = "";
        if (!tag || !tag[id] || strncmp(tag[id], "regress:", 8))
            continue;
        if (!(k = class_named(tag[id] + 8)))
            continue;
        for (int p = 0; p < npairs; p++) {
            char a[64], b[64], *list;
            int q, got, want;
            pair_split(pairs[p], a, b, sizeof a);
            q = pair_index(b, a);
            if (strcmp(a, b) > 0 && q >= 0)
                continue;                       /* each unordered pair once */
            got = runs[p].mism[id] || (q >= 0 && runs[q].mism[id]);
            want = kl_expect(k, abi, a, b);
            list = got ? differ : agree;
            snprintf(list + strlen(list), sizeof differ - strlen(list), " %s%s%s", a,
                     strcmp(a, b) ? "/" : "", strcmp(a, b) ? b : "");
            if (want == 2 || want == got)
                continue;
            snprintf(wrong + strlen(wrong), sizeof wrong - strlen(wrong), "%s %s%s%s %s",
                     wrong[0] ? ";" : "", a, strcmp(a, b) ? " and " : " against itself",
                     strcmp(a, b) ? b : "",
                     want < 0 ? (got ? "differ, and known.txt has no group for one of them"
                                     : "agree, and known.txt has no group for one of them")
                     : got ? "differ, but known.txt says they agree"
                           : "agree, but known.txt says they differ (the class ends there?)");
        }
        {   /* two versions of one compiler on either side: a drift */
            char drift[1024] = "";
            for (int p = 0; p < npairs; p++) {
                char a[64], b[64];
                pair_split(pairs[p], a, b, sizeof a);
                if (strcmp(a, b) < 0 && same_family(a, b) && kl_expect(k, abi, a, b) == 1 &&
                    (runs[p].mism[id] || (pair_index(b, a) >= 0 && runs[pair_index(b, a)].mism[id])))
                    snprintf(drift + strlen(drift), sizeof drift - strlen(drift), " %s/%s", a, b);
            }
            if (drift[0])
                verdict("DRIFT conform %s known %s: versions of one compiler differ:%s", abi,
                        k->name, drift);
        }
        if (wrong[0])
            verdict("FAIL conform %s known %s: its regression case:%s | %s", abi, k->name,
                    wrong, k->decl);
        else
            verdict("PASS conform %s known %s: its regression case differs as listed "
                    "(differ:%s; agree:%s)", abi, k->name, differ[0] ? differ : " none",
                    agree[0] ? agree : " none");
    }
}

/* --expect PAIR=CASE:PATH: a planted broken callee must be caught there. */
static void judge_planted(const char *dir, const char *pair, int id, const char *path)
{
    char lp[1024], line[4096], caught[2048] = "";
    int elsewhere = 0, ended = 0, st = -1;
    FILE *f;

    snprintf(lp, sizeof lp, "%s/%s.status", dir, pair);
    if ((f = fopen(lp, "r"))) {
        if (fscanf(f, "%d", &st) != 1)
            st = -1;
        fclose(f);
    }
    snprintf(lp, sizeof lp, "%s/%s.log", dir, pair);
    f = xopen(lp, "r");
    while (fgets(line, sizeof line, f)) {
        char fld[512], e[512], g[512];
        int cid;
        if (!strncmp(line, "cf: end ", 8))
            ended = 1;
        if (sscanf(line, "cf: M %d %511s %511s %511s", &cid, fld, e, g) != 4)
            continue;
        if (cid == id && !strcmp(fld, path))
            snprintf(caught, sizeof caught, "case %d %s: expected %s received %s", cid,
                     fld, e, g);
        else if (cid != id)
            elsewhere++;
    }
    fclose(f);
    verdict("%s conform %s %s: %s%s%s", caught[0] && !elsewhere && ended && !st ? "PASS"
            : "FAIL", abi, pair, caught[0] ? "caught at " : "NOT caught at the expected field ",
            caught[0] ? caught : path, elsewhere ? " (and wrongly flagged in other cases)" : "");
}

/* ---- make abi-pair -------------------------------------------------------------- */

/* One ABI: "PAIR <abi> <pair> agree|DIFFER|n/a ..." lines, then the fields. */
static int pair_result(const char *dir)
{
    char path[1024], line[4096];
    int differ = 0;

    for (int p = 0; p < npairs; p++) {
        char a[64], b[64], na[512] = "";
        FILE *f;
        pair_split(pairs[p], a, b, sizeof a);
        for (int s = 0; s < 2 && !na[0]; s++) {
            snprintf(path, sizeof path, "%s/na-%s.txt", dir, s ? b : a);
            if ((f = fopen(path, "r"))) {
                if (!fgets(na, sizeof na, f))
                    snprintf(na, sizeof na, "does not compile");
                na[strcspn(na, "\n")] = 0;
                snprintf(path, sizeof path, "%s: %s", s ? b : a, na);
                snprintf(na, sizeof na, "%s", path);
                fclose(f);
            }
        }
        if (na[0]) {                /* "cc: file:1:2: error: why" -> "cc: why" */
            char *e = strstr(na, "error: "), why[512], cc[64];
            snprintf(cc, sizeof cc, "%.*s", (int)strcspn(na, ":"), na);
            snprintf(why, sizeof why, "%s", e ? e + 7 : na);
            if (strstr(why, "__int128") && strstr(why, "not supported"))
                snprintf(why, sizeof why, "no __int128 on %s", abi);
            else if (strstr(why, "not supported on this target")) {
                char first[128];
                snprintf(first, sizeof first, "%.*s", (int)strcspn(why, " "), why);
                snprintf(why, sizeof why, "%s not on %s", first, abi);
            }
            snprintf(na, sizeof na, "%s: %s", cc, why);
        }
        snprintf(path, sizeof path, "%s/%s.elf", dir, pairs[p]);
        if (!na[0] && (f = fopen(path, "r")))
            fclose(f);
        else if (!na[0])
            snprintf(na, sizeof na, "did not link (see the output above)");
        if (na[0]) {
            printf("PAIR %s %s n/a %s\n", abi, pairs[p], na);
            continue;
        }
        read_run(dir, p, 1);
        if (!runs[p].begun || !runs[p].ended || runs[p].status) {
            printf("PAIR %s %s DIFFER (the image did not finish: status %d)\n", abi,
                   pairs[p], runs[p].status);
            differ++;
            continue;
        }
        snprintf(path, sizeof path, "%s/%s.log", dir, pairs[p]);
        f = xopen(path, "r");
        int n = 0;
        while (fgets(line, sizeof line, f))
            if (!strncmp(line, "cf: M ", 6) || !strncmp(line, "cf: N ", 6) ||
                !strncmp(line, "cf: X ", 6))
                n++;
        fclose(f);
        printf("PAIR %s %s %s\n", abi, pairs[p], n ? "DIFFER" : "agree");
        differ += n != 0;
        if (!n)
            continue;
        f = xopen(path, "r");
        while (fgets(line, sizeof line, f)) {
            char fld[512], e[512], g[512];
            int id;
            if (sscanf(line, "cf: M %d %511s %511s %511s", &id, fld, e, g) == 4)
                printf("FIELD %s %s->%s %s: sent %s, received %s\n", abi, a, b, fld, e, g);
            else if (!strncmp(line, "cf: N ", 6))
                printf("FIELD %s %s->%s the callee was not entered\n", abi, a, b);
        }
        fclose(f);
    }
    return differ != 0;
}

/* The table over the ABIs from the per-ABI results. */
static int pair_summary(const char *dir, const char *sig, const char *va, int n,
                        char **abilist)
{
    char path[1024], line[4096];
    int differ = 0, selfbad = 0;

    printf("%s%s%s\n\n", sig, va[0] ? "   called with ... = " : "", va);
    for (int i = 0; i < n; i++) {
        char ag[4096] = "", df[4096] = "", na[4096] = "";
        FILE *f;
        snprintf(path, sizeof path, "%s/pair-%s.result", dir, abilist[i]);
        if (!(f = fopen(path, "r"))) {
            printf("%-8s (no result: see the output above)\n", abilist[i]);
            differ++;
            continue;
        }
        while (fgets(line, sizeof line, f)) {
            char a2[64], p[160], what[64], a[64], b[64];
            int off = 0;
            line[strcspn(line, "\n")] = 0;
            if (!strncmp(line, "ERROR ", 6)) {
                printf("%-8s cannot read the signature: %s\n", abilist[i],
                       line + 7 + strlen(abilist[i]));
                differ++;
                continue;
            }
            if (sscanf(line, "PAIR %63s %159s %63s %n", a2, p, what, &off) < 3)
                continue;
            pair_split(p, a, b, sizeof a);
            if (!strcmp(what, "agree"))
                snprintf(ag + strlen(ag), sizeof ag - strlen(ag), " %s->%s", a, b);
            else if (!strcmp(what, "n/a"))
                snprintf(na + strlen(na), sizeof na - strlen(na), "%s %s->%s (%s)",
                         na[0] ? "," : "", a, b, line + off);
            else {
                snprintf(df + strlen(df), sizeof df - strlen(df), " %s->%s", a, b);
                differ++;
                selfbad += !strcmp(a, b);
            }
        }
        fclose(f);
        if (!df[0] && !ag[0]) {             /* nothing built: the first reason */
            char *open = strchr(na, '('), *colon = open ? strstr(open, ": ") : NULL;
            if (colon)
                open = colon + 2;
            printf("%-8s n/a (%.*s)\n", abilist[i], open ? (int)strcspn(open, ")") : 0,
                   open ? open : "");
            continue;
        }
        printf("%-8s %s%s\n", abilist[i], df[0] ? "DIFFER:" : "all agree:", df[0] ? df : ag);
        if (df[0] && ag[0])
            printf("%-8s agree:%s\n", "", ag);
        if (na[0])
            printf("%-8s n/a:%s\n", "", na);
    }
    for (int i = 0; i < n; i++) {
        FILE *f;
        snprintf(path, sizeof path, "%s/pair-%s.result", dir, abilist[i]);
        if (!(f = fopen(path, "r")))
            continue;
        while (fgets(line, sizeof line, f))
            if (!strncmp(line, "FIELD ", 6))
                printf("  %s", line + 6);
        fclose(f);
    }
    if (selfbad)
        printf("\nA compiler disagrees with itself above: a compiler bug, or a harness bug.\n");
    printf("\n%s\n", differ ? "abi-pair: some pairs DIFFER (exit status 1)"
                            : "abi-pair: every pair agrees on every ABI");
    return differ != 0;
}

int main(int argc, char **argv)
{
    const char *decls = NULL, *knownf = NULL, *dir = NULL, *repf = NULL, *resf = NULL;
    const char *planted = NULL, *classes = NULL, *exemptf = NULL, *na = "";
    const char *pair_dir = NULL;
    struct { char pair[64], path[256]; int id; } expects[8];
    int nexpects = 0, ngen = 0, i;
    static char exempt[MAX_CASES];

    if (argc > 3 && !strcmp(argv[1], "--pair-summary"))
        return pair_summary(argv[2], argv[3], argv[4], argc - 5, argv + 5);
    for (i = 1; i + 1 < argc && argv[i][0] == '-'; i += 2) {
        const char *o = argv[i], *v = argv[i + 1];
        if (!strcmp(o, "--abi")) abi = v;
        else if (!strcmp(o, "--seed")) seed = strtoll(v, NULL, 0);
        else if (!strcmp(o, "--decls")) decls = v;
        else if (!strcmp(o, "--known")) knownf = v;
        else if (!strcmp(o, "--classes")) classes = v;
        else if (!strcmp(o, "--dir")) dir = v;
        else if (!strcmp(o, "--report")) repf = v;
        else if (!strcmp(o, "--result")) resf = v;
        else if (!strcmp(o, "--exempt")) exemptf = v;
        else if (!strcmp(o, "--planted")) planted = v;
        else if (!strcmp(o, "--fuzz")) fuzz = atoi(v);
        else if (!strcmp(o, "--na")) na = v;
        else if (!strcmp(o, "--pair-result")) pair_dir = v;
        else if (!strcmp(o, "--expect")) {
            if (nexpects == 8 || sscanf(v, "%63[^=]=%d:%255s", expects[nexpects].pair,
                                        &expects[nexpects].id, expects[nexpects].path) != 3)
                die("bad --expect (want PAIR=CASE:PATH): ", v);
            nexpects++;
        } else die("unknown option ", o);
    }
    for (; i < argc && npairs < MAX_PAIRS; i++)
        snprintf(pairs[npairs++], sizeof pairs[0], "%s", argv[i]);
    if (pair_dir && abi)
        return pair_result(pair_dir);
    if (!abi || !decls || !knownf || !dir || !repf || !resf || !classes || !npairs)
        die("usage: report --abi A --seed N --decls F --known F --classes F --dir D "
            "--report F --result F [--exempt F] PAIR...", NULL);
    if ((nknown = kl_read(knownf, known, KL_MAX_CLASSES)) < 0)
        exit(2);
    read_decls(decls);
    if (planted)
        read_decls(planted);
    read_classes(classes);
    rep = xopen(repf, "w");
    res = xopen(resf, "w");
    for (int id = 0; id < REGRESS_BASE; id++)
        if (decl[id] && id < 190000)
            ngen = id + 1;
    /* the planted images are judged by their --expect, the rest as pairs */
    for (int p = 0; p < npairs; p++) {
        int planted_pair = 0;
        for (int e = 0; e < nexpects; e++)
            if (!strcmp(expects[e].pair, pairs[p])) {
                judge_planted(dir, pairs[p], expects[e].id, expects[e].path);
                planted_pair = 1;
            }
        if (planted_pair) {
            memmove(pairs[p], pairs[p + 1], (size_t)(npairs - p - 1) * sizeof pairs[0]);
            npairs--;
            p--;
        }
    }
    for (int p = 0; p < npairs; p++)
        read_run(dir, p, 0);
    for (int p = 0; p < npairs; p++)
        judge_pair(p, ngen, exempt);
    judge_regress();
    if (na[0])
        verdict("NOTE conform %s: not available on this ABI: %s", abi, na);
    {
        long n = 0;
        for (int id = 0; id < ngen; id++)
            n += exempt[id] == 1;
        if (exemptf) {
            FILE *f = xopen(exemptf, "w");
            fprintf(f, "exempt %s: %ld of %d cases (%.1f%%) differ, each in a known class\n",
                    abi, n, ngen, ngen ? 100.0 * (double)n / ngen : 0.0);
            fclose(f);
        }
        fprintf(rep, "exempt %s: %ld of %d cases (%.1f%%)\n", abi, n, ngen,
                ngen ? 100.0 * (double)n / ngen : 0.0);
    }
    fclose(rep);
    if (fclose(res))
        return 2;
    return failures ? 1 : 0;
}
