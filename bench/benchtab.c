/*
 * benchtab: the host half of `make bench` (bench/run.sh is the shell
 * half: it builds, boots and collects; everything that reads a binary or
 * does arithmetic is here).
 *
 *   benchtab size ELF
 *       "text data bss loaded" of an image.  From the section headers:
 *       text = allocated, read-only (code, rodata, init/fini arrays);
 *       data = allocated, writable, with file contents; bss = allocated,
 *       no file contents, except the stack and heap reservations (.stack,
 *       .stacks, .trap_stacks, .heap: sized by a linker-script knob, not
 *       by the code).
 *       loaded = the bytes of the PT_LOAD segments: what a loader copies
 *       or a flash holds.
 *
 *   benchtab kitsize MAP FILE=PART...
 *       From a GNU ld map (-Wl,-Map): text/data/bss that each PART of the
 *       kit put in the image.  FILE is an object's file name (crt0.o) or
 *       an archive member's (fd.o in libkit.a(fd.o)).  Prints
 *       "PART text data bss" lines, then "rest ..." for everything else.
 *
 *   benchtab marks ELF NAME...
 *       "NAME=0xADDRESS,..." for the NAMEs the image has: the insncount
 *       plugin's mark arguments.
 *
 *   benchtab profile ELF PROFILE [N]
 *       Folds the insncount plugin's per-address counts into functions
 *       and prints the N (default 15) costliest, before the profile mark
 *       and in the whole run.
 *
 *   benchtab ram ELF ORIGIN LENGTH
 *       "ram= code= data= bss= stacks= left=": what the image takes of the
 *       board's RAM (ORIGIN, LENGTH as the board file writes them) and
 *       what is left above it (the heap).
 *
 *   benchtab table RAW
 *       Markdown tables (bench/results.md) from the records run.sh wrote,
 *       the compute kernel's speed (median of the timed runs) and RAM left
 *       among them.
 */
#include <elf.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "benchtab: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(2);
}

/* ---- ELF ------------------------------------------------------------ */

/* A section or a symbol, whatever the ELF class. */
struct section {
    const char *name;
    uint32_t type;
    uint64_t flags, addr, size;
};

struct symbol {
    const char *name;
    uint64_t addr;
};

struct elf {
    unsigned char *data;
    size_t len;
    int is64;
    struct section *sec;
    size_t n_sec;
    uint64_t loaded;            /* sum of PT_LOAD p_filesz */
    struct symbol *sym;         /* code symbols, sorted by address */
    size_t n_sym;
};

