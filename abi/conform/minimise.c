/* abi/conform/minimise.c: shrink disagreeing cases and name their class.
 *
 *   minimise --abi lp64d --seed 1 --case 38 --out min.txt --dir D ...
 *       one case (make abi-minimise): the smallest declaration, the fields
 *       that still arrive wrong, make explain's table for it;
 *   minimise --abi lp64d --seed 1 --batch DIR --out classes.txt --dir D ...
 *       every case that mismatched in the pair logs of DIR (make abi-conform
 *       and abi-fuzz): one line per disagreement with the class its
 *       minimised reproducer has, for report.c.
 *   common: --pairs 'gcc-12-to-gcc-12 ...' --types f16,... --cache FILE
 *           --key TEXT (the compilers' versions: part of the cache key)
 *
 * A case is credited to a known class only by the shape of its minimised
 * reproducer (known.c), never by what the case merely contains.  For each
 * disagreeing case:
 *   1. the pairs that mismatch, M(x);
 *   2. pick one: a same-compiler pair first (a compiler that disagrees
 *      with itself), else a mixed pair {a, b}; shrink x while that pair
 *      still differs (for a mixed pair: either direction, and a-a, b-b
 *      agree); the result R is the reproducer; its shape names a class or
 *      none (unknown);
 *   3. remove the arguments R kept from x, and go on from 1 while x
 *      disagrees anywhere: a second cause in the same case is found too.
 *      The pairs that stopped differing at step 3 are the ones R explains.
 * Shrinking builds and runs real images (make abi-conform-try-<abi>):
 * all the candidates of every case in one file per round, so a round
 * costs one build of each pair whatever the number of cases.
 */
#include "knownlist.h"
#include "model.h"

#include <stdlib.h>
#include <string.h>

#define MAX_PAIRS   64
#define MAX_JOBS    400
#define MAX_CANDS   48          /* per case and round */
#define MAX_ROUNDS  40
#define MAX_RESULTS 8
#define CAND_BASE   300000      /* case numbers of candidates */

static const struct abi *abi;
static const char *dir, *cache_path, *cache_key = "";
static char pairs[MAX_PAIRS][80];
static int npairs;
static int builds;
static int round_failed;        /* the last round did not build */

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "minimise: %s%s\n", msg, arg ? arg : "");
    exit(2);
}

/* ---- pairs ------------------------------------------------------------ */

/* "gcc-12-to-clang-14": caller and callee compilers. */
static void pair_split(const char *pair, char *a, char *b, size_t n)
{
    const char *to = strstr(pair, "-to-");

    snprintf(a, n, "%.*s", to ? (int)(to - pair) : 0, pair);
    snprintf(b, n, "%s", to ? to + 4 : "");
}

static int pair_is_control(int p)
{
    char a[64], b[64];

    pair_split(pairs[p], a, b, sizeof a);
    return !strcmp(a, b);
}

static int pair_find(const char *a, const char *b)
{
    char want[160];

    snprintf(want, sizeof want, "%s-to-%s", a, b);
    for (int i = 0; i < npairs; i++)
        if (!strcmp(pairs[i], want))
            return i;
    return -1;
}

/* The mixed pair p and its reverse, as a mask (one unordered pair). */
static uint64_t unordered(int p)
{
    char a[64], b[64];
    int r;

    pair_split(pairs[p], a, b, sizeof a);
    r = pair_find(b, a);
    return (1ULL << p) | (r >= 0 ? 1ULL << r : 0);
}

/* Does a candidate whose mismatching pairs are `m` still show the
 * disagreement of target pair p? */
static int still(uint64_t m, int p)
{
    char a[64], b[64];
    int ca, cb;

    if (pair_is_control(p))
        return (m >> p) & 1;
    pair_split(pairs[p], a, b, sizeof a);
    ca = pair_find(a, a);
    cb = pair_find(b, b);
    return (m & unordered(p)) && !((m >> ca) & 1) && !((m >> cb) & 1);
}

/* ---- running candidates ------------------------------------------------ */

/* The candidates as one cases.c; lines[i]: the line where case i starts
 * (a compile error is put down to its case). */
static int *lines;

