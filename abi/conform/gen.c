/* abi/conform/gen.c: the signature generator (host tool).
 *
 *   gen --abi lp64d --seed 1 --count 200 --out build/x/cases.c --decls build/x/cases.txt
 *   gen --abi lp64d --seed 1 --case 17 --out one.c --decls one.txt
 *   gen --abi lp64d --planted 1 --out p.c --decls p.txt   (see planted())
 *   gen --abi lp64d --sig 'struct s {float a;} f(struct s)' [--va 'double'] ...
 *   options: --types f16,fp16,bf16   the half-precision types every
 *                                    compiler of the run accepts
 *            --known known.txt       append each class's regression case
 *            --stats FILE            how often each construct was drawn
 *
 * Case k of seed s is the same on every run and every machine: each case
 * has its own random stream (seed and case number mixed), so one case can
 * be generated alone (the minimiser and the reports use that).
 *
 * --out: one C file, both halves (see emit.c); --decls: one line per case,
 * "<id> <tag> <one-line C declaration>", which the reports quote; the tag
 * is "-", or "regress:<class>" for a class's regression case.
 */
#include "knownlist.h"
#include "model.h"

#include <stdlib.h>
#include <string.h>

#define REGRESS_BASE 191000     /* regression cases: past any --count */
#define SIG_CASE     192000     /* --sig: the user's signature */

static void usage(void)
{
    fprintf(stderr, "usage: gen --abi ABI (--seed N (--count N | --case K) | --planted 1 |"
                    " --sig DECL [--va TYPES]) --out FILE.c --decls FILE.txt [--types T]"
                    " [--known FILE] [--stats FILE]\n  ABI: ");
    for (int i = 0; i < nabis; i++)
        fprintf(stderr, "%s ", abis[i].name);
    fprintf(stderr, "\n");
    exit(2);
}

static FILE *open_out(const char *path)
{
    FILE *f = fopen(path, "w");

    if (!f) {
        perror(path);
        exit(2);
    }
    return f;
}

/* The planted cases (numbers no run of gen reaches: --count is at most
 * 100000): fixed signatures for the deliberately broken
 * callees of make test (conform.mk):
 *   190900  void f190900(struct { long m0; long m1; })  a hand-written callee
 *        (tests/wrong_reg_<arch>.S) takes m0 from m1's register;
 *   190901  void f190901(struct { enum small m0; char m1; })  the callee half is
 *        built with -fshort-enums, which makes the enum one byte. */
static void planted(struct sig *s, int id)
{
    struct type *t = type_new(K_STRUCT);

    memset(s, 0, sizeof *s);
    s->id = id;
    s->nargs = s->nfixed = 1;
    s->arg[0] = t;
    t->id = s->ntypes++;
    t->nm = 2;
    t->m[0].bits = t->m[1].bits = -1;
    t->m[0].named = t->m[1].named = 1;
    if (id == 190900) {
        t->m[0].t = type_new(K_LONG);
        t->m[1].t = type_new(K_LONG);
    } else {
        t->m[0].t = type_new(K_ENUM);
        t->m[0].t->id = s->ntypes++;
        t->m[0].t->enum_size = 1;
        t->m[1].t = type_new(K_CHAR);
    }
}

/* The regression case of every class of known.txt for this ABI.  Its
 * declaration must have the class's own shape: known.c and known.txt
 * cannot drift apart. */
static int regress_cases(const struct abi *abi, const char *path, struct sig *out,
                         char names[][64], int max)
{
    static struct kclass k[KL_MAX_CLASSES];
    int nk = kl_read(path, k, KL_MAX_CLASSES), n = 0;
    char err[512];

    if (nk < 0)
        exit(2);
    for (int i = 0; i < nk && n < max; i++) {
        const char *shape;
        if (!kl_word_in(abi->name, k[i].abis))
            continue;
        if (sig_parse(&out[n], abi, k[i].decl, k[i].va[0] ? k[i].va : NULL, err,
                      sizeof err)) {
            fprintf(stderr, "gen: %s: the case of %s does not read: %s\n", path,
                    k[i].name, err);
            exit(2);
        }
        shape = known_shape(&out[n], abi, k[i].nself_lines != 0);
        if (!shape || strcmp(shape, k[i].name)) {
            fprintf(stderr, "gen: %s: the case of %s has the shape of %s on %s "
                    "(abi/conform/known.c)\n", path, k[i].name, shape ? shape : "no class",
                    abi->name);
            exit(2);
        }
        out[n].id = REGRESS_BASE + i;
        snprintf(names[n++], 64, "%s", k[i].name);
    }
    return n;
}