static unsigned char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = NULL;
    size_t cap = 0, n = 0, got;

    if (!f)
        die("cannot open %s", path);
    do {
        if (n == cap) {
            cap = cap ? 2 * cap : 1 << 16;
            buf = realloc(buf, cap + 1);
            if (!buf)
                die("out of memory reading %s", path);
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void *at(struct elf *e, uint64_t off, uint64_t size)
{
    if (off > e->len || size > e->len - off)
        die("%s", "truncated ELF file");
    return e->data + off;
}

static int by_addr(const void *a, const void *b)
{
    const struct symbol *x = a, *y = b;

    return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static void load_elf(struct elf *e, const char *path)
{
    Elf64_Ehdr *h;
    uint64_t shoff, phoff;
    unsigned shnum, phnum, shentsize, phentsize, shstrndx, i;
    const char *shstr;

    memset(e, 0, sizeof *e);
    e->data = read_file(path, &e->len);
    h = at(e, 0, sizeof(Elf32_Ehdr));
    if (memcmp(h->e_ident, ELFMAG, SELFMAG) != 0)
        die("%s is not an ELF file", path);
    if (h->e_ident[EI_DATA] != ELFDATA2LSB)
        die("%s: only little-endian ELF files", path);
    e->is64 = h->e_ident[EI_CLASS] == ELFCLASS64;
    if (e->is64) {
        h = at(e, 0, sizeof *h);
        shoff = h->e_shoff, shnum = h->e_shnum, shentsize = h->e_shentsize;
        phoff = h->e_phoff, phnum = h->e_phnum, phentsize = h->e_phentsize;
        shstrndx = h->e_shstrndx;
    } else {
        Elf32_Ehdr *h32 = (Elf32_Ehdr *)h;

        shoff = h32->e_shoff, shnum = h32->e_shnum, shentsize = h32->e_shentsize;
        phoff = h32->e_phoff, phnum = h32->e_phnum, phentsize = h32->e_phentsize;
        shstrndx = h32->e_shstrndx;
    }

    e->sec = calloc(shnum ? shnum : 1, sizeof *e->sec);
    e->n_sec = shnum;
    for (i = 0; i < shnum; i++) {
        void *p = at(e, shoff + (uint64_t)i * shentsize, shentsize);
        struct section *s = &e->sec[i];

        if (e->is64) {
            Elf64_Shdr *sh = p;
            s->type = sh->sh_type, s->flags = sh->sh_flags;
            s->addr = sh->sh_addr, s->size = sh->sh_size;
            s->name = (const char *)(uintptr_t)sh->sh_name;     /* fixed below */
        } else {
            Elf32_Shdr *sh = p;
            s->type = sh->sh_type, s->flags = sh->sh_flags;
            s->addr = sh->sh_addr, s->size = sh->sh_size;
            s->name = (const char *)(uintptr_t)sh->sh_name;
        }
    }
    if (shstrndx >= shnum)
        die("%s: no section name table", path);
    {
        uint64_t off = e->is64
            ? ((Elf64_Shdr *)at(e, shoff + (uint64_t)shstrndx * shentsize, shentsize))->sh_offset
            : ((Elf32_Shdr *)at(e, shoff + (uint64_t)shstrndx * shentsize, shentsize))->sh_offset;
        shstr = at(e, off, e->sec[shstrndx].size);
        for (i = 0; i < shnum; i++)
            e->sec[i].name = shstr + (uintptr_t)e->sec[i].name;
    }

    for (i = 0; i < phnum; i++) {
        void *p = at(e, phoff + (uint64_t)i * phentsize, phentsize);

        if (e->is64 && ((Elf64_Phdr *)p)->p_type == PT_LOAD)
            e->loaded += ((Elf64_Phdr *)p)->p_filesz;
        if (!e->is64 && ((Elf32_Phdr *)p)->p_type == PT_LOAD)
            e->loaded += ((Elf32_Phdr *)p)->p_filesz;
    }

    /* Code symbols, for the profile: functions and untyped labels (crt0's
     * _start) in executable sections; not the $x/$d mapping symbols. */
    for (i = 0; i < shnum; i++) {
        uint64_t off, size, entsize, k;
        unsigned link;
        const char *str;

        if (e->sec[i].type != SHT_SYMTAB)
            continue;
        if (e->is64) {
            Elf64_Shdr *sh = at(e, shoff + (uint64_t)i * shentsize, shentsize);
            off = sh->sh_offset, size = sh->sh_size, entsize = sh->sh_entsize, link = sh->sh_link;
            str = at(e, ((Elf64_Shdr *)at(e, shoff + (uint64_t)link * shentsize,
                                          shentsize))->sh_offset, 0);
        } else {
            Elf32_Shdr *sh = at(e, shoff + (uint64_t)i * shentsize, shentsize);
            off = sh->sh_offset, size = sh->sh_size, entsize = sh->sh_entsize, link = sh->sh_link;
            str = at(e, ((Elf32_Shdr *)at(e, shoff + (uint64_t)link * shentsize,
                                          shentsize))->sh_offset, 0);
        }
        if (!entsize)
            continue;
        e->sym = realloc(e->sym, (e->n_sym + size / entsize + 1) * sizeof *e->sym);
        for (k = 0; k < size / entsize; k++) {
            void *p = at(e, off + k * entsize, entsize);
            unsigned type, shndx;
            uint64_t value;
            const char *name;

            if (e->is64) {
                Elf64_Sym *s = p;
                type = ELF64_ST_TYPE(s->st_info), shndx = s->st_shndx;
                value = s->st_value, name = str + s->st_name;
            } else {
                Elf32_Sym *s = p;
                type = ELF32_ST_TYPE(s->st_info), shndx = s->st_shndx;
                value = s->st_value, name = str + s->st_name;
            }
            if ((type != STT_FUNC && type != STT_NOTYPE) || shndx == SHN_UNDEF
                || shndx >= shnum || !(e->sec[shndx].flags & SHF_EXECINSTR)
                || name[0] == '\0' || name[0] == '$' || strncmp(name, ".L", 2) == 0)
                continue;
            e->sym[e->n_sym].name = name;
            e->sym[e->n_sym].addr = value;
            e->n_sym++;
        }
    }
    if (e->n_sym)
        qsort(e->sym, e->n_sym, sizeof *e->sym, by_addr);
}

static int is_reservation(const char *name)
{
    return strcmp(name, ".stack") == 0 || strcmp(name, ".stacks") == 0
        || strcmp(name, ".trap_stacks") == 0 || strcmp(name, ".heap") == 0;
}

/* "main=0x80000104,_exit=0x80002000": the insncount plugin's mark arguments
 * for the NAMEs the image has (a name it lacks is left out). */
static int cmd_marks(const char *path, int argc, char **argv)
{
    struct elf e;
    size_t i;
    int k, first = 1;

    load_elf(&e, path);
    for (k = 0; k < argc; k++)
        for (i = 0; i < e.n_sym; i++)
            if (strcmp(e.sym[i].name, argv[k]) == 0) {
                printf("%s%s=0x%llx", first ? "" : ",", argv[k],
                       (unsigned long long)e.sym[i].addr);
                first = 0;
                break;
            }
    printf("\n");
    return 0;
}

static int cmd_size(const char *path)
{
    struct elf e;
    uint64_t text = 0, data = 0, bss = 0;
    size_t i;

    load_elf(&e, path);
    for (i = 0; i < e.n_sec; i++) {
        struct section *s = &e.sec[i];

        if (!(s->flags & SHF_ALLOC) || is_reservation(s->name))
            continue;
        if (s->type == SHT_NOBITS)
            bss += s->size;
        else if (s->flags & SHF_WRITE)
            data += s->size;
        else
            text += s->size;
    }
    printf("%llu %llu %llu %llu\n", (unsigned long long)text,
           (unsigned long long)data, (unsigned long long)bss,
           (unsigned long long)e.loaded);
    return 0;
}

/* "16K", "126M", "0xff80000": a size as a board file writes it (what
 * GNU ld's MEMORY accepts). */
static uint64_t board_bytes(const char *text)
{
    char *end;
    uint64_t v = strtoull(text, &end, 0);

    if (*end == 'K' || *end == 'k')
        v <<= 10;
    else if (*end == 'M' || *end == 'm')
        v <<= 20;
    else if (*end != '\0')
        die("not a size: %s", text);
    return v;
}

/* The board's RAM after an empty main: what the image, its data and bss,
 * and the stacks and trap stacks (their guards included) take of
 * [ORIGIN, ORIGIN + LENGTH), and what is left to the program (the heap:
 * everything above the image's last byte in RAM). */
static int cmd_ram(const char *path, const char *origin_text, const char *length_text)
{
    struct elf e;
    uint64_t origin = board_bytes(origin_text), length = board_bytes(length_text);
    uint64_t code = 0, data = 0, bss = 0, stacks = 0, top = origin;
    size_t i;

    load_elf(&e, path);
    for (i = 0; i < e.n_sec; i++) {
        struct section *s = &e.sec[i];

        if (!(s->flags & SHF_ALLOC) || s->addr < origin || s->addr >= origin + length
            || strcmp(s->name, ".heap") == 0)
            continue;
        if (strcmp(s->name, ".stacks") == 0 || strcmp(s->name, ".trap_stacks") == 0)
            stacks += s->size;
        else if (s->type == SHT_NOBITS)
            bss += s->size;
        else if (s->flags & SHF_WRITE)
            data += s->size;
        else
            code += s->size;
        if (s->addr + s->size > top)
            top = s->addr + s->size;
    }
    top = (top + 15) & ~(uint64_t)15;       /* the heap starts 16-aligned (kit.ld) */
    printf("ram=%llu code=%llu data=%llu bss=%llu stacks=%llu left=%llu\n",
           (unsigned long long)length, (unsigned long long)code, (unsigned long long)data,
           (unsigned long long)bss, (unsigned long long)stacks,
           (unsigned long long)(origin + length - top));
    return 0;
}

/* ---- Link map ------------------------------------------------------- */

enum { TEXT, DATA, BSS, KINDS };

static int section_kind(const char *name)
{
    static const char *const text[] = { ".text", ".rodata", ".srodata",
        ".init_array", ".fini_array", ".preinit_array", ".eh_frame", ".ctors", ".dtors" };
    static const char *const data[] = { ".data", ".sdata" };
    static const char *const bss[] = { ".bss", ".sbss", "COMMON", ".mmu_tables" };
    size_t i;

    for (i = 0; i < sizeof text / sizeof *text; i++)
        if (strncmp(name, text[i], strlen(text[i])) == 0)
            return TEXT;
    for (i = 0; i < sizeof data / sizeof *data; i++)
        if (strncmp(name, data[i], strlen(data[i])) == 0)
            return DATA;
    for (i = 0; i < sizeof bss / sizeof *bss; i++)
        if (strncmp(name, bss[i], strlen(bss[i])) == 0)
            return BSS;
    return -1;
}

#define MAX_PARTS 32

struct part {
    const char *name;
    unsigned long long bytes[KINDS];
};

/* "libkit.a(fd.o)" -> "fd.o"; "build/x/obj/boot/riscv/crt0.o" -> "crt0.o" */
static void file_key(const char *file, char *key, size_t size)
{
    const char *open = strrchr(file, '('), *slash;
    size_t n;

    if (open && file[strlen(file) - 1] == ')') {
        n = strlen(open + 1) - 1;
        if (n >= size)
            n = size - 1;
        memcpy(key, open + 1, n);
        key[n] = '\0';
        return;
    }
    slash = strrchr(file, '/');
    snprintf(key, size, "%s", slash ? slash + 1 : file);
}

static int cmd_kitsize(const char *map_path, int argc, char **argv)
{
    size_t len;
    char *map = (char *)read_file(map_path, &len), *line, *next;
    struct part parts[MAX_PARTS], rest = { "rest", { 0 } };
    int n_parts = 0, started = 0, i, k;
    char pending[256] = "";

    for (i = 0; i < argc; i++) {
        char *eq = strchr(argv[i], '=');

        if (!eq)
            die("'%s' is not FILE=PART", argv[i]);
        for (k = 0; k < n_parts; k++)
            if (strcmp(parts[k].name, eq + 1) == 0)
                break;
        if (k == n_parts) {
            if (n_parts == MAX_PARTS)
                die("%s", "too many parts");
            parts[n_parts].name = eq + 1;
            memset(parts[n_parts].bytes, 0, sizeof parts[n_parts].bytes);
            n_parts++;
        }
    }

    /* Input section lines, after "Linker script and memory map" (before it
     * come the discarded sections, in the same format):
     *   " .text.name     0xADDR   0xSIZE file"   or, for a long name,
     *   " .text.long_name"  then  "                0xADDR   0xSIZE file" */
    for (line = map; line && *line; line = next) {
        char name[256], file[1024], key[256];
        unsigned long long addr, size;
        int kind;

        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (!started) {
            started = strncmp(line, "Linker script and memory map", 28) == 0;
            continue;
        }
        if (line[0] != ' ') {           /* an output section or a heading */
            pending[0] = '\0';
            continue;
        }
        if (line[1] == '.' || strncmp(line, " COMMON", 7) == 0) {
            if (sscanf(line, " %255s %llx %llx %1023s", name, &addr, &size, file) != 4) {
                snprintf(pending, sizeof pending, "%s", name);
                continue;
            }
        } else if (pending[0] && sscanf(line, " %llx %llx %1023s", &addr, &size, file) == 3
                   && strncmp(line, "                0x", 18) == 0) {
            snprintf(name, sizeof name, "%s", pending);
        } else {
            pending[0] = '\0';
            continue;
        }
        pending[0] = '\0';
        kind = section_kind(name);
        if (kind < 0)
            continue;
        file_key(file, key, sizeof key);
        for (i = 0; i < argc; i++) {
            char *eq = strchr(argv[i], '=');

            if ((size_t)(eq - argv[i]) == strlen(key) && strncmp(argv[i], key, strlen(key)) == 0)
                break;
        }
        if (i < argc) {
            for (k = 0; strcmp(parts[k].name, strchr(argv[i], '=') + 1) != 0; k++)
                ;
            parts[k].bytes[kind] += size;
        } else {
            rest.bytes[kind] += size;
        }
    }
    if (!started)
        die("%s: not a GNU ld map file", map_path);
    for (k = 0; k < n_parts; k++)
        printf("%s %llu %llu %llu\n", parts[k].name, parts[k].bytes[TEXT],
               parts[k].bytes[DATA], parts[k].bytes[BSS]);
    printf("rest %llu %llu %llu\n", rest.bytes[TEXT], rest.bytes[DATA], rest.bytes[BSS]);
    return 0;
}

/* ---- Profile -------------------------------------------------------- */

struct fn_cost {
    const char *name;
    unsigned long long until, total;
};

static int by_until(const void *a, const void *b)
{
    const struct fn_cost *x = a, *y = b;

    return x->until < y->until ? 1 : x->until > y->until ? -1 : 0;
}

static int by_total(const void *a, const void *b)
{
    const struct fn_cost *x = a, *y = b;

    return x->total < y->total ? 1 : x->total > y->total ? -1 : 0;
}

static int cmd_profile(const char *elf_path, const char *prof_path, int top)
{
    struct elf e;
    size_t len, i;
    char *prof, *line, *next;
    struct fn_cost *fn;
    unsigned long long sum_until = 0, sum_total = 0;

    load_elf(&e, elf_path);
    fn = calloc(e.n_sym + 1, sizeof *fn);
    for (i = 0; i < e.n_sym; i++)
        fn[i].name = e.sym[i].name;
    fn[e.n_sym].name = "(outside the image)";
    prof = (char *)read_file(prof_path, &len);
    for (line = prof; line && *line; line = next) {
        unsigned long long pc, until, total;
        size_t lo = 0, hi = e.n_sym, f;

        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (sscanf(line, "%llx %llu %llu", &pc, &until, &total) != 3)
            continue;
        while (lo < hi) {                 /* last symbol at or below pc */
            size_t mid = (lo + hi) / 2;

            if (e.sym[mid].addr <= pc)
                lo = mid + 1;
            else
                hi = mid;
        }
        f = lo == 0 ? e.n_sym : lo - 1;
        fn[f].until += until;
        fn[f].total += total;
        sum_until += until;
        sum_total += total;
    }
    qsort(fn, e.n_sym + 1, sizeof *fn, by_until);
    printf("before the mark: %llu instructions\n", sum_until);
    for (i = 0; i < (size_t)top && i <= e.n_sym && fn[i].until; i++)
        printf("  %10llu  %5.1f%%  %s\n", fn[i].until, 100.0 * fn[i].until / sum_until,
               fn[i].name);
    qsort(fn, e.n_sym + 1, sizeof *fn, by_total);
    printf("whole run: %llu instructions\n", sum_total);
    for (i = 0; i < (size_t)top && i <= e.n_sym && fn[i].total; i++)
        printf("  %10llu  %5.1f%%  %s\n", fn[i].total, 100.0 * fn[i].total / sum_total,
               fn[i].name);
    return 0;
}

/* ---- Tables --------------------------------------------------------- */

/* One record of the raw file: a kind, up to three keys, then values. */
#define MAX_FIELDS 16
#define MAX_RECORDS 4096

struct record {
    char *f[MAX_FIELDS];
    int n;
};

static struct record rec[MAX_RECORDS];
static int n_rec;

static void parse_raw(const char *path)
{
    size_t len;
    char *text = (char *)read_file(path, &len), *line, *next, *save;

    for (line = text; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (line[0] == '#' || line[0] == '\0' || n_rec == MAX_RECORDS)
            continue;
        rec[n_rec].n = 0;
        /* "note" and "meta" keep the rest of the line as one field */
        for (char *t = strtok_r(line, " \t", &save); t; t = strtok_r(NULL, " \t", &save)) {
            struct record *r = &rec[n_rec];

            r->f[r->n++] = t;
            if ((strcmp(r->f[0], "note") == 0 && r->n == 3)
                || (strcmp(r->f[0], "meta") == 0 && r->n == 2)
                || (strcmp(r->f[0], "arch") == 0 && r->n == 2)
                || (strcmp(r->f[0], "suite") == 0 && r->n == 3)) {
                char *rest = strtok_r(NULL, "", &save);

                if (rest)
                    r->f[r->n++] = rest;
                break;
            }
            if (r->n == MAX_FIELDS)
                break;
        }
        n_rec++;
    }
}

/* The record of this kind and keys (NULL key: any), or NULL. */
static struct record *find(const char *kind, const char *k1, const char *k2,
                           const char *k3)
{
    const char *keys[3] = { k1, k2, k3 };
    int i, j;

    for (i = 0; i < n_rec; i++) {
        if (strcmp(rec[i].f[0], kind) != 0)
            continue;
        for (j = 0; j < 3; j++)
            if (keys[j] && (rec[i].n <= j + 1 || strcmp(rec[i].f[j + 1], keys[j]) != 0))
                break;
        if (j == 3)
            return &rec[i];
    }
    return NULL;
}

/* Value NAME=N among a record's fields, or -1. */
static double value(const struct record *r, const char *name)
{
    size_t n = strlen(name);
    int i;

    if (!r)
        return -1;
    for (i = 1; i < r->n; i++)
        if (strncmp(r->f[i], name, n) == 0 && r->f[i][n] == '=')
            return strtod(r->f[i] + n + 1, NULL);
    return -1;
}

/* 123456 -> "123 456" (thin grouping reads better in a table) */
static const char *num(double v, char *buf, size_t size)
{
    char digits[32];
    size_t n, i, o = 0;

    if (v < 0)
        return "–";
    snprintf(digits, sizeof digits, "%.0f", v);
    n = strlen(digits);
    for (i = 0; i < n && o + 2 < size; i++) {
        if (i && (n - i) % 3 == 0)
            buf[o++] = ' ';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}

/* The kit's figure divided by an anchor's, as " (×2.5)", or "". */
static const char *ratio(double kit, double anchor, char *buf, size_t size)
{
    if (kit < 0 || anchor <= 0)
        return "";
    if (kit / anchor >= 100)
        snprintf(buf, size, " (×%.0f)", kit / anchor);
    else if (kit / anchor >= 10)
        snprintf(buf, size, " (×%.1f)", kit / anchor);
    else
        snprintf(buf, size, " (×%.2f)", kit / anchor);
    return buf;
}

static const char *const programs[] = { "empty", "puts", "printf_d", "printf_f" };
static const char *const program_names[] = {
    "empty `main`", "`puts(\"Hello, world!\")`", "`printf(\"Hello, %d\\n\")`",
    "`printf(\"Hello, %f\\n\")`",
};
#define N_PROGRAMS (sizeof programs / sizeof *programs)

static const char *const libs[] = { "kit", "libgloss", "kit-nano", "libgloss-nano",
                                     "kit-picolibc", "picolibc", "kit-tiny" };
static const char *const lib_names[] = { "**kit**", "newlib+libgloss", "**kit** newlib-nano",
                                         "newlib-nano+libgloss", "**kit** picolibc",
                                         "picolibc", "**kit** `PROFILE=tiny` (picolibc)" };
/* The kit row an anchor's ratio compares with (itself for a kit row):
 * each C library's anchor against the kit built with that library. */
static const int lib_ref[] = { 0, 0, 2, 2, 4, 4, 6 };
#define N_LIBS (sizeof libs / sizeof *libs)

static void size_table(const char *arch)
{
    size_t p, l;
    char a[32], b[32], c[32], d[32], r[32];

    printf("Image size, bytes (text = code + read-only data; loaded = what the ELF's\n"
           "load segments hold):\n\n");
    printf("| program | library | text | data | bss | loaded |\n");
    printf("|---|---|--:|--:|--:|--:|\n");
    for (p = 0; p < N_PROGRAMS; p++) {
        for (l = 0; l < N_LIBS; l++) {
            struct record *s = find("size", arch, libs[l], programs[p]);
            struct record *kit = find("size", arch, libs[lib_ref[l]], programs[p]);

            if (!s)
                continue;
            printf("| %s | %s | %s | %s | %s | %s%s |\n", program_names[p], lib_names[l],
                   num(value(s, "text"), a, sizeof a), num(value(s, "data"), b, sizeof b),
                   num(value(s, "bss"), c, sizeof c), num(value(s, "loaded"), d, sizeof d),
                   lib_ref[l] != (int)l ? ratio(value(kit, "loaded"), value(s, "loaded"), r, sizeof r) : "");
        }
    }
    printf("\n");
}

/* The kit's own text in the empty image: the sum of its parts, or -1. */
static double kit_text(const char *key)
{
    static const char *const parts[] = { "boot", "syscalls", "platform", "drivers", "fdt" };
    double sum = 0;
    size_t i;
    int any = 0;

    for (i = 0; i < sizeof parts / sizeof *parts; i++) {
        struct record *r = find("kit", key, "empty", parts[i]);

        if (r) {
            sum += strtod(r->f[4], NULL);
            any = 1;
        }
    }
    return any ? sum : -1;
}

static void kit_table(const char *arch)
{
    static const char *const parts[] = { "boot", "syscalls", "platform", "drivers", "fdt" };
    size_t i;
    int k;
    double sum[KINDS] = { 0 };
    char a[32], b[32], c[32];
    struct record *img = find("size", arch, "kit", "empty");

    if (!find("kit", arch, "empty", NULL))
        return;
    printf("The kit's own bytes in the empty-`main` image (from the link map):\n\n");
    printf("| part | text | data | bss |\n|---|--:|--:|--:|\n");
    for (i = 0; i < sizeof parts / sizeof *parts; i++) {
        struct record *r = find("kit", arch, "empty", parts[i]);

        if (!r)
            continue;
        for (k = 0; k < KINDS; k++)
            sum[k] += strtod(r->f[4 + k], NULL);
        printf("| %s/ | %s | %s | %s |\n", parts[i], num(strtod(r->f[4], NULL), a, sizeof a),
               num(strtod(r->f[5], NULL), b, sizeof b), num(strtod(r->f[6], NULL), c, sizeof c));
    }
    printf("| **kit total** | %s | %s | %s |\n", num(sum[TEXT], a, sizeof a),
           num(sum[DATA], b, sizeof b), num(sum[BSS], c, sizeof c));
    if (img)
        printf("| whole image | %s | %s | %s |\n", num(value(img, "text"), a, sizeof a),
               num(value(img, "data"), b, sizeof b), num(value(img, "bss"), c, sizeof c));
    printf("\n");
}

/* "phase ARCH LIB from..to=N ...": the empty program's start-up, phase by
 * phase (bench/run.sh, phases()). */
static void phase_table(const char *arch)
{
    size_t l;
    int i;
    char a[32];

    if (!find("phase", arch, "kit", NULL))
        return;
    printf("Start-up of the empty program, phase by phase (instructions from the\n"
           "first instruction of one function to the first of the next; `_start`\n"
           "includes QEMU's reset code):\n\n| library | phase | instructions |\n|---|---|--:|\n");
    for (l = 0; l < N_LIBS; l++) {
        struct record *r = find("phase", arch, libs[l], NULL);

        if (!r)
            continue;
        for (i = 3; i < r->n; i++) {
            char *eq = strchr(r->f[i], '=');

            if (!eq)
                continue;
            printf("| %s | `%.*s` | %s |\n", lib_names[l], (int)(eq - r->f[i]), r->f[i],
                   num(strtod(eq + 1, NULL), a, sizeof a));
        }
    }
    printf("\n");
}

static void insn_table(const char *arch)
{
    size_t p, l;
    char a[32], b[32], c[32], r1[32], r2[32];

    printf("Instructions executed (exact: QEMU TCG plugin, every guest instruction):\n\n");
    printf("| program | library | reset → `main` | `main` → `_exit` | reset → end |\n");
    printf("|---|---|--:|--:|--:|\n");
    for (p = 0; p < N_PROGRAMS; p++) {
        for (l = 0; l < N_LIBS; l++) {
            struct record *s = find("insn", arch, libs[l], programs[p]);
            struct record *kit = find("insn", arch, libs[lib_ref[l]], programs[p]);
            double kit_main = value(kit, "main"), kit_run = value(kit, "_exit") - kit_main;
            int anchor = lib_ref[l] != (int)l;
            double m, x;

            if (!s)
                continue;
            m = value(s, "main");
            x = value(s, "_exit") - m;
            printf("| %s | %s | %s%s | %s%s | %s |\n", program_names[p], lib_names[l],
                   num(m, a, sizeof a), anchor ? ratio(kit_main, m, r1, sizeof r1) : "",
                   num(x, b, sizeof b), anchor ? ratio(kit_run, x, r2, sizeof r2) : "",
                   num(value(s, "total"), c, sizeof c));
        }
    }
    printf("\n");
}

static void check_line(const char *arch)
{
    struct record *c = find("check", arch, NULL, NULL);
    char a[32], b[32];

    if (!c)
        return;
    printf("Exactness: around a loop and a `printf` to the UART, the plugin counted %s\n"
           "instructions and the CPU's own retired-instruction counter (%s, under\n"
           "`-icount shift=0`) %s: %s.  Every count in these tables was taken twice,\n"
           "with identical results.\n\n",
           num(value(c, "plugin"), a, sizeof a),
           strcmp(arch, "aarch64") == 0 ? "PMU event 0x08 INST_RETIRED" : "`minstret`",
           num(value(c, "counter"), b, sizeof b),
           value(c, "plugin") == value(c, "counter") ? "equal" : "**they differ**");
}

static double per_byte(struct record *r)
{
    double b = value(r, "bench_begin"), e = value(r, "bench_end");

    return r && b >= 0 && e >= b ? (e - b) / 4096.0 : -1;
}

static void console_table(const char *arch)
{
    static const char *const tests[] = { "write4k", "write1", "fwrite4k" };
    size_t l, t;
    char cell[64], r[32];

    printf("Console cost, instructions per byte (4096 bytes: 64 lines of 63 characters\n"
           "and a newline), between markers around the calls:\n\n");
    printf("| library: console | `write(1, buf, 4096)` | 4096 × `write(1, p, 1)` |"
           " `fwrite` 4 KiB + `fflush` |\n");
    printf("|---|--:|--:|--:|\n");
    for (l = 0; l < N_LIBS; l++) {
        struct record *any = NULL, *note = find("note", arch, libs[l], NULL);

        for (t = 0; t < 3; t++)
            any = any ? any : find("insn", arch, libs[l], tests[t]);
        if (!any)
            continue;
        printf("| %s: %s |", lib_names[l], note ? note->f[3] : "");
        for (t = 0; t < 3; t++) {
            double v = per_byte(find("insn", arch, libs[l], tests[t]));
            double k = per_byte(find("insn", arch, libs[lib_ref[l]], tests[t]));

            if (v < 0)
                snprintf(cell, sizeof cell, "n/a");
            else
                snprintf(cell, sizeof cell, "%.2f%s", v,
                         lib_ref[l] != (int)l ? ratio(k, v, r, sizeof r) : "");
            printf(" %s |", cell);
        }
        printf("\n");
    }
    printf("\n");
}

static void suite_table(void)
{
    struct record *j1 = find("suite", "test-j1", NULL, NULL);
    struct record *j2 = find("suite", "test-j2", NULL, NULL);
    int i, any = 0;

    for (i = 0; i < n_rec; i++) {
        if (strcmp(rec[i].f[0], "suite") != 0 || rec[i].n < 4)
            continue;
        if (!any)
            printf("## Suite cost\n\nWall time on this machine (bench/suite.sh, in a copy of the tree):\n\n"
                   "| what | seconds |\n|---|--:|\n");
        any = 1;
        printf("| %s | %.1f |\n", rec[i].f[3], strtod(rec[i].f[2], NULL));
    }
    if (j1 && j2 && strtod(j2->f[2], NULL) > 0)
        printf("\nThe test matrix runs %.2f times as fast with JOBS=2 as with JOBS=1.\n",
               strtod(j1->f[2], NULL) / strtod(j2->f[2], NULL));
    if (any)
        printf("\n");
}

/* One goal line: what, the figure, the goal, met or not. */
static void goal(const char *what, double v, const char *unit, const char *cmp, double limit,
                 const char *extra)
{
    char a[32], b[32];
    int met = v >= 0 && v <= limit;

    if (v < 0) {
        printf("- %s: not measured -- **not met**%s\n", what, extra);
        return;
    }
    if (strcmp(unit, "x") == 0)
        printf("- %s: %.2fx, goal %s %.2fx -- **%s**%s\n", what, v, cmp, limit,
               met ? "met" : "not met", extra);
    else if (strcmp(unit, "/byte") == 0)
        printf("- %s: %.2f %s, goal %s %.0f -- **%s**%s\n", what, v, "instructions/byte", cmp,
               limit, met ? "met" : "not met", extra);
    else
        printf("- %s: %s %s, goal %s %s -- **%s**%s\n", what, num(v, a, sizeof a), unit, cmp,
               num(limit, b, sizeof b), met ? "met" : "not met", extra);
}

static double loaded(const char *arch, const char *lib, const char *prog)
{
    struct record *r = find("size", arch, lib, prog);

    return r ? value(r, "loaded") : -1;
}

/* ---- Speed: the compute kernel, and RAM left -------------------------- */

static int by_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return x < y ? -1 : x > y;
}

/* The median of NAME over the "speedrun BOARD VARIANT" records, in
 * seconds (-1: none). */
static double speed_median(const char *board, const char *variant, const char *name)
{
    double v[64];
    int i, n = 0;

    for (i = 0; i < n_rec && n < 64; i++)
        if (strcmp(rec[i].f[0], "speedrun") == 0 && rec[i].n >= 3
            && strcmp(rec[i].f[1], board) == 0 && strcmp(rec[i].f[2], variant) == 0)
            v[n++] = value(&rec[i], name) / 1e9;
    if (!n)
        return -1;
    qsort(v, n, sizeof *v, by_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The fastest run's NAME, in seconds (-1: none): on a loaded machine the
 * run the host disturbed least. */
static double speed_min(const char *board, const char *variant, const char *name)
{
    double best = -1;
    int i;

    for (i = 0; i < n_rec; i++)
        if (strcmp(rec[i].f[0], "speedrun") == 0 && rec[i].n >= 3
            && strcmp(rec[i].f[1], board) == 0 && strcmp(rec[i].f[2], variant) == 0) {
            double v = value(&rec[i], name) / 1e9;

            if (best < 0 || v < best)
                best = v;
        }
    return best;
}

static int speed_runs(const char *board, const char *variant)
{
    int i, n = 0;

    for (i = 0; i < n_rec; i++)
        n += strcmp(rec[i].f[0], "speedrun") == 0 && rec[i].n >= 3
             && strcmp(rec[i].f[1], board) == 0 && strcmp(rec[i].f[2], variant) == 0;
    return n;
}

static const char *const speed_variants[] = { "default", "guards-off", "shifted", "tiny" };
static const char *const speed_names[] = {
    "the kit's defaults", "GUARDS=0 STACK_PROTECTOR=0", "TEXT_SHIFT=8", "PROFILE=tiny",
};
#define N_SPEED (sizeof speed_variants / sizeof *speed_variants)

/* The worst ratio of a board's default wall time to its guards-off and
 * shifted builds' (either way: faster counts as much as slower), -1 when
 * not measured. */
static double speed_spread(const char *board, const char *name,
                           double (*of)(const char *, const char *, const char *))
{
    double d = of(board, "default", name), worst = -1;
    size_t i;

    for (i = 1; i < 3; i++) {
        double o = of(board, speed_variants[i], name);

        if (d > 0 && o > 0 && (d / o > worst || o / d > worst))
            worst = d / o > o / d ? d / o : o / d;
    }
    return worst;
}

static void speed_table(void)
{
    char a[32], b[32], c[32];
    int i, any = 0;
    size_t v;

    for (i = 0; i < n_rec; i++) {
        const char *board;

        if (strcmp(rec[i].f[0], "speedinsn") != 0 || rec[i].n < 4
            || strcmp(rec[i].f[2], "default") != 0)
            continue;
        board = rec[i].f[1];
        if (!any)
            printf("## Speed: the compute kernel\n\n"
                   "bench/programs/kernel.c (list, matrix and state-machine work) between its\n"
                   "two marks, built with the kit's defaults, with no guards and no stack\n"
                   "protector, and with every function moved by 8 bytes.  Wall and CPU: the\n"
                   "median of %d runs, the builds taking turns, timed by the plugin at the\n"
                   "marks (time=1: the host's clock, and the CPU time of QEMU's vCPU thread);\n"
                   "instructions: counted once, exactly.  QEMU's time is not a hardware\n"
                   "figure (docs/benchmarking.md): the ratios are what to read.\n\n"
                   "| board | build | wall, s | CPU, s | CPU, fastest run, s | instructions |\n"
                   "|---|---|--:|--:|--:|--:|\n",
                   speed_runs(board, "default"));
        any = 1;
        for (v = 0; v < N_SPEED; v++) {
            struct record *r = find("speedinsn", board, speed_variants[v], NULL);
            double w = speed_median(board, speed_variants[v], "wall");
            double dw = speed_median(board, "default", "wall");

            if (!r)
                continue;
            double u = speed_median(board, speed_variants[v], "cpu");
            double du = speed_median(board, "default", "cpu");
            double f = speed_min(board, speed_variants[v], "cpu");
            double df = speed_min(board, "default", "cpu");
            char e[32];

            printf("| %s | %s | %.3f%s | %.3f%s | %.3f%s | %s |\n", board, speed_names[v], w,
                   v ? ratio(dw, w, a, sizeof a) : "", u, v ? ratio(du, u, b, sizeof b) : "",
                   f, v ? ratio(df, f, e, sizeof e) : "", num(value(r, "insns"), c, sizeof c));
        }
    }
    if (any)
        printf("\nA (×r) after a time: the defaults' time divided by this build's.  The\n"
               "CPU time leaves out what the host gave to other processes (the machine's\n"
               "load is in the header), so where wall and CPU ratios differ, the CPU\n"
               "one is the placement's and the guards' own; on a loaded machine even\n"
               "that moves by some per cent from run to run, and the fastest run, the one\n"
               "the host disturbed least, is the steadiest figure.  The instruction\n"
               "counts are exact.\n\n");
}

/* RAM left to the program after an empty main, per board. */
static void ram_table(void)
{
    char a[32], b[32], c[32], d[32], e[32], f[32];
    int i, any = 0;

    for (i = 0; i < n_rec; i++) {
        struct record *r = &rec[i];

        if (strcmp(r->f[0], "ram") != 0 || r->n < 3)
            continue;
        if (!any)
            printf("## RAM left after an empty `main`\n\n"
                   "The board file's RAM, what the image takes of it (code where it runs\n"
                   "in RAM, .data, .bss with the TLS blocks, the stacks and trap stacks with\n"
                   "their guards), and what is left: the heap (`benchtab ram`).  Bytes.\n\n"
                   "| board | RAM | code | data | bss | stacks | left |\n"
                   "|---|--:|--:|--:|--:|--:|--:|\n");
        any = 1;
        printf("| %s | %s | %s | %s | %s | %s | %s |\n", r->f[1],
               num(value(r, "ram"), a, sizeof a), num(value(r, "code"), b, sizeof b),
               num(value(r, "data"), c, sizeof c), num(value(r, "bss"), d, sizeof d),
               num(value(r, "stacks"), e, sizeof e), num(value(r, "left"), f, sizeof f));
    }
    if (any)
        printf("\n");
}

/* The tiny profile's goals (issue 24): the printf("%d") image against
 * picolibc's own, reset -> main, and the RAM sifive_e leaves. */
static void tiny_goals(void)
{
    static const struct { const char *arch; double limit; } image[] = {
        { "riscv64", 1.1 }, { "riscv32", 1.1 }, { "aarch64", 1.5 },
    };
    static const struct { const char *arch, *board; double limit; } boot[] = {
        { "riscv64", "virt-rv64", 200 }, { "aarch64", "virt-aarch64", 250 },
    };
    struct record *r;
    char what[160], a[32];
    size_t i;

    for (i = 0; i < sizeof image / sizeof *image; i++) {
        double k = loaded(image[i].arch, "kit-tiny", "printf_d");
        double pico = loaded(image[i].arch, "picolibc", "printf_d");

        if (k < 0)
            continue;
        snprintf(what, sizeof what, "`printf(\"%%d\")` image, PROFILE=tiny vs picolibc's own, %s",
                 image[i].arch);
        goal(what, pico > 0 ? k / pico : -1, "x", "≤", image[i].limit, "");
    }
    for (i = 0; i < sizeof boot / sizeof *boot; i++) {
        if (!(r = find("insn", boot[i].arch, "kit-tiny", "empty")))
            continue;
        snprintf(what, sizeof what, "reset → `main`, empty `main`, PROFILE=tiny, %s", boot[i].board);
        goal(what, value(r, "main"), "instructions", "≤", boot[i].limit, "");
    }
    if ((r = find("ram", "sifive_e@tiny", NULL, NULL))) {
        double left = value(r, "left");

        printf("- RAM left after an empty `main`, PROFILE=tiny, sifive_e: %s bytes, goal ≥ 12 288"
               " -- **%s**\n", num(left, a, sizeof a), left >= 12288 ? "met" : "not met");
    }
}

/* The goals of issue 16 ("lean boot and small images"), each against the
 * figures above.  "Before" sizes: bench/results.md of 2026-11-24. */
static void goals(void)
{
    static const struct { const char *arch; double before; } printf_before[] = {
        { "riscv64", 41321 }, { "riscv32", 46212 }, { "aarch64", 60681 },
    };
    struct record *r;
    double v, nano, gloss;
    size_t i;

    printf("## Goals\n\n");
    r = find("insn", "riscv64", "kit", "empty");
    v = r ? value(r, "main") : -1;
    goal("reset → `main`, empty `main`, virt-rv64 M-mode", v, "instructions", "≤", 1000,
         v >= 0 ? (v <= 300 ? " (stretch ≤ 300: met)" : " (stretch ≤ 300: not met)") : "");
    r = find("insn", "aarch64", "kit", "empty");
    goal("reset → `main`, empty `main`, virt-aarch64 EL1", r ? value(r, "main") : -1,
         "instructions", "≤", 2000, "");
    goal("the kit's own text, empty `main`, virt-rv64 (devicetree read when needed)",
         kit_text("riscv64"), "bytes", "≤", 3072, "");
    goal("the kit's own text, empty `main`, sifive_e (no devicetree)", kit_text("sifive_e"),
         "bytes", "≤", 1024, "");
    for (i = 0; i < sizeof printf_before / sizeof *printf_before; i++) {
        const char *arch = printf_before[i].arch;
        char what[128];

        if (!find("arch", arch, NULL, NULL))
            continue;
        v = loaded(arch, "kit", "printf_d");
        snprintf(what, sizeof what, "`printf(\"%%d\")` image, newlib, %s (loaded bytes)", arch);
        goal(what, v, "bytes", "≤ before,", printf_before[i].before, "");
        nano = loaded(arch, "kit-nano", "printf_d");
        gloss = loaded(arch, "libgloss-nano", "printf_d");
        snprintf(what, sizeof what, "`printf(\"%%d\")` image, newlib-nano vs newlib-nano+libgloss, %s",
                 arch);
        goal(what, nano >= 0 && gloss > 0 ? nano / gloss : -1, "x", "≤", 1.1, "");
        snprintf(what, sizeof what, "`printf(\"%%d\")` image, LIBC=picolibc vs picolibc's own, %s",
                 arch);
        goal(what, loaded(arch, "kit-picolibc", "printf_d") >= 0 &&
                   loaded(arch, "picolibc", "printf_d") > 0
                   ? loaded(arch, "kit-picolibc", "printf_d") / loaded(arch, "picolibc", "printf_d")
                   : -1, "x", "≤", 1.1, "");
    }
    goal("console, 4 KiB `write()`, riscv64", per_byte(find("insn", "riscv64", "kit", "write4k")),
         "/byte", "≤", 8, "");
    goal("console, 4 KiB `write()`, aarch64", per_byte(find("insn", "aarch64", "kit", "write4k")),
         "/byte", "≤", 8, "");
    tiny_goals();
    for (i = 0; i < (size_t)n_rec; i++) {
        char what[160];

        if (strcmp(rec[i].f[0], "speedinsn") != 0 || rec[i].n < 3
            || strcmp(rec[i].f[2], "default") != 0)
            continue;
        char cpu[96];

        snprintf(what, sizeof what, "the kernel's wall time on %s, defaults against guards off and"
                 " against shifted (the larger ratio, either way)", rec[i].f[1]);
        snprintf(cpu, sizeof cpu, " (CPU time: %.2fx; fastest runs' CPU time: %.2fx)",
                 speed_spread(rec[i].f[1], "cpu", speed_median),
                 speed_spread(rec[i].f[1], "cpu", speed_min));
        goal(what, speed_spread(rec[i].f[1], "wall", speed_median), "x", "≤", 1.05, cpu);
    }
    printf("\n");
}

static int cmd_table(const char *raw)
{
    int i;

    parse_raw(raw);
    printf("# Benchmarks\n\n");
    printf("Generated by `make bench` (bench/run.sh); do not edit by hand.\n");
    for (i = 0; i < n_rec; i++)
        if (strcmp(rec[i].f[0], "meta") == 0 && rec[i].n == 3)
            printf("%s%s: %s", i ? "  \n" : "", rec[i].f[1], rec[i].f[2]);
    printf("\n\n");
    printf("A figure with (×r) after it is an anchor's; r is the kit's figure divided\n"
           "by it: above 1 the kit is bigger or slower, below 1 smaller or faster.\n\n");
    printf("How it is measured (bench/README.md has more):\n\n"
           "- Every program in bench/programs/ is built three ways: with the kit (its\n"
           "  Makefile, newlib 3.3.0), with picolibc (Debian's package, its own crt0,\n"
           "  linker script and semihosting), and with newlib's own libgloss built from\n"
           "  the same newlib-source and linked with the kit's newlib `libc.a`.\n"
           "- Sizes come from the section headers; bss leaves out stack and heap\n"
           "  reservations (`.stack`, `.stacks`, `.trap_stacks`, `.heap`); loaded = the bytes of the\n"
           "  ELF's load segments.\n"
           "- Instructions: QEMU runs each image with the board's command line plus\n"
           "  `-icount shift=0` and a TCG plugin (tools/insncount.c) that counts\n"
           "  every guest instruction executed.  reset → `main`: all instructions before\n"
           "  `main`'s first one (on RISC-V that includes QEMU's 6-instruction reset\n"
           "  ROM); `main` → `_exit`: up to the first instruction of `_exit` (so\n"
           "  `exit()`, atexit handlers and the stdio flush count, the exit device does\n"
           "  not); reset → end: until QEMU stops.\n\n");
    for (i = 0; i < n_rec; i++) {
        const char *arch;
        int j;

        if (strcmp(rec[i].f[0], "arch") != 0 || rec[i].n < 3)
            continue;
        arch = rec[i].f[1];
        printf("## %s\n\n%s\n\n", arch, rec[i].f[2]);
        size_table(arch);
        kit_table(arch);
        phase_table(arch);
        insn_table(arch);
        check_line(arch);
        console_table(arch);
        for (j = 0; j < n_rec; j++)
            if (strcmp(rec[j].f[0], "note") == 0 && rec[j].n == 4
                && strcmp(rec[j].f[1], arch) == 0 && strcmp(rec[j].f[2], "text") == 0)
                printf("- %s\n", rec[j].f[3]);
        printf("\n");
    }
    if (find("kit", "sifive_e", "empty", NULL)) {
        printf("## sifive_e (no devicetree)\n\n");
        kit_table("sifive_e");
    }
    speed_table();
    ram_table();
    goals();
    suite_table();
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "size") == 0)
        return cmd_size(argv[2]);
    if (argc == 5 && strcmp(argv[1], "ram") == 0)
        return cmd_ram(argv[2], argv[3], argv[4]);
    if (argc >= 3 && strcmp(argv[1], "marks") == 0)
        return cmd_marks(argv[2], argc - 3, argv + 3);
    if (argc >= 3 && strcmp(argv[1], "kitsize") == 0)
        return cmd_kitsize(argv[2], argc - 3, argv + 3);
    if ((argc == 4 || argc == 5) && strcmp(argv[1], "profile") == 0)
        return cmd_profile(argv[2], argv[3], argc == 5 ? atoi(argv[4]) : 15);
    if (argc == 3 && strcmp(argv[1], "table") == 0)
        return cmd_table(argv[2]);
    fprintf(stderr, "usage: benchtab size ELF | kitsize MAP FILE=PART... |"
                    " profile ELF PROFILE [N] | marks ELF NAME... | ram ELF ORIGIN LENGTH |"
                    " table RAW\n");
    return 2;
}
