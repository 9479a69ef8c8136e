/* abi/conform/layout.c: struct layouts of a header on every ABI and compiler.
 *
 *   layout --hdr file.h --dir build/layout [--expect file] [--json]
 *          [--golden old.json] CONFIG='name|compile command|objdump' ...
 *
 * No C parser: each compiler describes its own layout.  The header is
 * included in a small translation unit compiled with debug information
 * (-g -gdwarf-5 -fno-eliminate-unused-debug-types), and the DWARF that
 * objdump --dwarf=info prints gives every struct and union (named by its
 * tag, or by the typedef of an anonymous one): DW_AT_byte_size, each
 * member's DW_AT_data_member_location, and for bit-fields DW_AT_bit_size
 * and DW_AT_data_bit_offset (or clang 14's DWARF 2 style DW_AT_bit_offset).
 * DWARF has no alignment unless one was asked for, so a second unit
 * declares arrays whose sizes are what is wanted, and the symbol table
 * gives them: char __layout_al_<n>[_Alignof(T)] per record, and per named
 * member that is not a bit-field its sizeof and __alignof__.
 *
 * Output: one table per record (a column per ABI/compiler) and the records
 * whose layout is not the same everywhere; --json instead writes all of it
 * as a snapshot; --golden compares with a snapshot and names every record
 * and field whose size, alignment or offset changed on any configuration
 * (exit 1), or says nothing did (exit 0).  --expect checks "tag config
 * field value" lines (PASS/FAIL each).
 */
#define _GNU_SOURCE             /* realpath */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CONFIGS 24
#define MAX_RECORDS 256
#define MAX_MEMBERS 64

struct member {
    char name[64];
    long bitoff, bitsize;   /* bitsize 0: not a bit-field */
    long size, align;       /* -1: not known (a bit-field, an anonymous member) */
    /* as read: DW_AT_data_member_location (bytes), DW_AT_data_bit_offset,
     * or the DWARF 2 style DW_AT_bit_offset counted from the most
     * significant bit of a DW_AT_byte_size unit (clang 14 still uses it) */
    long loc, data_bit_offset, old_bit_offset, unit_bytes;
};

struct record {
    int present;
    long size, align;
    struct member m[MAX_MEMBERS];
    int nm;
};

struct config {
    char name[64];
    char cc[1024];
    char objdump[256];
    struct record rec[MAX_RECORDS];
};

static struct config cfg[MAX_CONFIGS];
static int ncfg;
static char keys[MAX_RECORDS][80];     /* "struct x", "union y", or a typedef name */
static int nkeys;
static const char *dir, *hdr;

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "layout: %s%s\n", msg, arg ? arg : "");
    exit(2);
}

static void run(const char *cmd)
{
    if (system(cmd) != 0)
        die("command failed: ", cmd);
}

static int key_index(const char *key, int add)
{
    for (int i = 0; i < nkeys; i++)
        if (!strcmp(keys[i], key))
            return i;
    if (!add || nkeys == MAX_RECORDS)
        return -1;
    snprintf(keys[nkeys], sizeof keys[0], "%s", key);
    return nkeys++;
}

/* A record as --expect names it: "with_long" for "struct with_long". */
static int key_by_tag(const char *tag)
{
    for (int i = 0; i < nkeys; i++) {
        const char *k = keys[i];
        if (!strncmp(k, "struct ", 7))
            k += 7;
        else if (!strncmp(k, "union ", 6))
            k += 6;
        if (!strcmp(k, tag) || !strcmp(keys[i], tag))
            return i;
    }
    return -1;
}

/* The value of a DWARF attribute line: the text after the last ": ". */
static const char *attr_value(char *line)
{
    char *p = strrchr(line, ':');

    if (!p)
        return "";
    p++;
    while (*p == ' ' || *p == '\t')
        p++;
    p[strcspn(p, "\n")] = 0;
    return p;
}

static long die_ref(const char *line)
{
    const char *lt = strrchr(line, '<');
    return lt ? strtol(lt + 1, NULL, 16) : -1;
}

