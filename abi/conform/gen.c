/* abi/conform/gen.c: the signature generator (host tool).
 *
 *   gen --abi lp64d --seed 1 --count 200 --out build/x/cases.c --decls build/x/cases.txt
 *   gen --abi lp64d --seed 1 --case 17 --out one.c --decls one.txt
 *   gen --abi lp64d --planted 1 --out p.c --decls p.txt   (see planted())
 *
 * Case k of seed s is the same on every run and every machine: each case
 * has its own random stream (seed and case number mixed), so one case can
 * be generated alone (the minimiser and the reports use that).
 *
 * --out: one C file, both halves (see emit.c); --decls: one line per case,
 * "<id> <one-line C declaration>", which the reports quote.
 */
#include "model.h"

#include <stdlib.h>
#include <string.h>

static void usage(void)
{
    fprintf(stderr, "usage: gen --abi ABI --seed N (--count N | --case K) "
                    "--out FILE.c --decls FILE.txt\n  ABI: ");
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
        t->m[1].t = type_new(K_CHAR);
    }
}

int main(int argc, char **argv)
{
    const struct abi *abi = NULL;
    const char *out = NULL, *decls = NULL;
    long long seed = -1;
    int count = 0, one = -1;
    struct sig *cases;
    FILE *f, *d;

    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--abi") && !(abi = abi_find(argv[i + 1]))) {
            fprintf(stderr, "gen: unknown ABI '%s'\n", argv[i + 1]);
            usage();
        } else if (!strcmp(argv[i], "--seed"))
            seed = strtoll(argv[i + 1], NULL, 0);
        else if (!strcmp(argv[i], "--count"))
            count = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--case"))
            one = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--planted"))
            { one = -2; count = 2; seed = 0; }
        else if (!strcmp(argv[i], "--out"))
            out = argv[i + 1];
        else if (!strcmp(argv[i], "--decls"))
            decls = argv[i + 1];
        else if (strcmp(argv[i], "--abi"))
            usage();
    }
    if (argc % 2 == 0 || !abi || seed < 0 || !out || !decls ||
        (one != -2 && (count <= 0) == (one < 0)) || count > 100000)
        usage();
    if (one >= 0)
        count = 1;
    cases = calloc((size_t)count, sizeof *cases);
    if (!cases)
        return 2;
    f = open_out(out);
    d = open_out(decls);
    emit_prologue(f, abi);
    for (int i = 0; i < count; i++) {
        if (one == -2)
            planted(&cases[i], 190900 + i);
        else
            sig_for_case(&cases[i], abi, (uint64_t)seed, one >= 0 ? one : i);
        emit_case(f, &cases[i], abi);
        char tags[256];
        known_tags(&cases[i], abi, tags, sizeof tags);
        fprintf(d, "%d %s ", cases[i].id, tags);
        emit_decl(d, &cases[i]);
        fprintf(d, "\n");
    }
    emit_table(f, cases, count);
    if (fclose(f) || fclose(d)) {
        perror("gen: write");
        return 2;
    }
    return 0;
}
