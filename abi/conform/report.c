/* abi/conform/report.c: judge the conformance runs of one ABI (host tool).
 *
 *   report --abi lp64d --seed 1 --decls cases.txt --known known.txt
 *          --dir build/conform/lp64d --report report.txt --result r.result
 *          gcc-gcc clang-clang gcc-clang clang-gcc
 *
 * Reads <dir>/<pair>.log (the harness's "cf:" lines) and <pair>.status.
 * Writes one line per mismatching field to the report:
 *
 *   lp64d gcc->clang case 27 seed 1 arg2.m0.m3: expected aeafb0c5 received
 *   c2c3c4c5 [known: x] | <the case's C declaration>
 *
 * and one verdict per pair, "PASS ..." or "FAIL ...", to --result and
 * stdout (make test counts those lines).  The rules:
 *   - a same-compiler pair (the control) must not differ at all: if it
 *     does, the generator or the harness is wrong, and the verdict says so;
 *   - a mixed pair may differ only on cases tagged with a class that
 *     known.txt lists for this ABI;
 *   - every class known.txt lists for this ABI must still differ on at
 *     least one case of the run, else "known case ... no longer differs".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CASES 200000
#define MAX_KNOWN 64

struct known {
    char name[64];
    char abis[256];
    int hits;               /* mixed-pair mismatching cases in this run */
    int tagged;             /* cases of the run carrying the tag */
};

static struct known known[MAX_KNOWN];
static int nknown;
static char **decl, **tags;
static int maxid;
static const char *abi;
static int fuzz;            /* --fuzz 1: another seed; a class may not show */
static long long seed;

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

static int word_in(const char *word, const char *list)
{
    size_t n = strlen(word);

    for (const char *p = list; (p = strstr(p, word)); p += n)
        if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == 0))
            return 1;
    return 0;
}

/* known.txt: "class  abi,abi,...  reason" lines; # starts a comment. */
static void read_known(const char *path)
{
    FILE *f = xopen(path, "r");
    char line[1024];

    while (fgets(line, sizeof line, f)) {
        struct known *k = &known[nknown];
        if (line[0] == '#' || line[0] == '\n' || line[0] == ' ')
            continue;
        if (nknown == MAX_KNOWN || sscanf(line, "%63s %255s", k->name, k->abis) != 2)
            die("bad line in known list: ", line);
        nknown++;
    }
    fclose(f);
}

static struct known *known_for_abi(const char *name)
{
    for (int i = 0; i < nknown; i++)
        if (!strcmp(known[i].name, name) && word_in(abi, known[i].abis))
            return &known[i];
    return NULL;
}

/* cases.txt: "<id> <tags> <declaration>" */
static void read_decls(const char *path)
{
    FILE *f = xopen(path, "r");
    static char line[1 << 16];

    if (!decl) {
        decl = calloc(MAX_CASES, sizeof *decl);
        tags = calloc(MAX_CASES, sizeof *tags);
    }
    while (fgets(line, sizeof line, f)) {
        char tg[256];
        int id, off = 0;
        if (sscanf(line, "%d %255s %n", &id, tg, &off) != 2 || id < 0 || id >= MAX_CASES)
            die("bad line in declarations: ", line);
        line[strcspn(line, "\n")] = 0;
        decl[id] = strdup(line + off);
        tags[id] = strdup(tg);
        if (id > maxid)
            maxid = id;
        for (int i = 0; i < nknown; i++)
            if (word_in(known[i].name, tg) && word_in(abi, known[i].abis))
                known[i].tagged++;
    }
    fclose(f);
}

/* The known class a case's mismatch is put down to (the first of its
 * tags listed for this ABI), or NULL.  credit: count the mismatch for
 * every such tag, so no class is called "no longer differs" because
 * another one was named first. */
static struct known *known_of(int id, int credit)
{
    char t[256], *save = NULL;
    struct known *first = NULL;

