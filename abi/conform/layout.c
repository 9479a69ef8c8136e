/* abi/conform/layout.c: struct layouts of a header on every ABI and compiler.
 *
 *   layout --hdr file.h --dir build/layout [--expect file] \
 *          CONFIG='name|compile command|objdump' ...
 *
 * No C parser: each compiler describes its own layout.  The header is
 * included in a small translation unit compiled with debug information
 * (-g -gdwarf-5 -fno-eliminate-unused-debug-types), and the DWARF that
 * objdump --dwarf=info prints gives every struct and union: DW_AT_byte_size,
 * each member's DW_AT_data_member_location, and for bit-fields
 * DW_AT_bit_size and DW_AT_data_bit_offset.  DWARF has no alignment unless
 * one was asked for, so a second unit declares, per struct,
 * char __layout_al_<tag>[_Alignof(struct tag)], whose size the symbol
 * table gives.
 *
 * Prints one table per struct (a column per ABI/compiler) and flags the
 * structs whose layout is not the same everywhere.  --expect checks lines
 * "tag config field value" (field: sizeof, alignof or a member name; the
 * value of a member is its bit offset) and prints PASS/FAIL per line.
 */
#define _GNU_SOURCE             /* realpath */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CONFIGS 16
#define MAX_STRUCTS 256
#define MAX_MEMBERS 64

struct member {
    char name[64];
    long bitoff, bitsize;   /* bitsize 0: not a bit-field */
    /* as read: DW_AT_data_member_location (bytes), DW_AT_data_bit_offset,
     * or the DWARF 2 style DW_AT_bit_offset counted from the most
     * significant bit of a DW_AT_byte_size unit (clang 14 still uses it) */
    long loc, data_bit_offset, old_bit_offset, unit_bytes;
};

struct record {
    char tag[64];
    int is_union;
    long size, align;
    struct member m[MAX_MEMBERS];
    int nm;
    int present;
};

struct config {
    char name[64];
    char cc[1024];
    char objdump[256];
    struct record rec[MAX_STRUCTS];
};

static struct config cfg[MAX_CONFIGS];
static int ncfg;
static char tags[MAX_STRUCTS][64];
static int is_union_tag[MAX_STRUCTS];
static int ntags;
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