static void write_cases(struct sig *c, int n, const char *path, const char *skip)
{
    FILE *f = fopen(path, "w");
    int line = 1;

    if (!f)
        die("cannot write ", path);
    lines = realloc(lines, ((size_t)n + 1) * sizeof *lines);
    emit_prologue(f, abi);
    fflush(f);
    {
        FILE *r = fopen(path, "r");
        int ch;
        while (r && (ch = fgetc(r)) != EOF)
            line += ch == '\n';
        if (r)
            fclose(r);
    }
    for (int i = 0; i < n; i++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&buf, &len);
        lines[i] = line;
        if (!m)
            die("out of memory", NULL);
        if (!skip[i])
            emit_case(m, &c[i], abi);
        fclose(m);
        for (size_t k = 0; k < len; k++)
            line += buf[k] == '\n';
        fwrite(buf, 1, len, f);
        free(buf);
    }
    lines[n] = line;
    {   /* the table, of the candidates kept */
        struct sig *keep = malloc(((size_t)n + 1) * sizeof *keep);
        int k = 0;
        for (int i = 0; i < n; i++)
            if (!skip[i])
                keep[k++] = c[i];
        emit_table(f, keep, k);
        free(keep);
    }
    if (fclose(f))
        die("cannot write ", path);
}

/* After a build that failed: the candidates its errors point into. */
static int blame(const char *log, int n, char *skip)
{
    FILE *f = fopen(log, "r");
    char line[4096];
    int found = 0;

    if (!f)
        return 0;
    while (fgets(line, sizeof line, f)) {
        char *p = strstr(line, "cases.c:");
        int ln, i;
        if (!p || !strstr(line, "error") || sscanf(p + 8, "%d", &ln) != 1)
            continue;
        for (i = 0; i < n && lines[i + 1] <= ln; i++)
            ;
        if (i < n && !skip[i])
            skip[i] = 1, found++;
    }
    fclose(f);
    return found;
}

/* The mismatching pairs of each case number in the logs of `logdir`
 * (harness lines "cf: M/N/X <case> ..."); out[id - base]. */
static void read_masks(const char *logdir, int base, uint64_t *out, int n)
{
    char path[1024], line[4096];

    memset(out, 0, (size_t)n * sizeof *out);
    for (int p = 0; p < npairs; p++) {
        FILE *f;
        snprintf(path, sizeof path, "%s/%s.log", logdir, pairs[p]);
        if (!(f = fopen(path, "r")))
            die("no log ", path);
        while (fgets(line, sizeof line, f)) {
            int id;
            if ((!strncmp(line, "cf: M ", 6) || !strncmp(line, "cf: N ", 6) ||
                 !strncmp(line, "cf: X ", 6)) && sscanf(line + 6, "%d", &id) == 1 &&
                id >= base && id < base + n)
                out[id - base] |= 1ULL << p;
        }
        fclose(f);
    }
}

/* Build and run every candidate (numbered CAND_BASE + i); their masks.
 * A candidate the compilers reject (the shrinking is not always C) is
 * dropped and the round built again without it. */
static void run_round(struct sig *c, int n, uint64_t *masks)
{
    char cases[1024], cmd[4096], log[1024];
    char *skip = calloc((size_t)n + 1, 1);

    snprintf(cases, sizeof cases, "%s/try.c", dir);
    snprintf(log, sizeof log, "%s/make.log", dir);
    builds++;
    for (int attempt = 0;; attempt++) {
        write_cases(c, n, cases, skip);
        snprintf(cmd, sizeof cmd, "make -s --no-print-directory abi-conform-try-%s "
                 "CONFORM_OUT=%s CONFORM_CASES=%s >%s 2>&1 </dev/null",
                 abi->name, dir, cases, log);
        if (system(cmd) == 0)
            break;
        if (attempt == 4 || !blame(log, n, skip)) {
            char keep[1100];
            snprintf(keep, sizeof keep, "%s/make-failed-%d.log", dir, builds);
            rename(log, keep);
            fprintf(stderr, "minimise: round %d did not build (see %s)\n", builds, keep);
            round_failed = 1;
            memset(masks, 0, (size_t)n * sizeof *masks);
            free(skip);
            return;
        }
    }
    read_masks(dir, CAND_BASE, masks, n);
    for (int i = 0; i < n; i++)
        if (skip[i])
            masks[i] = 0;
    free(skip);
}

/* ---- candidates --------------------------------------------------------- */

