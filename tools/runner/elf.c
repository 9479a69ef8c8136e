/*
 * The little the runner reads of an ELF image itself (ELF32 and ELF64,
 * little-endian, as every kit target is; the gABI's "ELF Header",
 * "Sections", "Symbol Table" and "Program Header"): its machine, the
 * symbol that holds an address, a symbol's value, and the RAM it needs.
 * The fault report's symbolisation (symbolise.c) and the expansion of a
 * FAULT_CODES line (faultcode.c) both ask it; DWARF (file:line) is
 * addr2line's job, not ours.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "elf.h"

#define SHT_SYMTAB  2
#define STT_NOTYPE  0
#define STT_FUNC    2
#define SHN_ABS     0xfff1

int kit_elf_load(struct kit_elf *im, const char *path)
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
static uint64_t rd(const struct kit_elf *im, uint64_t off, int n)
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

/* The symbol table in section s, if s is one (gABI "Section Header",
 * "Symbol Table"): its entries and the string table its names are in. */
struct symtab {
    uint64_t off, size, entsize, str;
};

static int symtab(const struct kit_elf *im, unsigned s, struct symtab *t)
{
    uint64_t shoff = rd(im, W(32, 40), W(4, 8));
    unsigned shentsize = (unsigned)rd(im, W(46, 58), 2);
    uint64_t sh = shoff + (uint64_t)s * shentsize;

    if (rd(im, sh + 4, 4) != SHT_SYMTAB)
        return 0;
    t->off = rd(im, sh + W(16, 24), W(4, 8));
    t->size = rd(im, sh + W(20, 32), W(4, 8));
    t->entsize = rd(im, sh + W(36, 56), W(4, 8));
    t->str = shoff + rd(im, sh + W(24, 40), 4) * shentsize;   /* sh_link */
    t->str = rd(im, t->str + W(16, 24), W(4, 8));            /* its offset */
    return t->entsize != 0;
}

static unsigned section_count(const struct kit_elf *im)
{
    return (unsigned)rd(im, W(48, 60), 2);
}

int kit_elf_machine(const struct kit_elf *im)
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
int kit_elf_find_symbol(const struct kit_elf *im, uint64_t addr,
                        const char **name, uint64_t *off)
{
    unsigned s;
    uint64_t best = 0;
    int found = 0;

    for (s = 0; s < section_count(im); s++) {
        struct symtab t;
        uint64_t i;

        if (!symtab(im, s, &t))
            continue;
        for (i = 0; i + t.entsize <= t.size; i += t.entsize) {
            uint64_t sym = t.off + i;
            uint64_t nameoff = rd(im, sym, 4);
            uint64_t value = rd(im, sym + W(4, 8), W(4, 8));
            uint64_t size = rd(im, sym + W(8, 16), W(4, 8));
            unsigned info = (unsigned)rd(im, sym + W(12, 4), 1);
            unsigned shndx = (unsigned)rd(im, sym + W(14, 6), 2);
            const char *n;

            if (((info & 0xf) != STT_FUNC && (info & 0xf) != STT_NOTYPE)
                || shndx == 0 || shndx >= SHN_ABS || t.str + nameoff >= im->size)
                continue;
            n = (const char *)im->data + t.str + nameoff;
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
static int symbol_value(const struct kit_elf *im, const char *name, uint64_t *value)
{
    unsigned s;

    for (s = 0; s < section_count(im); s++) {
        struct symtab t;
        uint64_t i;

        if (!symtab(im, s, &t))
            continue;
        for (i = 0; i + t.entsize <= t.size; i += t.entsize) {
            uint64_t nameoff = rd(im, t.off + i, 4);

            if (t.str + nameoff + strlen(name) < im->size
                && !strcmp((const char *)im->data + t.str + nameoff, name)) {
                *value = rd(im, t.off + i + W(4, 8), W(4, 8));
                return 0;
            }
        }
    }
    return -1;
}

int kit_elf_symbol(const char *elf, const char *name, uint64_t *value)
{
    struct kit_elf im;
    int found = kit_elf_load(&im, elf) == 0 && symbol_value(&im, name, value) == 0;

    free(im.data);
    return found ? 0 : -1;
}

/* The end of the RAM an image needs: its heap's start plus HEAP_MIN
 * (linker/kit.ld's symbols), or else the end of its highest PT_LOAD
 * segment (gABI "Program Header"); 0 when it is no ELF. */
uint64_t kit_elf_ram_end(const char *elf)
{
    struct kit_elf im;
    uint64_t start, min, end = 0, phoff, i;
    unsigned phentsize, phnum;

    if (kit_elf_load(&im, elf) < 0) {
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