static int tag_index(const char *tag, int add, int is_union)
{
    for (int i = 0; i < ntags; i++)
        if (!strcmp(tags[i], tag))
            return i;
    if (!add || ntags == MAX_STRUCTS)
        return -1;
    snprintf(tags[ntags], sizeof tags[0], "%s", tag);
    is_union_tag[ntags] = is_union;
    return ntags++;
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

/* Read the structs and unions (named, at the top level) from the DWARF of
 * one object.  add: pass 1, collect the tags. */
static void read_dwarf(struct config *c, const char *obj, int add)
{
    char cmd[2048], line[1024];
    struct record *cur = NULL;
    struct member *mem = NULL;
    int rec_level = -1, level = 0, in_struct_die = 0;
    FILE *p;

    snprintf(cmd, sizeof cmd, "%s --dwarf=info %s", c->objdump, obj);
    if (!(p = popen(cmd, "r")))
        die("cannot run ", cmd);
    while (fgets(line, sizeof line, p)) {
        char *tagp = strstr(line, "(DW_TAG_");
        if (line[0] == ' ' && line[1] == '<' && tagp) {
            level = atoi(line + 2);
            in_struct_die = 0;
            mem = NULL;
            if (cur && level <= rec_level)
                cur = NULL;
            if (level == 1 && (strstr(tagp, "structure_type") || strstr(tagp, "union_type"))) {
                in_struct_die = strstr(tagp, "union_type") ? 2 : 1;
                rec_level = level;
            } else if (cur && level == rec_level + 1 && strstr(tagp, "DW_TAG_member")) {
                if (cur->nm < MAX_MEMBERS) {
                    mem = &cur->m[cur->nm++];
                    snprintf(mem->name, sizeof mem->name, "(anonymous)");
                    mem->data_bit_offset = mem->old_bit_offset = -1;
                }
            }
            continue;
        }
        if (in_struct_die && strstr(line, "DW_AT_name")) {
            int i = tag_index(attr_value(line), add, in_struct_die == 2);
            if (i >= 0) {
                cur = &c->rec[i];
                memset(cur, 0, sizeof *cur);
                snprintf(cur->tag, sizeof cur->tag, "%s", tags[i]);
                cur->is_union = in_struct_die == 2;
                cur->present = 1;
            }
        } else if (in_struct_die && cur && strstr(line, "DW_AT_byte_size")) {
            cur->size = atol(attr_value(line));
        } else if (in_struct_die && strstr(line, "DW_AT_declaration")) {
            if (cur)
                cur->present = 0;
            cur = NULL;
        } else if (mem && strstr(line, "DW_AT_name")) {
            snprintf(mem->name, sizeof mem->name, "%s", attr_value(line));
        } else if (mem && strstr(line, "DW_AT_data_member_location")) {
            mem->loc = atol(attr_value(line));
        } else if (mem && strstr(line, "DW_AT_data_bit_offset")) {
            mem->data_bit_offset = atol(attr_value(line));
        } else if (mem && strstr(line, "DW_AT_bit_offset")) {
            mem->old_bit_offset = atol(attr_value(line));
        } else if (mem && strstr(line, "DW_AT_byte_size")) {
            mem->unit_bytes = atol(attr_value(line));
        } else if (mem && strstr(line, "DW_AT_bit_size")) {
            mem->bitsize = atol(attr_value(line));
        }
    }
    /* Offsets in bits from the start (all six ABIs are little-endian). */
    for (int t = 0; t < ntags; t++)
        for (int i = 0; i < c->rec[t].nm; i++) {
            struct member *m = &c->rec[t].m[i];
            if (m->data_bit_offset >= 0)
                m->bitoff = m->data_bit_offset;
            else if (m->old_bit_offset >= 0)
                m->bitoff = 8 * (m->loc + m->unit_bytes) - m->old_bit_offset - m->bitsize;
            else
                m->bitoff = 8 * m->loc;
        }
    if (pclose(p) != 0)
        die("failed: ", cmd);
}

/* Alignments: the sizes of the __layout_al_<tag> arrays. */
static void read_align(struct config *c, const char *obj)
{
    char cmd[2048], line[1024];
    FILE *p;

    snprintf(cmd, sizeof cmd, "%s -t %s", c->objdump, obj);
    if (!(p = popen(cmd, "r")))
        die("cannot run ", cmd);
    while (fgets(line, sizeof line, p)) {
        char *name = strstr(line, "__layout_al_");
        char *sz;
        int i;
        if (!name)
            continue;
        name[strcspn(name, " \n")] = 0;
        /* "<addr> g O .bss <size> <name>": the size is the word before */
        sz = name - 1;
        while (sz > line && *sz == ' ')
            sz--;
        while (sz > line && sz[-1] != ' ' && sz[-1] != '\t')
            sz--;
        if ((i = tag_index(name + 12, 0, 0)) >= 0)
            c->rec[i].align = strtol(sz, NULL, 16);
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

static void print_cell(long v, int width)
{
    printf(" %*ld", width, v);
}

static void print_record(int t)
{
    const struct record *r0 = NULL;
    int groups[MAX_CONFIGS], ngroups = 0, gcc_clang = 0;

    for (int c = 0; c < ncfg; c++)
        if (cfg[c].rec[t].present && !r0)
            r0 = &cfg[c].rec[t];
    if (!r0)
        return;
    printf("\n%s %s\n%-16s", is_union_tag[t] ? "union" : "struct", tags[t], "");
    for (int c = 0; c < ncfg; c++)
        printf(" %13s", cfg[c].name);
    printf("\n%-16s", "sizeof");
    for (int c = 0; c < ncfg; c++)
        print_cell(cfg[c].rec[t].size, 13);
    printf("\n%-16s", "alignof");
    for (int c = 0; c < ncfg; c++)
        print_cell(cfg[c].rec[t].align, 13);
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
    /* Group the configurations with the same layout. */
    for (int c = 0; c < ncfg; c++) {
        int g;
        for (g = 0; g < ngroups && !same(&cfg[groups[g]].rec[t], &cfg[c].rec[t]); g++)
            ;
        if (g == ngroups)
            groups[ngroups++] = c;
    }
    /* GCC vs clang on one ABI: configurations "abi/gcc" next to "abi/clang". */
    for (int c = 0; c + 1 < ncfg; c++)
        if (!strncmp(cfg[c].name, cfg[c + 1].name, strcspn(cfg[c].name, "/")) &&
            !same(&cfg[c].rec[t], &cfg[c + 1].rec[t])) {
            printf("\nDIFFERS: GCC and clang on %.*s", (int)strcspn(cfg[c].name, "/"),
                   cfg[c].name);
            gcc_clang++;
        }
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
    (void)gcc_clang;
}

/* How many different layouts a tag has over the configurations. */
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
    char line[512], tag[64], conf[64], field[64];
    long want;
    int fails = 0;

    if (!f)
        die("cannot read ", path);
    while (fgets(line, sizeof line, f)) {
        int t, c, found = 0;
        long got = -1;
        if (line[0] == '#' || sscanf(line, "%63s %63s %63s %li", tag, conf, field, &want) != 4)
            continue;
        t = tag_index(tag, 0, 0);
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

int main(int argc, char **argv)
{
    const char *expect = NULL;
    char src[1024], src2[1024], obj[1024], text[1 << 16];
    int i;

    for (i = 1; i + 1 < argc && argv[i][0] == '-'; i += 2) {
        if (!strcmp(argv[i], "--hdr")) hdr = argv[i + 1];
        else if (!strcmp(argv[i], "--dir")) dir = argv[i + 1];
        else if (!strcmp(argv[i], "--expect")) expect = argv[i + 1];
        else die("unknown option ", argv[i]);
    }
    if (!hdr || !dir || i >= argc)
        die("usage: layout --hdr FILE.h --dir DIR [--expect FILE] 'name|cc|objdump'...", NULL);
    for (; i < argc && ncfg < MAX_CONFIGS; i++) {
        struct config *c = &cfg[ncfg++];
        if (sscanf(argv[i], "%63[^|]|%1023[^|]|%255s", c->name, c->cc, c->objdump) != 3)
            die("bad configuration (want name|compile command|objdump): ", argv[i]);
    }
    {
        FILE *h = fopen(hdr, "r");
        if (!h)
            die("cannot read the header ", hdr);
        fclose(h);
    }
    /* Pass 1: the tags (from the first configuration's DWARF). */
    snprintf(src, sizeof src, "%s/layout1.c", dir);
    snprintf(text, sizeof text, "#include \"%s\"\n", realpath(hdr, NULL));
    write_file(src, text);
    snprintf(obj, sizeof obj, "%s/layout1.o", dir);
    compile(&cfg[0], src, obj);
    read_dwarf(&cfg[0], obj, 1);
    if (!ntags)
        die("no named struct or union in ", hdr);
    /* Pass 2: the header plus one alignment array per tag. */
    snprintf(src2, sizeof src2, "%s/layout2.c", dir);
    for (int t = 0; t < ntags; t++)
        snprintf(text + strlen(text), sizeof text - strlen(text),
                 "char __layout_al_%s[_Alignof(%s %s)] = { 0 };\n", tags[t],
                 is_union_tag[t] ? "union" : "struct", tags[t]);
    write_file(src2, text);
    for (int c = 0; c < ncfg; c++) {
        snprintf(obj, sizeof obj, "%s/layout2-%d.o", dir, c);
        compile(&cfg[c], src2, obj);
        read_dwarf(&cfg[c], obj, 0);
        read_align(&cfg[c], obj);
    }
    printf("layout of %s (offsets in bytes; bit-fields: bit offset from the start)\n", hdr);
    for (int t = 0; t < ntags; t++)
        print_record(t);
    return expect ? check(expect) != 0 : 0;
}