/* ---- reading DWARF ----------------------------------------------------------- */

/* The records at the top level of one object, named by tag or by the
 * typedef of an anonymous one.  add: pass 1, collect the names. */
static void read_dwarf(struct config *c, const char *obj, int add)
{
    static struct record tmp[MAX_RECORDS];
    static long tmp_off[MAX_RECORDS];
    static char tmp_name[MAX_RECORDS][80];
    static long td_target[MAX_RECORDS];
    static char td_name[MAX_RECORDS][80];
    char cmd[2048], line[1024];
    int ntmp = 0, ntd = 0, level = 0, in_rec = 0, in_td = 0;
    struct record *cur = NULL;
    struct member *mem = NULL;
    FILE *p;

    snprintf(cmd, sizeof cmd, "%s --dwarf=info %s", c->objdump, obj);
    if (!(p = popen(cmd, "r")))
        die("cannot run ", cmd);
    while (fgets(line, sizeof line, p)) {
        char *tagp = strstr(line, "(DW_TAG_");
        if (line[0] == ' ' && line[1] == '<' && tagp) {
            level = atoi(line + 2);
            in_rec = in_td = 0;
            mem = NULL;
            if (level <= 1)
                cur = NULL;
            if (level == 1 && ntmp < MAX_RECORDS &&
                (strstr(tagp, "structure_type") || strstr(tagp, "union_type"))) {
                in_rec = strstr(tagp, "union_type") ? 2 : 1;
                cur = &tmp[ntmp];
                memset(cur, 0, sizeof *cur);
                cur->present = 1;
                tmp_off[ntmp] = strtol(strchr(line + 2, '<') + 1, NULL, 16);
                tmp_name[ntmp][0] = 0;
                ntmp++;
            } else if (level == 1 && strstr(tagp, "DW_TAG_typedef") && ntd < MAX_RECORDS) {
                in_td = 1;
                td_name[ntd][0] = 0;
                td_target[ntd++] = -1;
            } else if (cur && level == 2 && strstr(tagp, "DW_TAG_member") &&
                       cur->nm < MAX_MEMBERS) {
                mem = &cur->m[cur->nm++];
                memset(mem, 0, sizeof *mem);
                snprintf(mem->name, sizeof mem->name, "(anonymous)");
                mem->data_bit_offset = mem->old_bit_offset = -1;
                mem->size = mem->align = -1;
            }
            continue;
        }
        if (in_rec && strstr(line, "DW_AT_name"))
            snprintf(tmp_name[ntmp - 1], sizeof tmp_name[0], "%s %s",
                     in_rec == 2 ? "union" : "struct", attr_value(line));
        else if (in_rec && strstr(line, "DW_AT_byte_size"))
            cur->size = atol(attr_value(line));
        else if (in_rec && strstr(line, "DW_AT_declaration"))
            cur->present = 0;
        else if (in_td && strstr(line, "DW_AT_name"))
            snprintf(td_name[ntd - 1], sizeof td_name[0], "%s", attr_value(line));
        else if (in_td && strstr(line, "DW_AT_type"))
            td_target[ntd - 1] = die_ref(line);
        else if (mem && strstr(line, "DW_AT_name"))
            snprintf(mem->name, sizeof mem->name, "%s", attr_value(line));
        else if (mem && strstr(line, "DW_AT_data_member_location"))
            mem->loc = atol(attr_value(line));
        else if (mem && strstr(line, "DW_AT_data_bit_offset"))
            mem->data_bit_offset = atol(attr_value(line));
        else if (mem && strstr(line, "DW_AT_bit_offset"))
            mem->old_bit_offset = atol(attr_value(line));
        else if (mem && strstr(line, "DW_AT_byte_size"))
            mem->unit_bytes = atol(attr_value(line));
        else if (mem && strstr(line, "DW_AT_bit_size"))
            mem->bitsize = atol(attr_value(line));
    }
    if (pclose(p) != 0)
        die("failed: ", cmd);
    /* an anonymous record takes the name of its typedef */
    for (int t = 0; t < ntd; t++)
        for (int r = 0; r < ntmp; r++)
            if (!tmp_name[r][0] && tmp_off[r] == td_target[t])
                snprintf(tmp_name[r], sizeof tmp_name[0], "%s", td_name[t]);
    for (int r = 0; r < ntmp; r++) {
        int k;
        if (!tmp_name[r][0] || !tmp[r].present || (k = key_index(tmp_name[r], add)) < 0)
            continue;
        c->rec[k] = tmp[r];
        /* offsets in bits from the start (all six ABIs are little-endian) */
        for (int i = 0; i < c->rec[k].nm; i++) {
            struct member *m = &c->rec[k].m[i];
            if (m->data_bit_offset >= 0)
                m->bitoff = m->data_bit_offset;
            else if (m->old_bit_offset >= 0)
                m->bitoff = 8 * (m->loc + m->unit_bytes) - m->old_bit_offset - m->bitsize;
            else
                m->bitoff = 8 * m->loc;
        }
    }
}