static int type_size(const struct type *t)
{
    int n = 1;

    if (!t)
        return 0;
    n += type_size(t->elem) * (t->k == K_ARRAY && t->count > 1 ? 2 : 1);
    for (int i = 0; i < t->nm; i++)
        n += type_size(t->m[i].t) + (t->m[i].align || t->m[i].packed);
    return n + t->packed + t->align + (t->k == K_ARRAY ? t->count : 0);
}

/* How big a signature is: what "smaller" means. */
static int sig_size(const struct sig *s)
{
    int n = 4 * s->nargs + (s->ret ? 4 : 0);

    n += type_size(s->ret);
    for (int i = 0; i < s->nargs; i++)
        n += type_size(s->arg[i]);
    return n;
}

static void sig_copy(struct sig *out, const struct sig *in)
{
    *out = *in;
    out->ret = type_clone(in->ret);
    for (int i = 0; i < in->nargs; i++)
        out->arg[i] = type_clone(in->arg[i]);
}

static void drop_arg(struct sig *s, int k)
{
    memmove(&s->arg[k], &s->arg[k + 1], (size_t)(s->nargs - k - 1) * sizeof s->arg[0]);
    memmove(&s->orig[k], &s->orig[k + 1], (size_t)(s->nargs - k - 1) * sizeof s->orig[0]);
    s->nargs--;
    if (k < s->nfixed)
        s->nfixed--;
}

/* Keep only argument k (and the anchor of a "..." it belongs to). */
static void only_arg(struct sig *s, int k, int keep_ret)
{
    for (int i = s->nargs - 1; i >= 0; i--)
        if (i != k && !(k >= s->nfixed && i == s->nfixed - 1))
            drop_arg(s, i);
    if (!keep_ret)
        s->ret = NULL;
}

/* The k-th smaller variant of t, in place: count *k down over every
 * possible step (drop a member, shorten an array, unpack, drop aligned
 * or a typedef, then the same inside each member); 1 when applied. */
static int mutate(struct type **tp, int *k)
{
    struct type *t = *tp;

    if (t->k == K_TYPEDEF) {
        if ((*k)-- == 0)                        /* the type it names */
            return *tp = t->elem, 1;
        if (t->align && (*k)-- == 0)
            return t->align = 0, 1;
        return mutate(&t->elem, k);
    }
    if (t->k == K_ARRAY) {
        if (t->count > 1 && (*k)-- == 0)
            return t->count = 1, 1;
        if (t->count > 1 && (*k)-- == 0)
            return t->count--, 1;
        return mutate(&t->elem, k);
    }
    if (t->k == K_VEC && t->vbytes > 8 && (*k)-- == 0)
        return t->vbytes /= 2, 1;
    if (t->k != K_STRUCT && t->k != K_UNION)
        return 0;
    for (int i = 0; i < t->nm && t->nm > 1; i++)
        if ((*k)-- == 0) {
            memmove(&t->m[i], &t->m[i + 1], (size_t)(t->nm - i - 1) * sizeof t->m[0]);
            t->nm--;
            if (t->flex && i == t->nm)
                t->flex = 0;
            return 1;
        }
    if (t->packed && (*k)-- == 0)
        return t->packed = 0, 1;
    if (t->flex && (*k)-- == 0)
        return t->flex = 0, 1;
    for (int i = 0; i < t->nm; i++) {
        if (t->m[i].align && (*k)-- == 0)
            return t->m[i].align = 0, 1;
        if (t->m[i].packed && (*k)-- == 0)
            return t->m[i].packed = 0, 1;
        if (t->m[i].bits > 1 && (*k)-- == 0)
            return t->m[i].bits = 1, 1;
    }
    for (int i = 0; i < t->nm; i++)
        if (mutate(&t->m[i].t, k))
            return 1;
    return 0;
}

/* A struct, union or typedef replaced by one of its members (a scalar
 * member of a variadic argument must stay promotable: not replaced). */
static int by_member(struct sig *s, int i, int *k)
{
    struct type **tp = i < 0 ? &s->ret : &s->arg[i];
    const struct type *t = type_strip(*tp);

    if (!t || (t->k != K_STRUCT && t->k != K_UNION))
        return 0;
    for (int m = 0; m < t->nm; m++)
        if ((*k)-- == 0) {
            struct type *mt = t->m[m].t;
            const struct type *u = type_strip(mt);
            if (t->m[m].bits >= 0 || u->k == K_ARRAY || !t->m[m].named ||
                (t->flex && m == t->nm - 1) ||
                (i >= s->nfixed && u->k != K_STRUCT && u->k != K_UNION))
                return -1;
            *tp = mt;
            return 1;
        }
    return 0;
}

