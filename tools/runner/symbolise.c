/*
 * Host-side symbolisation of the kit's fault report (boot/fault.c).
 *
 * The target prints raw addresses only: it has no symbol table at run time
 * and must not depend on one in a trap handler.  The host has the ELF it
 * booted, so under each report line that holds "pc 0x..." (and "ra 0x...")
 * it adds where those are:
 *
 *   kit: hart 0: NULL pointer: load page fault (S-mode, nothing mapped there)
 *     pc 0x00000000802000d2 addr 0x0000000000000000 ra 0x00000000802000d2 ...
 *     pc: main+0x1e at tests/boot/fault_null_read.c:21
 *     ra: main+0x12 at tests/boot/fault_null_read.c:20
 *
 * function+offset from the ELF's own symbol table (read here: ELF32 and
 * ELF64, little-endian, as every kit target is), file:line from the cross
 * addr2line of the image's machine (binutils; DWARF is its job, not ours).
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "symbolise.h"
#include "faultcode.h"

#define EM_AARCH64  183
#define EM_RISCV    243
#define SHT_SYMTAB  2
#define STT_NOTYPE  0
#define STT_FUNC    2
#define SHN_ABS     0xfff1

struct image {
    unsigned char *data;
    size_t size;
    int is64;
};

static int load(struct image *im, const char *path)
{
    FILE *f = fopen(path, "rb");
    long n;

    im->data = NULL;
    if (!f)
        return -1;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 64 && fseek(f, 0, SEEK_SET) == 0
        && (im->data = malloc((size_t)n))
        && fread(im->data, 1, (size_t)n, f) == (size_t)n) {
        im->size = (size_t)n;
        im->is64 = im->data[4] == 2;
    } else {
        free(im->data);
        im->data = NULL;
    }
    fclose(f);
    return im->data && !memcmp(im->data, "\177ELF", 4) && im->data[5] == 1 ? 0 : -1;
}

/* A little-endian field of n bytes at offset off, 0 when outside the file */
static uint64_t rd(const struct image *im, uint64_t off, int n)
{
    uint64_t v = 0;
    int i;

    if (off + (uint64_t)n > im->size)
        return 0;
    for (i = n - 1; i >= 0; i--)
        v = v << 8 | im->data[off + (uint64_t)i];
    return v;
}

/* Field offsets of the ELF header, section header and symbol (gABI ch. 4) */
#define W(a, b) (im->is64 ? (b) : (a))

static int machine(const struct image *im)
{
    return (int)rd(im, 18, 2);
}

/*
 * The symbol that holds addr: a function whose [value, value + size)
 * contains it, or else the nearest code label at or below it (assembly
 * labels such as _start have no size).  Mapping symbols ($x, $d) and
 * local labels (.L) are not names.  Returns 0 and the name and offset,
 * or -1.
 */
static int find_symbol(const struct image *im, uint64_t addr,
                       const char **name, uint64_t *off)
{
    uint64_t shoff = rd(im, W(32, 40), W(4, 8));
    unsigned shentsize = (unsigned)rd(im, W(46, 58), 2);
    unsigned shnum = (unsigned)rd(im, W(48, 60), 2), s;
    uint64_t best = 0;
    int found = 0;

    for (s = 0; s < shnum; s++) {
        uint64_t sh = shoff + (uint64_t)s * shentsize, str, symoff, symsize, entsize, i;

        if (rd(im, sh + 4, 4) != SHT_SYMTAB)
            continue;
        symoff = rd(im, sh + W(16, 24), W(4, 8));
        symsize = rd(im, sh + W(20, 32), W(4, 8));
        entsize = rd(im, sh + W(36, 56), W(4, 8));
        str = shoff + rd(im, sh + W(24, 40), 4) * shentsize;   /* sh_link */
        str = rd(im, str + W(16, 24), W(4, 8));                  /* its offset */
        if (!entsize)
            continue;
        for (i = 0; i + entsize <= symsize; i += entsize) {
            uint64_t sym = symoff + i;
            uint64_t nameoff = rd(im, sym, 4);
            uint64_t value = rd(im, sym + W(4, 8), W(4, 8));
            uint64_t size = rd(im, sym + W(8, 16), W(4, 8));
            unsigned info = (unsigned)rd(im, sym + W(12, 4), 1);
            unsigned shndx = (unsigned)rd(im, sym + W(14, 6), 2);
            const char *n;

            if (((info & 0xf) != STT_FUNC && (info & 0xf) != STT_NOTYPE)
                || shndx == 0 || shndx >= SHN_ABS || str + nameoff >= im->size)
                continue;
            n = (const char *)im->data + str + nameoff;
            if (!*n || *n == '$' || !strncmp(n, ".L", 2) || value > addr)
                continue;
            if (size && addr >= value + size)
                continue;
            if (!found || value > best || (value == best && size)) {
                best = value;
                *name = n;
                found = 1;
            }
        }
    }
    *off = addr - best;
    return found ? 0 : -1;
}