/* Sizes and alignments: the sizes of the __layout_* arrays. */
static void read_sizes(struct config *c, const char *obj)
{
    char cmd[2048], line[1024];
    FILE *p;

    snprintf(cmd, sizeof cmd, "%s -t %s", c->objdump, obj);
    if (!(p = popen(cmd, "r")))
        die("cannot run ", cmd);
    while (fgets(line, sizeof line, p)) {
        char *name = strstr(line, "__layout_"), *sz;
        int r, m = -1;
        long v;
        if (!name)
            continue;
        name[strcspn(name, " \n")] = 0;
        /* "<addr> g O .bss <size> <name>": the size is the word before */
        sz = name - 1;
        while (sz > line && *sz == ' ')
            sz--;
        while (sz > line && sz[-1] != ' ' && sz[-1] != '\t')
            sz--;
        v = strtol(sz, NULL, 16);
        if (sscanf(name, "__layout_al_%d", &r) == 1 && r < nkeys)
            c->rec[r].align = v;
        else if (sscanf(name, "__layout_fs_%d_%d", &r, &m) == 2 && r < nkeys &&
                 m < c->rec[r].nm)
            c->rec[r].m[m].size = v;
        else if (sscanf(name, "__layout_fa_%d_%d", &r, &m) == 2 && r < nkeys &&
                 m < c->rec[r].nm)
            c->rec[r].m[m].align = v;
    }
    pclose(p);
}

static void compile(struct config *c, const char *src, const char *obj)
{
    char cmd[4096];

    snprintf(cmd, sizeof cmd, "%s -g -gdwarf-5 -fno-eliminate-unused-debug-types "
             "-ffreestanding -w -c -o %s %s", c->cc, obj, src);
    run(cmd);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");

    if (!f || fputs(text, f) < 0 || fclose(f))
        die("cannot write ", path);
}

/* ---- comparing ------------------------------------------------------------------ */

/* Two layouts are the same: size, alignment, members and their offsets. */
static int same(const struct record *a, const struct record *b)
{
    if (a->present != b->present || a->size != b->size || a->align != b->align ||
        a->nm != b->nm)
        return 0;
    for (int i = 0; i < a->nm; i++)
        if (strcmp(a->m[i].name, b->m[i].name) || a->m[i].bitoff != b->m[i].bitoff ||
            a->m[i].bitsize != b->m[i].bitsize)
            return 0;
    return 1;
}