static int raw_candidates(const struct sig *s, struct sig *out, int max, int jumps);

/* Still C the compilers accept: a flexible array member needs a named
 * member before it (C11 6.7.2.1), a variadic argument of a record type
 * stays a record. */
static int type_ok(const struct type *t)
{
    if (!t)
        return 1;
    if (t->k == K_STRUCT && t->flex) {
        int named = 0;
        for (int i = 0; i < t->nm - 1; i++)
            named |= t->m[i].named;
        if (!named)
            return 0;
    }
    for (int i = 0; i < t->nm; i++)
        if (!type_ok(t->m[i].t))
            return 0;
    return type_ok(t->elem);
}

static int sig_ok(const struct sig *s)
{
    for (int i = 0; i < s->nargs; i++)
        if (!type_ok(s->arg[i]))
            return 0;
    return type_ok(s->ret);
}

/* All one-step reductions of s (the round keeps the smallest that still
 * disagrees), those that are still valid C. */
static int candidates(const struct sig *s, struct sig *out, int max, int jumps)
{
    int n = raw_candidates(s, out, max, jumps), k = 0;

    for (int i = 0; i < n; i++)
        if (sig_ok(&out[i]))
            out[k++] = out[i];
    return k;
}

/* Keep arguments [from, to) (and the anchor of a "..." among them). */
static void keep_range(struct sig *s, int from, int to, int keep_ret)
{
    for (int i = s->nargs - 1; i >= 0; i--)
        if ((i < from || i >= to) && !(i == s->nfixed - 1 && to > s->nfixed && i < from))
            drop_arg(s, i);
    if (!keep_ret)
        s->ret = NULL;
}

/* Big steps first (jumps): one argument alone, with or without the
 * result, the result alone, each half of the arguments; a round of those
 * usually leaves one argument, and only then the small steps below. */
static int jump_candidates(const struct sig *s, struct sig *out, int max)
{
    int n = 0, h = s->nargs / 2;

    for (int i = 0; i < s->nargs && n + 2 < max && s->nargs > 1; i++) {
        sig_copy(&out[n], s);
        only_arg(&out[n++], i, 0);
        if (s->ret) {
            sig_copy(&out[n], s);
            only_arg(&out[n++], i, 1);
        }
    }
    if (s->ret && s->nargs && n < max) {
        sig_copy(&out[n], s);
        only_arg(&out[n], -1, 1);               /* the result alone */
        out[n].nargs = 0;
        out[n++].nfixed = 0;
    }
    for (int r = 0; r < 2 && s->nargs >= 4; r++)
        for (int half = 0; half < 2 && n < max; half++) {
            sig_copy(&out[n], s);
            keep_range(&out[n++], half ? h : 0, half ? s->nargs : h, r);
        }
    return n;
}

static int raw_candidates(const struct sig *s, struct sig *out, int max, int jumps)
{
    int n = 0;

    if (jumps)
        return jump_candidates(s, out, max);
    for (int i = 0; i < s->nargs && n < max; i++) {     /* drop one argument */
        if (i < s->nfixed && s->nfixed == 1 && s->nargs > 1)
            continue;                                   /* va_start's anchor */
        sig_copy(&out[n], s);
        drop_arg(&out[n++], i);
    }
    if (s->ret && n < max) {
        sig_copy(&out[n], s);
        out[n++].ret = NULL;
    }
    if (s->nfixed < s->nargs && s->nfixed && type_is_record(s->arg[s->nfixed - 1]) &&
        n < max) {                              /* the "..." anchor as a long */
        sig_copy(&out[n], s);
        out[n++].arg[s->nfixed - 1] = type_new(K_LONG);
    }
    for (int i = -1; i < s->nargs; i++)                  /* a record by a member */
        for (int k = 0;; k++) {
            int r, kk = k;
            if (n >= max)
                return n;
            sig_copy(&out[n], s);
            r = by_member(&out[n], i, &kk);
            if (!r)
                break;
            n += r > 0;
        }
    for (int i = -1; i < s->nargs; i++)                  /* shrink inside */
        for (int k = 0;; k++) {
            int kk = k;
            struct type **tp;
            if (n >= max)
                return n;
            sig_copy(&out[n], s);
            tp = i < 0 ? &out[n].ret : &out[n].arg[i];
            if (!*tp || !mutate(tp, &kk))
                break;
            n++;
        }
    return n;
}