/* The value of the symbol called `name` (any type), or -1 */
static int symbol_value(const struct image *im, const char *name, uint64_t *value)
{
    uint64_t shoff = rd(im, W(32, 40), W(4, 8));
    unsigned shentsize = (unsigned)rd(im, W(46, 58), 2);
    unsigned shnum = (unsigned)rd(im, W(48, 60), 2), s;

    for (s = 0; s < shnum; s++) {
        uint64_t sh = shoff + (uint64_t)s * shentsize, str, symoff, symsize, entsize, i;

        if (rd(im, sh + 4, 4) != SHT_SYMTAB)
            continue;
        symoff = rd(im, sh + W(16, 24), W(4, 8));
        symsize = rd(im, sh + W(20, 32), W(4, 8));
        entsize = rd(im, sh + W(36, 56), W(4, 8));
        str = shoff + rd(im, sh + W(24, 40), 4) * shentsize;
        str = rd(im, str + W(16, 24), W(4, 8));
        for (i = 0; entsize && i + entsize <= symsize; i += entsize) {
            uint64_t nameoff = rd(im, symoff + i, 4);

            if (str + nameoff + strlen(name) < im->size
                && !strcmp((const char *)im->data + str + nameoff, name)) {
                *value = rd(im, symoff + i + W(4, 8), W(4, 8));
                return 0;
            }
        }
    }
    return -1;
}

int kit_elf_symbol(const char *elf, const char *name, uint64_t *value)
{
    struct image im;
    int found = load(&im, elf) == 0 && symbol_value(&im, name, value) == 0;

    free(im.data);
    return found ? 0 : -1;
}

/* The end of the RAM an image needs: its heap's start plus HEAP_MIN
 * (linker/kit.ld's symbols), or else the end of its highest PT_LOAD
 * segment (gABI "Program Header"); 0 when it is no ELF. */
uint64_t kit_elf_ram_end(const char *elf)
{
    struct image im;
    uint64_t start, min, end = 0, phoff, i;
    unsigned phentsize, phnum;

    if (load(&im, elf) < 0) {
        free(im.data);
        return 0;
    }
    if (!symbol_value(&im, "__kit_heap_start", &start)
        && !symbol_value(&im, "__kit_heap_min", &min)) {
        free(im.data);
        return start + min;
    }
    phoff = rd(&im, im.is64 ? 32 : 28, im.is64 ? 8 : 4);
    phentsize = (unsigned)rd(&im, im.is64 ? 54 : 42, 2);
    phnum = (unsigned)rd(&im, im.is64 ? 56 : 44, 2);
    for (i = 0; i < phnum; i++) {
        uint64_t ph = phoff + i * phentsize;
        uint64_t paddr = rd(&im, ph + (im.is64 ? 24 : 12), im.is64 ? 8 : 4);
        uint64_t memsz = rd(&im, ph + (im.is64 ? 40 : 20), im.is64 ? 8 : 4);

        if (rd(&im, ph, 4) == 1 && paddr + memsz > end)     /* PT_LOAD */
            end = paddr + memsz;
    }
    free(im.data);
    return end;
}

/* addr2line's "dir/file.c:12 (discriminator 1)" as people want it: the
 * file relative to the current directory (the repository, for make) */
static char *tidy(char *fl)
{
    char cwd[4096], *d = strstr(fl, " (discriminator");
    size_t n;

    if (d)
        *d = 0;
    if (getcwd(cwd, sizeof cwd) && (n = strlen(cwd)) && !strncmp(fl, cwd, n)
        && fl[n] == '/')
        return fl + n + 1;
    return fl;
}