static void print_record(int t)
{
    const struct record *r0 = NULL;
    int groups[MAX_CONFIGS], ngroups = 0;

    for (int c = 0; c < ncfg; c++)
        if (cfg[c].rec[t].present && !r0)
            r0 = &cfg[c].rec[t];
    if (!r0)
        return;
    printf("\n%s\n%-16s", keys[t], "");
    for (int c = 0; c < ncfg; c++)
        printf(" %13s", cfg[c].name);
    printf("\n%-16s", "sizeof");
    for (int c = 0; c < ncfg; c++)
        printf(" %13ld", cfg[c].rec[t].size);
    printf("\n%-16s", "alignof");
    for (int c = 0; c < ncfg; c++)
        printf(" %13ld", cfg[c].rec[t].align);
    for (int m = 0; m < r0->nm; m++) {
        char label[96];
        snprintf(label, sizeof label, "%s%s", r0->m[m].name, r0->m[m].bitsize ? ":" : "");
        if (r0->m[m].bitsize)
            snprintf(label + strlen(label), sizeof label - strlen(label), "%ld",
                     r0->m[m].bitsize);
        printf("\n%-16s", label);
        for (int c = 0; c < ncfg; c++) {
            const struct record *r = &cfg[c].rec[t];
            char cell[32];
            if (m >= r->nm)
                snprintf(cell, sizeof cell, "-");
            else if (r->m[m].bitsize)
                snprintf(cell, sizeof cell, "bit %ld", r->m[m].bitoff);
            else
                snprintf(cell, sizeof cell, "%ld", r->m[m].bitoff / 8);
            printf(" %13s", cell);
        }
    }
    for (int c = 0; c < ncfg; c++) {
        int g;
        for (g = 0; g < ngroups && !same(&cfg[groups[g]].rec[t], &cfg[c].rec[t]); g++)
            ;
        if (g == ngroups)
            groups[ngroups++] = c;
    }
    /* one ABI's compilers: configurations "abi/x" next to "abi/y" */
    for (int c = 0; c + 1 < ncfg; c++)
        if (!strncmp(cfg[c].name, cfg[c + 1].name, strcspn(cfg[c].name, "/") + 1) &&
            !same(&cfg[c].rec[t], &cfg[c + 1].rec[t]))
            printf("\nDIFFERS: %s and %s", cfg[c].name, cfg[c + 1].name);
    if (ngroups > 1) {
        printf("\nDIFFERS: %d layouts:", ngroups);
        for (int g = 0; g < ngroups; g++) {
            printf(" [");
            for (int c = 0, first = 1; c < ncfg; c++)
                if (same(&cfg[groups[g]].rec[t], &cfg[c].rec[t]))
                    printf("%s%s", first ? "" : " ", cfg[c].name), first = 0;
            printf("]");
        }
    } else {
        printf("\nsame on every ABI and compiler");
    }
    printf("\n");
}

/* How many different layouts a record has over the configurations. */
static int layouts(int t)
{
    int n = 0;

    for (int c = 0; c < ncfg; c++) {
        int d = 0;
        while (d < c && !same(&cfg[d].rec[t], &cfg[c].rec[t]))
            d++;
        n += d == c;
    }
    return n;
}

/* --expect: "tag config field value" lines; PASS/FAIL each.  The field
 * "layouts" (config "-") is the number of different layouts flagged. */
static int check(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[512], tag[80], conf[64], field[64];
    long want;
    int fails = 0;

    if (!f)
        die("cannot read ", path);
    while (fgets(line, sizeof line, f)) {
        int t, c, found = 0;
        long got = -1;
        if (line[0] == '#' || sscanf(line, "%79s %63s %63s %li", tag, conf, field, &want) != 4)
            continue;
        t = key_by_tag(tag);
        for (c = 0; c < ncfg && strcmp(cfg[c].name, conf); c++)
            ;
        if (t >= 0 && !strcmp(field, "layouts"))
            got = layouts(t), found = 1;
        else if (t >= 0 && c < ncfg) {
            const struct record *r = &cfg[c].rec[t];
            if (!strcmp(field, "sizeof"))
                got = r->size, found = 1;
            else if (!strcmp(field, "alignof"))
                got = r->align, found = 1;
            for (int m = 0; m < r->nm && !found; m++)
                if (!strcmp(r->m[m].name, field))
                    got = r->m[m].bitoff, found = 1;
        }
        if (found && got == want)
            printf("PASS layout %s %s %s = %ld\n", tag, conf, field, want);
        else {
            printf("FAIL layout %s %s %s: expected %ld, got %ld%s\n", tag, conf, field,
                   want, got, found ? "" : " (not found)");
            fails++;
        }
    }
    fclose(f);
    return fails;
}