/* ---- jobs ---------------------------------------------------------------- */

struct result {
    uint64_t pairs;         /* the pairs it explains */
    char cls[64];           /* class name, or "unknown" */
    char decl[4096];        /* the reproducer */
    int minimal;            /* 0: stopped at MAX_ROUNDS */
};

struct job {
    int id;                 /* the generated case */
    struct sig x;           /* what is left of it */
    struct sig best;        /* the reproducer being shrunk */
    uint64_t mx;            /* pairs where x mismatches */
    int target;             /* the pair being shrunk for */
    int phase;              /* 0: measure x; 1: shrink; 2: done */
    int jumps;              /* 1: this round tries the big steps only */
    int rounds;
    struct result res[MAX_RESULTS];
    int nres;
    int from_cache;
    int tainted;            /* a round of its did not build: not minimal, not cached */
    struct sig *cand;       /* this round's candidates */
    int ncand, first;
};

static struct job *jobs;
static int njobs;

static char *decl_text(const struct sig *s)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);

    if (!m)
        die("out of memory", NULL);
    emit_decl(m, s);
    fclose(m);
    return buf;
}

/* The pair to shrink for: a same-compiler pair first. */
static int pick_target(uint64_t m)
{
    for (int p = 0; p < npairs; p++)
        if (((m >> p) & 1) && pair_is_control(p))
            return p;
    for (int p = 0; p < npairs; p++)
        if ((m >> p) & 1)
            return p;
    return -1;
}

/* x minus the arguments (and result) the reproducer kept; the anchor of
 * a "..." becomes a long (va_start needs a named argument).  0: nothing
 * was removed. */
static int remove_kept(struct job *j)
{
    int removed = 0;

    for (int i = j->x.nargs - 1; i >= 0; i--)
        for (int k = 0; k < j->best.nargs; k++)
            if (j->best.orig[k] == j->x.orig[i]) {
                if (i == j->x.nfixed - 1 && j->x.nargs > j->x.nfixed) {
                    if (j->x.arg[i]->k == K_LONG)
                        break;
                    j->x.arg[i] = type_new(K_LONG);
                } else
                    drop_arg(&j->x, i);
                removed = 1;
                break;
            }
    if (j->best.ret && j->x.ret) {
        j->x.ret = NULL;
        removed = 1;
    }
    return removed;
}

static void classify(struct job *j)
{
    struct result *r = &j->res[j->nres];
    const char *cls = known_shape(&j->best, abi, pair_is_control(j->target));
    char *d = decl_text(&j->best);

    if (j->nres == MAX_RESULTS)
        return;
    memset(r, 0, sizeof *r);
    snprintf(r->cls, sizeof r->cls, "%s", cls ? cls : "unknown");
    snprintf(r->decl, sizeof r->decl, "%s", d);
    r->minimal = j->rounds < MAX_ROUNDS && !j->tainted;
    free(d);
    j->nres++;
}

/* A measurement of x came back: done, or shrink for one of its pairs.
 * The pairs x stopped mismatching on are those the last reproducer
 * explains. */
static void measured(struct job *j, uint64_t m)
{
    if (j->nres)
        j->res[j->nres - 1].pairs = j->mx & ~m;
    j->mx = m;
    if (!m || j->nres == MAX_RESULTS || !j->x.nargs) {
        if (j->nres && m && j->nres < MAX_RESULTS)
            j->res[j->nres - 1].pairs |= m;     /* nothing left to remove */
        j->phase = 2;
        return;
    }
    j->target = pick_target(m);
    sig_copy(&j->best, &j->x);
    j->rounds = 0;
    j->phase = 1;
    j->jumps = j->x.nargs + (j->x.ret != NULL) > 2;
}

