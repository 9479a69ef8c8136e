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
 * function+offset from the ELF's own symbol table (read by elf.c: ELF32 and
 * ELF64, little-endian, as every kit target is), file:line from the cross
 * addr2line of the image's machine (binutils; DWARF is its job, not ours).
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "elf.h"
#include "symbolise.h"
#include "faultcode.h"

#define EM_AARCH64  183
#define EM_RISCV    243

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
static char *file_line(const struct kit_elf *im, const char *elf, uint64_t addr)
{
    const char *tool = kit_elf_machine(im) == EM_AARCH64 ? "aarch64-linux-gnu-addr2line"
                     : kit_elf_machine(im) == EM_RISCV ? "riscv64-unknown-elf-addr2line" : NULL;
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

static void describe(FILE *out, const struct kit_elf *im, const char *elf,
                     const char *what, uint64_t addr)
{
    const char *name;
    uint64_t off;
    char *fl;

    fprintf(out, "  %s: ", what);
    if (kit_elf_find_symbol(im, addr, &name, &off) < 0) {
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
    struct kit_elf im;
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
    if (kit_elf_load(&im, elf) < 0) {
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