/* ---- the snapshot (JSON) ------------------------------------------------------------ */

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++)
        if (*s == '"' || *s == '\\')
            fprintf(f, "\\%c", *s);
        else
            fputc(*s, f);
    fputc('"', f);
}

/* { "header": ..., "records": { "<record>": { "<config>": { "size": ..,
 *   "align": .., "fields": [ { "name", "offset", "bit_offset",
 *   "bit_size", "size", "align" } ] } } } } */
static void write_json(FILE *f)
{
    fprintf(f, "{\n  \"header\": ");
    json_string(f, hdr);
    fprintf(f, ",\n  \"records\": {");
    for (int t = 0; t < nkeys; t++) {
        int firstc = 1;
        fprintf(f, "%s\n    ", t ? "," : "");
        json_string(f, keys[t]);
        fprintf(f, ": {");
        for (int c = 0; c < ncfg; c++) {
            const struct record *r = &cfg[c].rec[t];
            if (!r->present)
                continue;
            fprintf(f, "%s\n      ", firstc ? "" : ",");
            firstc = 0;
            json_string(f, cfg[c].name);
            fprintf(f, ": { \"size\": %ld, \"align\": %ld, \"fields\": [", r->size, r->align);
            for (int m = 0; m < r->nm; m++) {
                const struct member *mb = &r->m[m];
                fprintf(f, "%s\n        { \"name\": ", m ? "," : "");
                json_string(f, mb->name);
                fprintf(f, ", \"offset\": %ld, \"bit_offset\": %ld, \"bit_size\": %ld, "
                           "\"size\": %ld, \"align\": %ld }",
                        mb->bitoff / 8, mb->bitoff, mb->bitsize, mb->size, mb->align);
            }
            fprintf(f, " ] }");
        }
        fprintf(f, " }");
    }
    fprintf(f, "\n  }\n}\n");
}

/* A small reader for what write_json writes (objects, arrays, strings,
 * integers): enough for the golden snapshot, and it says where it stops. */
struct json {
    const char *p, *path;
};

static void jfail(struct json *j, const char *what)
{
    fprintf(stderr, "layout: %s: %s near \"%.20s\"\n", j->path, what, j->p);
    exit(2);
}

static void jspace(struct json *j)
{
    while (isspace((unsigned char)*j->p))
        j->p++;
}

static int jpeek(struct json *j, char c)
{
    jspace(j);
    return *j->p == c;
}

static void jexpect(struct json *j, char c)
{
    jspace(j);
    if (*j->p != c) {
        char what[32];
        snprintf(what, sizeof what, "expected '%c'", c);
        jfail(j, what);
    }
    j->p++;
}

static void jstring(struct json *j, char *out, size_t n)
{
    size_t k = 0;

    jexpect(j, '"');
    while (*j->p && *j->p != '"') {
        if (*j->p == '\\' && j->p[1])
            j->p++;
        if (k + 1 < n)
            out[k++] = *j->p;
        j->p++;
    }
    out[k] = 0;
    jexpect(j, '"');
}

static long jnumber(struct json *j)
{
    char *end;
    long v;

    jspace(j);
    v = strtol(j->p, &end, 10);
    if (end == j->p)
        jfail(j, "expected a number");
    j->p = end;
    return v;
}

static void read_field(struct json *j, struct member *m)
{
    char k[32];

    memset(m, 0, sizeof *m);
    jexpect(j, '{');
    while (!jpeek(j, '}')) {
        jstring(j, k, sizeof k);
        jexpect(j, ':');
        if (!strcmp(k, "name"))
            jstring(j, m->name, sizeof m->name);
        else {
            long v = jnumber(j);
            if (!strcmp(k, "bit_offset")) m->bitoff = v;
            else if (!strcmp(k, "bit_size")) m->bitsize = v;
            else if (!strcmp(k, "size")) m->size = v;
            else if (!strcmp(k, "align")) m->align = v;
        }
        if (!jpeek(j, '}'))
            jexpect(j, ',');
    }
    jexpect(j, '}');
}