static void step(struct job *j, const uint64_t *masks)
{
    int best = -1;

    if (j->phase == 0) {
        measured(j, masks[0]);
        return;
    }
    for (int i = 0; i < j->ncand; i++)
        if (still(masks[i], j->target) && sig_size(&j->cand[i]) < sig_size(&j->best) &&
            (best < 0 || sig_size(&j->cand[i]) < sig_size(&j->cand[best])))
            best = i;
    j->rounds++;
    if (best >= 0 && j->rounds < MAX_ROUNDS) {
        j->best = j->cand[best];
        j->best.id = j->id;
        j->jumps = j->best.nargs + (j->best.ret != NULL) > 2;
        return;
    }
    if (j->jumps && j->rounds < MAX_ROUNDS) {   /* no big step: the small ones */
        j->jumps = 0;
        return;
    }
    /* the smallest: name it, take it out of x, and measure what is left */
    j->best.id = j->id;
    classify(j);
    /* nothing left to take out: the reproducer explains all the rest */
    j->phase = remove_kept(j) && (j->x.nargs || j->x.ret) ? 0 : 2;
    if (j->phase == 2)
        j->res[j->nres - 1].pairs = j->mx;
}

/* Rounds until every job is done. */
static void run_jobs(void)
{
    static struct sig all[MAX_JOBS * MAX_CANDS];
    static uint64_t masks[MAX_JOBS * MAX_CANDS];

    for (;;) {
        int n = 0;
        for (int i = 0; i < njobs; i++) {
            struct job *j = &jobs[i];
            if (j->phase == 2)
                continue;
            j->cand = &all[n];
            j->first = n;
            if (j->phase == 0) {
                sig_copy(&all[n], &j->x);
                j->ncand = 1;
            } else {
                j->ncand = candidates(&j->best, &all[n], MAX_CANDS, j->jumps);
            }
            n += j->ncand;
        }
        if (!n)
            return;
        for (int i = 0; i < n; i++)
            all[i].id = CAND_BASE + i;
        round_failed = 0;
        run_round(all, n, masks);
        for (int i = 0; i < njobs && round_failed; i++)
            if (jobs[i].phase != 2 && jobs[i].ncand)
                jobs[i].tainted = 1;
        for (int i = 0; i < njobs; i++)
            if (jobs[i].phase != 2 && jobs[i].ncand)
                step(&jobs[i], &masks[jobs[i].first]);
        if (getenv("CONFORM_VERBOSE"))
            fprintf(stderr, "minimise: round %d: %d candidates\n", builds, n);
    }
}

/* ---- the cache ------------------------------------------------------------ */

/* FNV-1a over the compilers' versions, the case and its mismatching
 * pairs: the same case on the same compilers gets the same answer. */
static uint64_t case_key(const struct job *j)
{
    char *d = decl_text(&j->x);
    uint64_t h = 0xcbf29ce484222325ULL;
    const char *parts[3] = { cache_key, d, abi->name };

    for (int p = 0; p < 3; p++)
        for (const char *c = parts[p]; *c; c++)
            h = (h ^ (unsigned char)*c) * 0x100000001b3ULL;
    for (int p = 0; p < npairs; p++)
        if ((j->mx >> p) & 1)
            for (const char *c = pairs[p]; *c; c++)
                h = (h ^ (unsigned char)*c) * 0x100000001b3ULL;
    free(d);
    return h;
}

/* Lines "<key> <pair,pair|-> <class> <minimal> <declaration>". */
static int cache_lookup(struct job *j, uint64_t key)
{
    FILE *f = cache_path ? fopen(cache_path, "r") : NULL;
    static char line[8192];
    char k[32], want[32], pl[2048], cls[64];
    int min, off;

    if (!f)
        return 0;
    snprintf(want, sizeof want, "%016llx", (unsigned long long)key);
    while (fgets(line, sizeof line, f)) {
        struct result *r;
        if (sscanf(line, "%31s %2047s %63s %d %n", k, pl, cls, &min, &off) != 4 ||
            strcmp(k, want) || j->nres == MAX_RESULTS)
            continue;
        r = &j->res[j->nres++];
        memset(r, 0, sizeof *r);
        for (int p = 0; p < npairs; p++)
            if (kl_word_in(pairs[p], pl))
                r->pairs |= 1ULL << p;
        r->minimal = min;
        line[strcspn(line, "\n")] = 0;
        snprintf(r->decl, sizeof r->decl, "%s", line + off);
        {   /* the shrinking is kept, the class is worked out afresh (known.c
             * may have changed since) */
            struct sig rs;
            char err[256];
            const char *now = NULL;
            int self = 0;
            for (int p = 0; p < npairs; p++)
                if ((r->pairs >> p) & 1 && pair_is_control(p))
                    self = 1;
            if (!sig_parse(&rs, abi, r->decl, NULL, err, sizeof err))
                now = known_shape(&rs, abi, self);
            snprintf(r->cls, sizeof r->cls, "%s", now ? now : "unknown");
            (void)cls;
        }
    }
    fclose(f);
    return j->nres > 0;
}

