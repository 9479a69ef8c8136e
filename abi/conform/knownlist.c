/* abi/conform/knownlist.c: reading known.txt (format in known.txt). */
#include "knownlist.h"

#include <stdio.h>
#include <string.h>

int kl_word_in(const char *word, const char *list)
{
    size_t n = strlen(word);

    for (const char *p = list; (p = strstr(p, word)); p += n)
        if ((p == list || p[-1] == ' ' || p[-1] == ',') &&
            (p[n] == ' ' || p[n] == ',' || p[n] == 0))
            return 1;
    return 0;
}

static char *trim(char *s)
{
    char *e;

    while (*s == ' ' || *s == '\t')
        s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n'))
        *--e = 0;
    return s;
}

/* "groups [abi abi:] a b | c d | e", "self [abi abi:] a b" */
static int read_groups(struct kclass *k, char *v, int self)
{
    struct kgroups *g;
    char *colon = strchr(v, ':'), *save = NULL;

    if ((self ? k->nself_lines : k->ngroups_lines) == 8)
        return -1;
    g = self ? &k->selfs[k->nself_lines++] : &k->groups[k->ngroups_lines++];
    memset(g, 0, sizeof *g);
    if (colon) {
        *colon = 0;
        snprintf(g->abis, sizeof g->abis, "%s", trim(v));
        v = colon + 1;
    }
    for (char *p = strtok_r(v, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
        if (g->ngroups == KL_MAX_GROUPS)
            return -1;
        snprintf(g->group[g->ngroups++], sizeof g->group[0], "%s", trim(p));
    }
    return g->ngroups ? 0 : -1;
}

int kl_read(const char *path, struct kclass *out, int max)
{
    FILE *f = fopen(path, "r");
    char line[4096];
    int n = 0, lineno = 0;
    struct kclass *k = NULL;

    if (!f) {
        perror(path);
        return -1;
    }
    while (fgets(line, sizeof line, f)) {
        char *s = trim(line), *v;
        lineno++;
        if (!*s || *s == '#')
            continue;
        if (line[0] != ' ' && line[0] != '\t') {        /* a class name */
            if (n == max)
                goto bad;
            k = &out[n++];
            memset(k, 0, sizeof *k);
            snprintf(k->name, sizeof k->name, "%s", s);
            continue;
        }
        if (!k)
            goto bad;
        v = s + strcspn(s, " \t");
        if (*v)
            *v++ = 0;
        v = trim(v);
        if (!strcmp(s, "abis"))
            snprintf(k->abis, sizeof k->abis, "%s", v);
        else if (!strcmp(s, "case"))
            snprintf(k->decl, sizeof k->decl, "%s", v);
        else if (!strcmp(s, "va"))
            snprintf(k->va, sizeof k->va, "%s", v);
        else if (!strcmp(s, "self")) {
            if (read_groups(k, v, 1))
                goto bad;
        }
        else if (!strcmp(s, "why"))
            snprintf(k->why + strlen(k->why), sizeof k->why - strlen(k->why), "%s%s",
                     k->why[0] ? " " : "", v);
        else if (!strcmp(s, "groups")) {
            if (read_groups(k, v, 0))
                goto bad;
        } else
            goto bad;
    }
    fclose(f);
    for (int i = 0; i < n; i++)
        if (!out[i].abis[0] || !out[i].decl[0]) {
            fprintf(stderr, "%s: class %s needs 'abis' and 'case'\n", path, out[i].name);
            return -1;
        }
    return n;
bad:
    fprintf(stderr, "%s:%d: not understood: %s", path, lineno, line);
    fclose(f);
    return -1;
}

int kl_group(const struct kclass *k, const char *abi, const char *compiler)
{
    /* a line for this ABI wins over a line for every ABI */
    for (int pass = 0; pass < 2; pass++)
        for (int l = 0; l < k->ngroups_lines; l++) {
            const struct kgroups *g = &k->groups[l];
            if (pass == 0 ? !kl_word_in(abi, g->abis) : g->abis[0] != 0)
                continue;
            for (int i = 0; i < g->ngroups; i++)
                if (kl_word_in(compiler, g->group[i]))
                    return i;
        }
    return -1;
}

int kl_self(const struct kclass *k, const char *abi, const char *c)
{
    for (int l = 0; l < k->nself_lines; l++) {
        const struct kgroups *g = &k->selfs[l];
        if ((!g->abis[0] || kl_word_in(abi, g->abis)) && kl_word_in(c, g->group[0]))
            return 1;
    }
    return 0;
}

int kl_expect(const struct kclass *k, const char *abi, const char *a, const char *b)
{
    int ga, gb;

    if (!strcmp(a, b))
        return kl_self(k, abi, a);
    if (kl_self(k, abi, a) || kl_self(k, abi, b))
        return 2;                       /* may differ either way */
    ga = kl_group(k, abi, a);
    gb = kl_group(k, abi, b);
    if (ga < 0 || gb < 0)
        return -1;
    return ga != gb;
}