static void read_layout(struct json *j, struct record *r)
{
    char k[32];

    memset(r, 0, sizeof *r);
    r->present = 1;
    jexpect(j, '{');
    while (!jpeek(j, '}')) {
        jstring(j, k, sizeof k);
        jexpect(j, ':');
        if (!strcmp(k, "fields")) {
            jexpect(j, '[');
            while (!jpeek(j, ']')) {
                if (r->nm < MAX_MEMBERS)
                    read_field(j, &r->m[r->nm++]);
                if (!jpeek(j, ']'))
                    jexpect(j, ',');
            }
            jexpect(j, ']');
        } else {
            long v = jnumber(j);
            if (!strcmp(k, "size")) r->size = v;
            else if (!strcmp(k, "align")) r->align = v;
        }
        if (!jpeek(j, '}'))
            jexpect(j, ',');
    }
    jexpect(j, '}');
}

/* The golden snapshot: gold[record][config], keyed like the current run. */
static char gkeys[MAX_RECORDS][80], gconf[MAX_CONFIGS][64];
static int ngkeys, ngconf;
static struct record (*gold)[MAX_CONFIGS];

static int gconf_index(const char *name)
{
    for (int i = 0; i < ngconf; i++)
        if (!strcmp(gconf[i], name))
            return i;
    if (ngconf == MAX_CONFIGS)
        return -1;
    snprintf(gconf[ngconf], sizeof gconf[0], "%s", name);
    return ngconf++;
}

static void read_golden(const char *path)
{
    FILE *f = fopen(path, "r");
    static char text[1 << 22];
    struct json j = { text, path };
    char k[80];
    size_t n;

    if (!f)
        die("cannot read the golden snapshot ", path);
    n = fread(text, 1, sizeof text - 1, f);
    text[n] = 0;
    fclose(f);
    gold = calloc(MAX_RECORDS, sizeof *gold);
    jexpect(&j, '{');
    while (!jpeek(&j, '}')) {
        jstring(&j, k, sizeof k);
        jexpect(&j, ':');
        if (!strcmp(k, "records")) {
            jexpect(&j, '{');
            while (!jpeek(&j, '}')) {
                int r = ngkeys < MAX_RECORDS ? ngkeys++ : MAX_RECORDS - 1;
                jstring(&j, gkeys[r], sizeof gkeys[0]);
                jexpect(&j, ':');
                jexpect(&j, '{');
                while (!jpeek(&j, '}')) {
                    char cn[64];
                    int c;
                    jstring(&j, cn, sizeof cn);
                    jexpect(&j, ':');
                    c = gconf_index(cn);
                    read_layout(&j, &gold[r][c < 0 ? 0 : c]);
                    if (!jpeek(&j, '}'))
                        jexpect(&j, ',');
                }
                jexpect(&j, '}');
                if (!jpeek(&j, '}'))
                    jexpect(&j, ',');
            }
            jexpect(&j, '}');
        } else {
            char skip[1024];
            jstring(&j, skip, sizeof skip);
        }
        if (!jpeek(&j, '}'))
            jexpect(&j, ',');
    }
}

/* One difference, collected per record and property, then printed with
 * the configurations it happens on. */
struct change {
    char what[256];
    char confs[1024];
    int fatal;
};
static struct change changes[1024];
static int nchanges;

static void note_change(const char *what, const char *conf, int fatal)
{
    struct change *c;
    int i;

    for (i = 0; i < nchanges && strcmp(changes[i].what, what); i++)
        ;
    if (i == nchanges) {
        if (nchanges == 1024)
            return;
        c = &changes[nchanges++];
        snprintf(c->what, sizeof c->what, "%s", what);
        c->confs[0] = 0;
        c->fatal = fatal;
    }
    c = &changes[i];
    snprintf(c->confs + strlen(c->confs), sizeof c->confs - strlen(c->confs), "%s%s",
             c->confs[0] ? " " : "", conf);
}

static const struct member *find_member(const struct record *r, const char *name)
{
    for (int i = 0; i < r->nm; i++)
        if (!strcmp(r->m[i].name, name))
            return &r->m[i];
    return NULL;
}