static void cache_store(const struct job *j, uint64_t key)
{
    FILE *f = cache_path ? fopen(cache_path, "a") : NULL;

    if (!f)
        return;
    for (int i = 0; i < j->nres; i++) {
        const struct result *r = &j->res[i];
        fprintf(f, "%016llx ", (unsigned long long)key);
        for (int p = 0, first = 1; p < npairs; p++)
            if ((r->pairs >> p) & 1)
                fprintf(f, "%s%s", first ? "" : ",", pairs[p]), first = 0;
        fprintf(f, "%s %s %d %s\n", r->pairs ? "" : "-", r->cls, r->minimal, r->decl);
    }
    fclose(f);
}

/* ---- the two modes ----------------------------------------------------------- */

static void add_job(const struct sig *x, uint64_t m)
{
    struct job *j;

    if (njobs == MAX_JOBS)
        die("too many disagreeing cases in one run", NULL);
    j = &jobs[njobs++];
    memset(j, 0, sizeof *j);
    j->id = x->id;
    sig_copy(&j->x, x);
    j->mx = m;
    j->target = pick_target(m);
    sig_copy(&j->best, x);
    j->phase = 1;
    j->jumps = x->nargs + (x->ret != NULL) > 2;
}

/* --batch: every generated case that mismatched in a pair log. */
static void batch(const char *logdir, uint64_t seed, const char *out)
{
    enum { MAXID = 190000 };
    static uint64_t m[MAXID];
    uint64_t keys[MAX_JOBS];
    int fresh = 0;
    FILE *f;

    read_masks(logdir, 0, m, MAXID);
    for (int id = 0; id < MAXID; id++)
        if (m[id]) {
            struct sig x;
            sig_for_case(&x, abi, seed, id);
            add_job(&x, m[id]);
            keys[njobs - 1] = case_key(&jobs[njobs - 1]);
            if (cache_lookup(&jobs[njobs - 1], keys[njobs - 1]))
                jobs[njobs - 1].phase = 2, jobs[njobs - 1].from_cache = 1;
            else
                fresh++;
        }
    if (fresh)
        fprintf(stderr, "minimise: %s: %d disagreeing cases to shrink (%d known from "
                "the cache)\n", abi->name, fresh, njobs - fresh);
    run_jobs();
    if (!(f = fopen(out, "w")))
        die("cannot write ", out);
    for (int i = 0; i < njobs; i++) {
        const struct job *j = &jobs[i];
        if (!j->from_cache && !j->tainted)
            cache_store(j, keys[i]);
        for (int r = 0; r < j->nres; r++) {
            fprintf(f, "%d ", j->id);
            for (int p = 0, first = 1; p < npairs; p++)
                if ((j->res[r].pairs >> p) & 1)
                    fprintf(f, "%s%s", first ? "" : ",", pairs[p]), first = 0;
            fprintf(f, "%s %s %d %s\n", j->res[r].pairs ? "" : "-", j->res[r].cls,
                    j->res[r].minimal, j->res[r].decl);
        }
    }
    if (fclose(f))
        die("cannot write ", out);
}

/* Lines of a pair's log that report a mismatch, for the single mode. */
static void mismatch_lines(FILE *out)
{
    char path[1024], line[2048], a[64], b[64];

    for (int p = 0; p < npairs; p++) {
        FILE *f;
        snprintf(path, sizeof path, "%s/%s.log", dir, pairs[p]);
        if (!(f = fopen(path, "r")))
            continue;
        pair_split(pairs[p], a, b, sizeof a);
        while (fgets(line, sizeof line, f))
            if (!strncmp(line, "cf: M ", 6) || !strncmp(line, "cf: N ", 6) ||
                !strncmp(line, "cf: X ", 6))
                fprintf(out, "  %s->%s: %s", a, b, line + 4);
        fclose(f);
    }
}

/* Append make explain's table for a reproducer to `out`. */
static void explain(const char *decl, const char *out)
{
    char d[4096], va[1024] = "", cmd[16384], *cut;

    snprintf(d, sizeof d, "%s", decl);
    if ((cut = strstr(d, " /* called with "))) {
        snprintf(va, sizeof va, "%s", cut + strlen(" /* called with "));
        *cut = 0;
        if ((cut = strstr(va, " */")))
            *cut = 0;
    }
    snprintf(cmd, sizeof cmd, "make -s --no-print-directory explain SIG='%s'%s%s%s "
             ">>%s 2>&1 </dev/null", d, va[0] ? " VA='" : "", va, va[0] ? "'" : "", out);
    if (system(cmd) != 0)
        fprintf(stderr, "minimise: make explain failed (see %s)\n", out);
}

