/* abi/conform/minimise.c: shrink a disagreeing case (host tool).
 *
 *   minimise --abi lp64d --seed 1 --case 38 --out min.txt --dir build/conform/min-lp64d
 *
 * Regenerates case 38 of seed 1 and shrinks it while GCC and clang still
 * disagree on it and each agrees with itself: drop arguments, drop the
 * return value, drop struct members, replace a struct by one of its
 * members, shorten arrays, remove packed and aligned.  Every candidate is
 * built and run as a real pair (make abi-conform-try-<abi>, the same
 * images as make test, one case each).  The result, with the fields that
 * disagree and a short explanation of where the bytes went, goes to --out.
 */
#include "model.h"

#include <stdlib.h>
#include <string.h>

static const struct abi *abi;
static const char *dir;
static int tries;

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "minimise: %s%s\n", msg, arg ? arg : "");
    exit(2);
}

static void write_case(const struct sig *s, const char *path)
{
    FILE *f = fopen(path, "w");

    if (!f)
        die("cannot write ", path);
    emit_prologue(f, abi);
    emit_case(f, s, abi);
    emit_table(f, s, 1);
    if (fclose(f))
        die("cannot write ", path);
}

/* Lines of a pair's log that report a mismatch ("cf: M/N/X"). */
static int mismatches(const char *pair, char *out, size_t n)
{
    char path[1024], line[2048];
    int count = 0;
    FILE *f;

    snprintf(path, sizeof path, "%s/%s.log", dir, pair);
    if (!(f = fopen(path, "r")))
        return -1;
    if (out)
        out[0] = 0;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "cf: M ", 6) || !strncmp(line, "cf: N ", 6) ||
            !strncmp(line, "cf: X ", 6)) {
            count++;
            if (out && strlen(out) + strlen(line) + 32 < n)
                snprintf(out + strlen(out), n - strlen(out), "  %s->%s: %s",
                         pair[0] == 'g' ? "gcc" : "clang",
                         strchr(pair, '-')[1] == 'g' ? "gcc" : "clang", line + 4);
        }
    fclose(f);
    return count;
}

/* Build and run the four pairs for one candidate: does it still disagree
 * (a mixed pair differs, both controls agree)? */
static int disagrees(const struct sig *s)
{
    char cases[1024], cmd[2048];

    snprintf(cases, sizeof cases, "%s/try.c", dir);
    write_case(s, cases);
    snprintf(cmd, sizeof cmd, "make -s --no-print-directory abi-conform-try-%s "
             "CONFORM_SUFFIX=-min CONFORM_CASES=%s >%s/make.log 2>&1",
             abi->name, cases, dir);
    tries++;
    if (system(cmd) != 0) {
        fprintf(stderr, "minimise: candidate %d did not build (see %s/make.log)\n",
                tries, dir);
        return 0;
    }
    return mismatches("gcc-gcc", NULL, 0) == 0 && mismatches("clang-clang", NULL, 0) == 0 &&
           (mismatches("gcc-clang", NULL, 0) > 0 || mismatches("clang-gcc", NULL, 0) > 0);
}

/* The k-th smaller variant of t, in place: count *k down over every
 * possible step (drop a member, shorten an array, unpack, drop aligned,
 * then the same inside each member); 1 when the step was applied. */
static int mutate(struct type *t, int *k)
{
    if (t->k == K_ARRAY) {
        if (t->count > 1 && (*k)-- == 0)
            return t->count--, 1;
        return mutate(t->elem, k);
    }
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
    for (int i = 0; i < t->nm; i++)
        if (t->m[i].align && (*k)-- == 0)
            return t->m[i].align = 0, 1;
    for (int i = 0; i < t->nm; i++)
        if (mutate(t->m[i].t, k))
            return 1;
    return 0;
}