static void compare_record(const char *key, const struct record *old, const struct record *now,
                           const char *conf)
{
    char w[256];

    if (!now->present) {
        snprintf(w, sizeof w, "%s: gone from the header", key);
        note_change(w, conf, 1);
        return;
    }
    if (old->size != now->size) {
        snprintf(w, sizeof w, "%s: size %ld -> %ld", key, old->size, now->size);
        note_change(w, conf, 1);
    }
    if (old->align != now->align) {
        snprintf(w, sizeof w, "%s: alignment %ld -> %ld", key, old->align, now->align);
        note_change(w, conf, 1);
    }
    for (int i = 0; i < old->nm; i++) {
        const struct member *a = &old->m[i], *b = find_member(now, a->name);
        if (!strcmp(a->name, "(anonymous)"))
            continue;
        if (!b) {
            snprintf(w, sizeof w, "%s: field %s gone", key, a->name);
            note_change(w, conf, 1);
            continue;
        }
        if (a->bitoff != b->bitoff || a->bitsize != b->bitsize) {
            if (a->bitsize || b->bitsize)
                snprintf(w, sizeof w, "%s: field %s: bit offset %ld -> %ld, width %ld -> %ld",
                         key, a->name, a->bitoff, b->bitoff, a->bitsize, b->bitsize);
            else
                snprintf(w, sizeof w, "%s: field %s: offset %ld -> %ld", key, a->name,
                         a->bitoff / 8, b->bitoff / 8);
            note_change(w, conf, 1);
        }
        if (a->size != b->size) {
            snprintf(w, sizeof w, "%s: field %s: size %ld -> %ld", key, a->name, a->size,
                     b->size);
            note_change(w, conf, 1);
        }
        if (a->align != b->align) {
            snprintf(w, sizeof w, "%s: field %s: alignment %ld -> %ld", key, a->name,
                     a->align, b->align);
            note_change(w, conf, 1);
        }
    }
    for (int i = 0; i < now->nm; i++)
        if (strcmp(now->m[i].name, "(anonymous)") && !find_member(old, now->m[i].name)) {
            snprintf(w, sizeof w, "%s: field %s added (in what was padding or at the end)",
                     key, now->m[i].name);
            note_change(w, conf, 0);
        }
}

/* --golden: every record and configuration of the snapshot against now. */
static int diff(const char *path)
{
    int fatal = 0, compared = 0;

    read_golden(path);
    for (int r = 0; r < ngkeys; r++) {
        int now = -1;
        for (int k = 0; k < nkeys; k++)
            if (!strcmp(keys[k], gkeys[r]))
                now = k;
        for (int g = 0; g < ngconf; g++) {
            const struct record *old = &gold[r][g];
            int c;
            if (!old->present)
                continue;
            for (c = 0; c < ncfg && strcmp(cfg[c].name, gconf[g]); c++)
                ;
            if (c == ncfg) {
                note_change("configurations of the snapshot not built now (other COMPILERS?)",
                            gconf[g], 0);
                continue;
            }
            compared++;
            if (now < 0) {
                char w[256];
                snprintf(w, sizeof w, "%s: gone from the header", gkeys[r]);
                note_change(w, gconf[g], 1);
            } else
                compare_record(gkeys[r], old, &cfg[c].rec[now], gconf[g]);
        }
    }
    for (int k = 0; k < nkeys; k++) {
        int known = 0;
        for (int r = 0; r < ngkeys; r++)
            known |= !strcmp(keys[k], gkeys[r]);
        if (!known) {
            char w[256];
            snprintf(w, sizeof w, "%s: new (not in the snapshot)", keys[k]);
            note_change(w, "every configuration", 0);
        }
    }
    for (int i = 0; i < nchanges; i++) {
        int words = 1;
        for (const char *p = changes[i].confs; *p; p++)
            words += *p == ' ';
        if (words == ncfg && ncfg > 1)   /* the usual case: name it shortly */
            printf("%s %s on all %d configurations\n", changes[i].fatal ? "CHANGED" : "NOTE   ",
                   changes[i].what, ncfg);
        else
            printf("%s %s on %s\n", changes[i].fatal ? "CHANGED" : "NOTE   ",
                   changes[i].what, changes[i].confs);
        fatal += changes[i].fatal;
    }
    if (fatal)
        printf("layout-diff: %d changes to the layout of %s against %s\n", fatal, hdr, path);
    else
        printf("layout-diff: %s keeps every size, alignment and offset of %s "
               "(%d record layouts compared)\n", hdr, path, compared);
    return fatal != 0;
}