/* One case, for make abi-minimise: its reproducers, their fields, explain. */
static void single(uint64_t seed, int id, const char *out)
{
    struct sig x, r[MAX_RESULTS];
    uint64_t m[1];
    FILE *f;
    int nr = 0;

    sig_for_case(&x, abi, seed, id);
    x.id = CAND_BASE;
    run_round(&x, 1, m);
    x.id = id;
    if (!m[0])
        die("the case agrees on every pair: nothing to minimise", NULL);
    add_job(&x, m[0]);
    run_jobs();
    if (!(f = fopen(out, "w")))
        die("cannot write ", out);
    fprintf(f, "minimised from case %d of seed %llu on %s (%d rounds of builds)\n",
            id, (unsigned long long)seed, abi->name, builds);
    for (int i = 0; i < jobs[0].nres; i++) {
        const struct result *res = &jobs[0].res[i];
        char err[256];
        fprintf(f, "\n%s\n  class: %s%s; pairs:", res->decl,
                strcmp(res->cls, "unknown") ? res->cls : "none known (a new disagreement)",
                res->minimal ? "" : " (not fully minimised)");
        for (int p = 0; p < npairs; p++)
            if ((res->pairs >> p) & 1)
                fprintf(f, " %s", pairs[p]);
        fprintf(f, "\n");
        if (!sig_parse(&r[nr], abi, res->decl, NULL, err, sizeof err))
            r[nr].id = CAND_BASE + nr, nr++;
    }
    fclose(f);
    if (nr) {
        run_round(r, nr, m);
        f = fopen(out, "a");
        fprintf(f, "\nFields that arrive wrong (caller->callee; expected bytes, then what the\n"
                   "receiving side saw: the callee for arguments, the caller for the result;\n"
                   "a5 bytes are the caller's fill: padding, or nothing passed there):\n");
        mismatch_lines(f);
        fprintf(f, "\nWhere each compiler puts each argument, probed (make explain):\n\n");
        fclose(f);
        for (int i = 0; i < jobs[0].nres; i++)
            explain(jobs[0].res[i].decl, out);
    }
    printf("minimise: %s\n", out);
}

int main(int argc, char **argv)
{
    const char *out = NULL, *logdir = NULL, *plist = NULL;
    long long seed = -1;
    int id = -1;

    for (int i = 1; i + 1 < argc; i += 2) {
        const char *o = argv[i], *v = argv[i + 1];
        if (!strcmp(o, "--abi") && !(abi = abi_find(v)))
            die("unknown ABI ", v);
        else if (!strcmp(o, "--seed")) seed = strtoll(v, NULL, 0);
        else if (!strcmp(o, "--case")) id = atoi(v);
        else if (!strcmp(o, "--out")) out = v;
        else if (!strcmp(o, "--dir")) dir = v;
        else if (!strcmp(o, "--batch")) logdir = v;
        else if (!strcmp(o, "--pairs")) plist = v;
        else if (!strcmp(o, "--cache")) cache_path = v;
        else if (!strcmp(o, "--key")) cache_key = v;
        else if (!strcmp(o, "--types") && avail_parse(v))
            die("unknown --types entry in ", v);
    }
    if (!abi || seed < 0 || !out || !dir || !plist || (id < 0) == !logdir)
        die("usage: minimise --abi ABI --seed N (--case K | --batch LOGDIR) --pairs "
            "'P...' --out FILE --dir BUILDDIR [--types T] [--cache F --key K]", NULL);
    {
        char buf[4096], *save = NULL;
        snprintf(buf, sizeof buf, "%s", plist);
        for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save))
            if (npairs < MAX_PAIRS)
                snprintf(pairs[npairs++], sizeof pairs[0], "%s", w);
    }
    jobs = calloc(MAX_JOBS, sizeof *jobs);
    if (!jobs)
        die("out of memory", NULL);
    if (logdir)
        batch(logdir, (uint64_t)seed, out);
    else
        single((uint64_t)seed, id, out);
    return 0;
}