    if (id < 0 || id > maxid || !tags[id])
        return NULL;
    snprintf(t, sizeof t, "%s", tags[id]);
    for (char *w = strtok_r(t, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        struct known *k = known_for_abi(w);
        if (k && credit)
            k->hits++;
        if (k && !first)
            first = k;
    }
    return first;
}

/* --expect PAIR=CASE:PATH: a planted broken callee must be caught there. */
struct expect {
    char pair[64], path[256];
    int id;
};
static struct expect expects[8];
static int nexpects;

struct run {
    int begun, ended, last_case, status;
    const struct expect *want;
    int caught, elsewhere;
    char caught_line[2048];
    long cases, checks, bad, unknown_cases, known_cases, seg_checks;
    char *case_seen;        /* 1: mismatched (counted once per case) */
};

static void judge_line(struct run *r, const char *line, const char *a, const char *b,
                       FILE *rep, int control)
{
    char path[512], e[512], g[512];
    int id, who;
    long n, checks, bad;

    if (sscanf(line, "cf: begin %ld", &r->cases) == 1)
        r->begun = 1;
    else if (sscanf(line, "cf: C %d %*d %ld", &id, &checks) == 2) {
        r->last_case = id;
        r->seg_checks = checks;
    }
    else if (sscanf(line, "cf: end %ld %ld %ld", &n, &checks, &bad) == 3) {
        r->ended = 1;
        r->checks += checks;
        r->bad += bad;
    } else if (sscanf(line, "cf: M %d %511s %511s %511s", &id, path, e, g) == 4 ||
               sscanf(line, "cf: N %d %d", &id, &who) == 2 ||
               sscanf(line, "cf: X %d %d", &id, &who) == 2) {
        struct known *k = control || r->want ? NULL : known_of(id, 0);
        if (line[4] == 'N')
            snprintf(path, sizeof path, "call"), snprintf(e, sizeof e, "entered"),
            snprintf(g, sizeof g, "not-entered");
        if (line[4] == 'X') {
            snprintf(path, sizeof path, "call");
            snprintf(e, sizeof e, "return");
            snprintf(g, sizeof g, "%s(status-%d)", who == 124 ? "hang" : "crash", who);
            r->ended = 0;
            r->bad++;
            r->checks += r->seg_checks;     /* the run that crashed, up to it */
        }
        fprintf(rep, "%s %s->%s case %d seed %lld %s: expected %s received %s%s%s%s | %s\n",
                abi, a, b, id, seed, path, e, g, k ? " [known: " : "",
                k ? k->name : "", k ? "]" : "",
                id >= 0 && id <= maxid && decl[id] ? decl[id] : "?");
        if (r->want) {
            if (id == r->want->id && !strcmp(path, r->want->path)) {
                r->caught = 1;
                snprintf(r->caught_line, sizeof r->caught_line,
                         "case %d %s: expected %s received %s", id, path, e, g);
            } else if (id != r->want->id)
                r->elsewhere++;
            return;
        }
        if (id >= 0 && id < MAX_CASES && !r->case_seen[id]) {
            r->case_seen[id] = 1;
            if (k) {
                r->known_cases++;
                known_of(id, 1);
            } else
                r->unknown_cases++;
        }
    }
}

static void judge_pair(const char *dir, const char *pair, FILE *rep, FILE *res)
{
    char path[512], a[32], b[32], line[2048], verdict[4096];
    struct run r = { .last_case = -1, .status = -1 };
    int control;
    FILE *f;

    if (sscanf(pair, "%31[^-]-%31s", a, b) != 2)
        die("bad pair (want caller-callee): ", pair);
    control = !strcmp(a, b);
    for (int i = 0; i < nexpects; i++)
        if (!strcmp(expects[i].pair, pair))
            r.want = &expects[i];
    if (r.want)
        snprintf(a, sizeof a, "gcc"), snprintf(b, sizeof b, "%s", pair);
    r.case_seen = calloc(MAX_CASES, 1);
    snprintf(path, sizeof path, "%s/%s.status", dir, pair);
    if ((f = fopen(path, "r"))) {
        if (fscanf(f, "%d", &r.status) != 1)
            r.status = -1;
        fclose(f);
    }
    snprintf(path, sizeof path, "%s/%s.log", dir, pair);
    f = xopen(path, "r");
    while (fgets(line, sizeof line, f))
        judge_line(&r, line, a, b, rep, control);
    fclose(f);

    if (r.want)
        snprintf(verdict, sizeof verdict, "%s conform %s %s: %s%s%s",
                 r.caught && !r.elsewhere && r.ended ? "PASS" : "FAIL", abi, pair,
                 r.caught ? "caught at " : "NOT caught at the expected field ",
                 r.caught ? r.caught_line : r.want->path,
                 r.elsewhere ? " (and wrongly flagged in other cases)" : "");
    else if (!r.begun || !r.ended || r.status != 0)
        snprintf(verdict, sizeof verdict, "FAIL conform %s %s->%s: the image %s "
                 "(status %d, last case started: %d; log %s)", abi, a, b,
                 r.status == 124 ? "timed out" : "did not finish",
                 r.status, r.last_case, path);
    else if (control && r.bad)
        snprintf(verdict, sizeof verdict, "FAIL conform %s %s->%s: %ld mismatches "
                 "in a same-compiler pair: the generator or the harness is wrong",
                 abi, a, b, r.bad);
    else if (r.unknown_cases)
        snprintf(verdict, sizeof verdict, "FAIL conform %s %s->%s: %ld cases "
                 "disagree outside the known list (%ld known)", abi, a, b,
                 r.unknown_cases, r.known_cases);
    else
        snprintf(verdict, sizeof verdict, "PASS conform %s %s->%s: %ld cases, "
                 "%ld fields checked, %ld known cases differ", abi, a, b,
                 r.cases, r.checks, r.known_cases);
    fprintf(res, "%s\n", verdict);
    fprintf(rep, "%s\n", verdict);
    printf("%s\n", verdict);
    free(r.case_seen);
}

int main(int argc, char **argv)
{
    const char *decls = NULL, *knownf = NULL, *dir = NULL, *repf = NULL, *resf = NULL;
    const char *planted = NULL;
    int i;
    FILE *rep, *res;
    int mixed = 0;

    for (i = 1; i + 1 < argc && argv[i][0] == '-'; i += 2) {
        const char *o = argv[i], *v = argv[i + 1];
        if (!strcmp(o, "--abi")) abi = v;
        else if (!strcmp(o, "--seed")) seed = strtoll(v, NULL, 0);
        else if (!strcmp(o, "--decls")) decls = v;
        else if (!strcmp(o, "--known")) knownf = v;
        else if (!strcmp(o, "--dir")) dir = v;
        else if (!strcmp(o, "--report")) repf = v;
        else if (!strcmp(o, "--result")) resf = v;
        else if (!strcmp(o, "--planted")) planted = v;
        else if (!strcmp(o, "--fuzz")) fuzz = atoi(v);
        else if (!strcmp(o, "--expect")) {
            struct expect *x = &expects[nexpects];
            if (nexpects == 8 || sscanf(v, "%63[^=]=%d:%255s", x->pair, &x->id, x->path) != 3)
                die("bad --expect (want PAIR=CASE:PATH): ", v);
            nexpects++;
        }
        else die("unknown option ", o);
    }
    if (!abi || !decls || !knownf || !dir || !repf || !resf || i >= argc)
        die("usage: report --abi A --seed N --decls F --known F --dir D "
            "--report F --result F PAIR...", NULL);
    read_known(knownf);
    read_decls(decls);
    if (planted)
        read_decls(planted);
    rep = xopen(repf, "w");
    res = xopen(resf, "w");
    for (; i < argc; i++) {
        mixed += !strcmp(argv[i], "gcc-clang") || !strcmp(argv[i], "clang-gcc");
        judge_pair(dir, argv[i], rep, res);
    }
    /* A known class that was generated on this ABI but no longer differs. */
    for (int k = 0; k < nknown && mixed; k++) {
        char v[1024];
        if (!word_in(abi, known[k].abis))
            continue;
        if (known[k].hits)
            snprintf(v, sizeof v, "PASS conform %s known case %s still differs "
                     "(%d mismatching case runs over the mixed pairs; %d cases carry it)",
                     abi, known[k].name, known[k].hits, known[k].tagged);
        else
            snprintf(v, sizeof v, "%s conform %s known case %s no longer differs "
                     "(%d cases carry it)%s", fuzz ? "NOTE" : "FAIL", abi,
                     known[k].name, known[k].tagged,
                     fuzz ? "" : ": update abi/conform/known.txt");
        fprintf(res, "%s\n", v);
        fprintf(rep, "%s\n", v);
        printf("%s\n", v);
    }
    fclose(rep);
    return fclose(res) ? 2 : 0;
}