/* file:line from the cross addr2line, or NULL when it does not know */
static char *file_line(const struct image *im, const char *elf, uint64_t addr)
{
    const char *tool = machine(im) == EM_AARCH64 ? "aarch64-linux-gnu-addr2line"
                     : machine(im) == EM_RISCV ? "riscv64-unknown-elf-addr2line" : NULL;
    char cmd[4200], out[1024];
    FILE *p;
    size_t n;

    if (!tool || strchr(elf, '\''))
        return NULL;
    snprintf(cmd, sizeof cmd, "%s -e '%s' 0x%llx 2>/dev/null", tool, elf,
             (unsigned long long)addr);
    if (!(p = popen(cmd, "r")))
        return NULL;
    n = fread(out, 1, sizeof out - 1, p);
    pclose(p);
    out[n] = 0;
    out[strcspn(out, "\n")] = 0;
    if (!n || !strncmp(out, "??", 2))
        return NULL;
    return strdup(tidy(out));
}

/* The hex value after `key` ("pc 0x") in line[0..len), or -1 */
static int value_after(const char *line, size_t len, const char *key, uint64_t *v)
{
    const char *p = memmem(line, len, key, strlen(key));
    char *end;

    if (!p)
        return -1;
    *v = strtoull(p + strlen(key) - 2, &end, 16);
    return end > p + strlen(key) ? 0 : -1;
}

static void describe(FILE *out, const struct image *im, const char *elf,
                     const char *what, uint64_t addr)
{
    const char *name;
    uint64_t off;
    char *fl;

    fprintf(out, "  %s: ", what);
    if (find_symbol(im, addr, &name, &off) < 0) {
        fprintf(out, "0x%llx is in no function of %s\n", (unsigned long long)addr, elf);
        return;
    }
    fprintf(out, "%s+0x%llx", name, (unsigned long long)off);
    if ((fl = file_line(im, elf, addr)))
        fprintf(out, " at %s", fl);
    fputc('\n', out);
    free(fl);
}

/* The lines of a report that hold addresses, and what their pc and ra
 * are called under them: the register line ("  pc 0x... ra 0x..."), the
 * line of the code a fault in the handler interrupted ("  interrupted at
 * pc 0x... ra 0x..."), the heap check's malloc ("  allocated at pc
 * 0x..."), the entry's own one-line report ("... trap entry itself, pc
 * 0x..."). */
static const char *report_line_kind(const char *line, size_t len)
{
    if (len > 7 && !memcmp(line, "  pc 0x", 7))
        return "";
    if (len > 23 && !memcmp(line, "  interrupted at pc 0x", 22))
        return "interrupted ";
    if (len > 21 && !memcmp(line, "  allocated at pc 0x", 20))
        return "allocated ";
    if (memmem(line, len, "trap entry itself, pc 0x", 24))
        return "";
    return NULL;
}

char *kit_symbolise_line(const char *line, size_t len, const char *elf)
{
    struct image im;
    uint64_t pc, ra;
    char *buf = NULL, what[32];
    size_t size = 0;
    FILE *out;
    const char *kind = report_line_kind(line, len);
    char *full = kit_fault_expand(line, len, elf);

    /* A FAULT_CODES=1 line: the full report, itself symbolised. */
    if (full) {
        char *report = kit_symbolise(full, elf);

        free(full);
        return report;
    }
    if (!elf || !kind || value_after(line, len, "pc 0x", &pc) < 0)
        return NULL;
    if (load(&im, elf) < 0) {
        free(im.data);
        return NULL;
    }
    if (!(out = open_memstream(&buf, &size))) {
        free(im.data);
        return NULL;
    }
    snprintf(what, sizeof what, "%spc", kind);
    describe(out, &im, elf, what, pc);
    snprintf(what, sizeof what, "%sra", kind);
    if (value_after(line, len, " ra 0x", &ra) == 0)
        describe(out, &im, elf, what, ra);
    fclose(out);
    free(im.data);
    return buf;
}

char *kit_symbolise(const char *text, const char *elf)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    const char *p = text;

    if (!out)
        return NULL;
    while (*p) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) + 1 : strlen(p);
        char *extra = kit_symbolise_line(p, n, elf);

        fwrite(p, 1, n, out);
        if (extra) {
            if (!end)
                fputc('\n', out);
            fputs(extra, out);
            free(extra);
        }
        p += n;
    }
    fclose(out);
    return buf;
}