int main(int argc, char **argv)
{
    const struct abi *abi = NULL;
    const char *out = NULL, *decls = NULL, *known = NULL, *stats = NULL;
    const char *sig = NULL, *va = NULL;
    long long seed = -1;
    int count = 0, one = -1, planted_run = 0, nreg = 0;
    static char regname[KL_MAX_CLASSES][64];
    struct sig *cases;
    FILE *f, *d;

    for (int i = 1; i + 1 < argc; i += 2) {
        const char *o = argv[i], *v = argv[i + 1];
        if (!strcmp(o, "--abi") && !(abi = abi_find(v))) {
            fprintf(stderr, "gen: unknown ABI '%s'\n", v);
            usage();
        } else if (!strcmp(o, "--seed")) seed = strtoll(v, NULL, 0);
        else if (!strcmp(o, "--count")) count = atoi(v);
        else if (!strcmp(o, "--case")) one = atoi(v);
        else if (!strcmp(o, "--planted")) planted_run = 1;
        else if (!strcmp(o, "--out")) out = v;
        else if (!strcmp(o, "--decls")) decls = v;
        else if (!strcmp(o, "--known")) known = v;
        else if (!strcmp(o, "--stats")) stats = v;
        else if (!strcmp(o, "--sig")) sig = v;
        else if (!strcmp(o, "--va")) va = v;
        else if (!strcmp(o, "--types")) {
            if (avail_parse(v)) {
                fprintf(stderr, "gen: --types: unknown type in '%s'\n", v);
                usage();
            }
        } else if (strcmp(o, "--abi"))
            usage();
    }
    if (planted_run || sig)
        count = planted_run ? 2 : 1, seed = 0;
    else if (one >= 0)
        count = 1;
    if (argc % 2 == 0 || !abi || seed < 0 || !out || !decls || count <= 0 ||
        count > 100000 || (one >= 0 && (planted_run || sig)))
        usage();
    cases = calloc((size_t)count + KL_MAX_CLASSES, sizeof *cases);
    if (!cases)
        return 2;
    if (sig) {
        char err[512];
        if (sig_parse(&cases[0], abi, sig, va, err, sizeof err)) {
            fprintf(stderr, "gen: cannot read the signature %s\n", err);
            return 3;
        }
        cases[0].id = SIG_CASE;
    }
    for (int i = 0; i < count && !sig; i++) {
        if (planted_run)
            planted(&cases[i], 190900 + i);
        else
            sig_for_case(&cases[i], abi, (uint64_t)seed, one >= 0 ? one : i);
        stats_add(&cases[i], abi);
    }
    if (known)
        nreg = regress_cases(abi, known, cases + count, regname, KL_MAX_CLASSES);
    f = open_out(out);
    d = open_out(decls);
    emit_prologue(f, abi);
    for (int i = 0; i < count + nreg; i++) {
        emit_case(f, &cases[i], abi);
        if (i >= count)
            fprintf(d, "%d regress:%s ", cases[i].id, regname[i - count]);
        else
            fprintf(d, "%d - ", cases[i].id);
        emit_decl(d, &cases[i]);
        fprintf(d, "\n");
    }
    emit_table(f, cases, count + nreg);
    if (fclose(f) || fclose(d)) {
        perror("gen: write");
        return 2;
    }
    if (stats) {
        FILE *s = open_out(stats);
        stats_print(s, abi, count);
        fclose(s);
    }
    return 0;
}