/* The candidates: returns 0 when `k` is past the last. */
static int candidate(const struct sig *in, int k, struct sig *out)
{
    *out = *in;
    out->ret = type_clone(in->ret);
    for (int i = 0; i < in->nargs; i++)
        out->arg[i] = type_clone(in->arg[i]);
    if (k < in->nargs) {                               /* drop argument k */
        if (k < in->nfixed && in->nfixed == 1 && in->nargs > 1)
            return 1;                                  /* keep va_start's anchor */
        memmove(&out->arg[k], &out->arg[k + 1], (size_t)(in->nargs - k - 1) * sizeof out->arg[0]);
        out->nargs--;
        if (k < in->nfixed)
            out->nfixed--;
        return 2;
    }
    k -= in->nargs;
    if (k == 0)
        return in->ret ? (out->ret = NULL, 2) : 1;
    k--;
    for (int i = -1; i < in->nargs; i++) {             /* a struct by its member */
        struct type *t = i < 0 ? out->ret : out->arg[i];
        if (!t || (t->k != K_STRUCT && t->k != K_UNION))
            continue;
        for (int m = 0; m < t->nm; m++, k--)
            if (k == 0) {
                struct type *mt = t->m[m].t;
                if (t->m[m].bits >= 0 || mt->k == K_ARRAY || !t->m[m].named ||
                    (i >= in->nfixed && mt->k != K_STRUCT && mt->k != K_UNION))
                    return 1;
                if (i < 0) out->ret = mt; else out->arg[i] = mt;
                return 2;
            }
    }
    for (int i = -1; i < in->nargs; i++) {             /* shrink inside */
        struct type *t = i < 0 ? out->ret : out->arg[i];
        if (t && mutate(t, &k))
            return 2;
    }
    return 0;
}

/* Append make explain's table for the minimised signature to `out`. */
static void explain(const struct sig *s, const char *out)
{
    char *decl = NULL, *va = NULL, *cut, cmd[16384];
    size_t n = 0, vn = 0;
    FILE *m = open_memstream(&decl, &n), *v = open_memstream(&va, &vn);

    if (!m || !v)
        return;
    emit_decl(m, s);
    fclose(m);
    if ((cut = strstr(decl, " /* called with"))) {
        fprintf(v, "%s", cut + strlen(" /* called with "));
        *cut = 0;
    }
    fclose(v);
    if ((cut = strstr(va, " */")))
        *cut = 0;
    snprintf(cmd, sizeof cmd, "make -s --no-print-directory explain SIG='%s'%s%s%s >>%s 2>&1",
             decl, va[0] ? " VA='" : "", va, va[0] ? "'" : "", out);
    if (system(cmd) != 0)
        fprintf(stderr, "minimise: make explain failed (see %s)\n", out);
    free(decl);
    free(va);
}

int main(int argc, char **argv)
{
    const char *out = NULL;
    long long seed = -1;
    int id = -1, progress = 1;
    struct sig best, c;
    char buf[16384], mm[16384];
    FILE *f;

    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--abi") && !(abi = abi_find(argv[i + 1])))
            die("unknown ABI ", argv[i + 1]);
        else if (!strcmp(argv[i], "--seed")) seed = strtoll(argv[i + 1], NULL, 0);
        else if (!strcmp(argv[i], "--case")) id = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--out")) out = argv[i + 1];
        else if (!strcmp(argv[i], "--dir")) dir = argv[i + 1];
    }
    if (!abi || seed < 0 || id < 0 || !out || !dir)
        die("usage: minimise --abi ABI --seed N --case K --out FILE --dir BUILDDIR", NULL);
    sig_for_case(&best, abi, (uint64_t)seed, id);
    if (!disagrees(&best))
        die("the case does not disagree (or a same-compiler pair fails): nothing to minimise", NULL);
    while (progress) {
        progress = 0;
        for (int k = 0;; k++) {
            int r = candidate(&best, k, &c);
            if (!r)
                break;
            if (r == 2 && disagrees(&c)) {
                best = c;
                progress = 1;
                fprintf(stderr, "minimise: %d tries, smaller: ", tries);
                emit_decl(stderr, &best);
                fprintf(stderr, "\n");
                k--;
            }
        }
    }
    disagrees(&best);       /* leave the logs of the result */
    f = fopen(out, "w");
    if (!f)
        die("cannot write ", out);
    fprintf(f, "minimised from case %d of seed %lld on %s (%d builds and runs)\n\n",
            id, seed, abi->name, tries);
    emit_decl(f, &best);
    snprintf(buf, sizeof buf, "%s/gcc-clang", dir);
    fprintf(f, "\n\nFields that arrived wrong (caller->callee compilers; expected bytes, then\nthe bytes the receiving side saw: the callee for arguments, the caller for\nthe return value):\n");
    mismatches("gcc-clang", mm, sizeof mm);
    fputs(mm, f);
    mismatches("clang-gcc", mm, sizeof mm);
    fputs(mm, f);
    fprintf(f, "\nGCC-GCC and clang-clang agree on this signature; the mixed pairs do\n"
               "not.  A received value made of another field's bytes was read from the\n"
               "register or stack slot where the other compiler put that field; a5\n"
               "bytes are the caller's fill (padding or nothing passed there).  Where\n"
               "each compiler puts each argument, probed (make explain):\n\n");
    fclose(f);
    explain(&best, out);
    printf("minimise: %s\n", out);
    return 0;
}