int main(int argc, char **argv)
{
    const char *expect = NULL, *golden = NULL;
    static char text[1 << 18];
    char src[1024], src2[1024], obj[1024];
    int i, json = 0;

    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--json")) {
            json = 1;
            continue;
        }
        if (i + 1 == argc)
            die("option needs a value: ", argv[i]);
        if (!strcmp(argv[i], "--hdr")) hdr = argv[++i];
        else if (!strcmp(argv[i], "--dir")) dir = argv[++i];
        else if (!strcmp(argv[i], "--expect")) expect = argv[++i];
        else if (!strcmp(argv[i], "--golden")) golden = argv[++i];
        else die("unknown option ", argv[i]);
    }
    if (!hdr || !dir || i >= argc)
        die("usage: layout --hdr FILE.h --dir DIR [--expect FILE] [--json] [--golden FILE] "
            "'name|cc|objdump'...", NULL);
    for (; i < argc && ncfg < MAX_CONFIGS; i++) {
        struct config *c = &cfg[ncfg++];
        if (sscanf(argv[i], "%63[^|]|%1023[^|]|%255s", c->name, c->cc, c->objdump) != 3)
            die("bad configuration (want name|compile command|objdump): ", argv[i]);
    }
    if (!realpath(hdr, NULL))
        die("cannot read the header ", hdr);
    /* Pass 1: the records and their members (the first configuration). */
    snprintf(src, sizeof src, "%s/layout1.c", dir);
    snprintf(text, sizeof text, "#include \"%s\"\n", realpath(hdr, NULL));
    write_file(src, text);
    snprintf(obj, sizeof obj, "%s/layout1.o", dir);
    compile(&cfg[0], src, obj);
    read_dwarf(&cfg[0], obj, 1);
    if (!nkeys)
        die("no named struct or union in ", hdr);
    /* Pass 2: the header plus the arrays whose sizes are the answers. */
    snprintf(src2, sizeof src2, "%s/layout2.c", dir);
    for (int t = 0; t < nkeys; t++) {
        snprintf(text + strlen(text), sizeof text - strlen(text),
                 "char __layout_al_%d[_Alignof(%s)] = { 0 };\n", t, keys[t]);
        for (int m = 0; m < cfg[0].rec[t].nm; m++) {
            const struct member *mb = &cfg[0].rec[t].m[m];
            if (mb->bitsize || !strcmp(mb->name, "(anonymous)"))
                continue;
            snprintf(text + strlen(text), sizeof text - strlen(text),
                     "char __layout_fs_%d_%d[sizeof(((%s *)0)->%s)] = { 0 };\n"
                     "char __layout_fa_%d_%d[__alignof__(((%s *)0)->%s)] = { 0 };\n",
                     t, m, keys[t], mb->name, t, m, keys[t], mb->name);
        }
    }
    write_file(src2, text);
    for (int c = 0; c < ncfg; c++) {
        snprintf(obj, sizeof obj, "%s/layout2-%d.o", dir, c);
        compile(&cfg[c], src2, obj);
        read_dwarf(&cfg[c], obj, 0);
        read_sizes(&cfg[c], obj);
    }
    if (golden)
        return diff(golden);
    if (json) {
        write_json(stdout);
        return 0;
    }
    printf("layout of %s (offsets in bytes; bit-fields: bit offset from the start)\n", hdr);
    for (int t = 0; t < nkeys; t++)
        print_record(t);
    return expect ? check(expect) != 0 : 0;
}
