/*
 * A FAULT_CODES=1 report (PROFILE=tiny, mk/profile.mk) in full.  Such an
 * image prints a fault as one line of numbers (boot/fault.c):
 *
 *   kit: fault HART MODE CODE PC ADDR RA SP [in CODE PC ADDR RA SP]
 *
 * and this writes the report a default build prints (boot/fault.c's other
 * half), from the line and the image's own symbols: the cause's name (the
 * headers the trap decoders use), a stack overflow or a NULL pointer
 * named, the guard hit, the trap a fault in the handler interrupted.
 * What the image alone knows is left out: which page-table entry refused
 * an S-mode access (the default report's "S-mode, nothing mapped there")
 * reads just "S-mode" here.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "faultcode.h"
#include "elf.h"
#include "../../boot/riscv/causes.h"
#include "../../boot/aarch64/causes.h"

/* One fault of the line, decoded. */
struct fault {
    uint64_t code, pc, addr, ra, sp;
    const char *cause, *detail;
    int has_addr, fetch, interrupt;
};

/* The image's stacks, from its symbols (linker/kit.ld). */
struct stacks {
    uint64_t start, end, pitch, size, guard;
    uint64_t trap_start, trap_end, trap_pitch, trap_size, trap_guard;
    uint64_t max_harts, text_start, text_end, rodata_end;
};

static int load_stacks(const char *elf, struct stacks *s)
{
    static const char *const names[] = {
        "__kit_stacks_start", "__kit_stacks_end", "__kit_stack_pitch", "__kit_stack_size",
        "__kit_stack_guard", "__kit_trap_stacks_start", "__kit_trap_stacks_end",
        "__kit_trap_stack_pitch", "__kit_trap_stack_size", "__kit_trap_stack_guard",
        "__kit_max_harts", "__kit_text_start", "__kit_text_end", "__kit_rodata_end",
    };
    uint64_t *v = &s->start;
    size_t i;

    for (i = 0; i < sizeof names / sizeof *names; i++)
        if (kit_elf_symbol(elf, names[i], &v[i]) < 0)
            return -1;
    return 0;
}

static const char *riscv_name(uint64_t code)
{
    static const char names[] = KIT_RISCV_EXCEPTION_NAMES;
    const char *p = names;

    if (code > 15)
        return "unknown exception";
    for (; code; code--)
        while (*p++)
            ;
    return *p ? p : "unknown exception";
}

/* boot/riscv/pmp.c's kit_pmp_why, from the image's symbols. */
static const char *pmp_why(const struct stacks *s, uint64_t addr, unsigned cause)
{
    if (cause == 1 && addr >= s->text_end)
        return "M-mode, PMP: not executable";
    if (cause == 7 && addr >= s->text_start && addr < s->rodata_end)
        return "M-mode, PMP: read-only";
    return "M-mode";
}

/* As the trap decoders (boot/<arch>/trap.c) fill struct kit_fault. */
static void decode(char mode, const struct stacks *s, struct fault *f)
{
    if (mode == 'a') {
        unsigned kind = (unsigned)(f->code >> 32) & 3, ec = (unsigned)(f->code >> 26) & 0x3f;
        int sync = kind == 0, is_abort = ec == 0x20 || ec == 0x21 || ec == 0x24 || ec == 0x25;

        f->interrupt = kind == 1 || kind == 2;
        f->cause = kit_aarch64_cause(kind, ec);
        f->detail = sync && is_abort ? kit_abort_kind((unsigned)f->code & 0x3f) : NULL;
        f->has_addr = sync && (is_abort || ec == 0x22 || ec == 0x26);
        f->fetch = sync && (ec == 0x20 || ec == 0x21);
        return;
    }
    /* xcause's interrupt bit is its top one: bit 63 on rv64, 31 on rv32
     * (the line zero-extends it); no exception code comes near either. */
    uint64_t top = f->code >> 32 ? 1ull << 63 : 1ull << 31, code = f->code & ~top;

    f->interrupt = (f->code & top) != 0;
    f->cause = f->interrupt ? "unexpected interrupt" : riscv_name(code);
    f->detail = mode == 's' ? "S-mode"
              : !f->interrupt && (code == 1 || code == 7) ? pmp_why(s, f->addr, (unsigned)code)
              : "M-mode";
    f->has_addr = !f->interrupt && code < 32 && (ADDR_CAUSES >> code & 1);
    f->fetch = !f->interrupt && code < 32 && (FETCH_CAUSES >> code & 1);
}

/* platform/stack.c's guard lookups: the hart whose guard [lo, hi) holds
 * addr, or -1. */
static int stack_guard_of(const struct stacks *s, uint64_t addr, uint64_t *lo, uint64_t *hi)
{
    uint64_t h;

    if (addr < s->start || addr >= s->end)
        return -1;
    h = (s->end - 1 - addr) / s->pitch;
    *hi = s->end - h * s->pitch - s->size;
    *lo = *hi - s->guard;
    return addr >= *lo && addr < *hi ? (int)h : -1;
}

static int trap_guard_of(const struct stacks *s, uint64_t addr, uint64_t *lo, uint64_t *hi)
{
    uint64_t h;

    if (addr < s->trap_start || addr >= s->trap_end)
        return -1;
    h = (addr - s->trap_start) / s->trap_pitch;
    *lo = s->trap_start + h * s->trap_pitch;
    *hi = *lo + s->trap_guard;
    return addr < *hi ? (int)h : -1;
}

#define HEX "0x%016" PRIx64

/* The report boot/fault.c prints for f (outer: the trap it interrupted). */
static void report(FILE *out, unsigned hart, const struct stacks *s, const struct fault *f,
                   const struct fault *outer)
{
    uint64_t lo = 0, hi = 0, top, bottom;
    int guard, sp_out;
    const char *stack;
    int null = (f->has_addr && f->addr < 4096) || (f->fetch && f->pc < 4096);

    if (outer) {
        guard = f->has_addr ? trap_guard_of(s, f->addr, &lo, &hi) : -1;
        top = s->trap_start + (hart + 1) * s->trap_pitch;
        bottom = top - s->trap_size;
        sp_out = (f->sp < bottom || f->sp > top) && guard < 0;
        stack = guard >= 0 || sp_out ? "trap stack overflow: " : "";
    } else {
        guard = f->has_addr ? stack_guard_of(s, f->addr, &lo, &hi) : -1;
        if (guard < 0)
            guard = stack_guard_of(s, f->sp, &lo, &hi);
        top = s->end - hart * s->pitch;
        bottom = top - s->size;
        sp_out = hart < s->max_harts && f->sp < bottom && guard < 0;
        stack = guard >= 0 || sp_out ? "stack overflow: " : "";
    }
    fprintf(out, "kit: hart %u: %s%s%s", hart,
            outer && !outer->interrupt ? "fault in the trap handler: " : "",
            *stack ? stack : null ? "NULL pointer: " : "", f->cause);
    if (f->detail)
        fprintf(out, " (%s)", f->detail);
    fprintf(out, "\n  pc " HEX, f->pc);
    if (f->has_addr)
        fprintf(out, " addr " HEX, f->addr);
    fprintf(out, " ra " HEX " sp " HEX "\n", f->ra, f->sp);
    if (guard >= 0)
        fprintf(out, "  in the %sstack guard of hart %d: " HEX "-" HEX "\n", outer ? "trap " : "",
                guard, lo, hi);
    if (sp_out)
        fprintf(out, "  sp is out of hart %u's %sstack " HEX "-" HEX ": a frame larger than its "
                "%" PRIu64 "-byte guard stepped over it\n", hart, outer ? "trap " : "", bottom,
                top, outer ? s->trap_guard : s->guard);
    if (outer && outer->interrupt)
        fprintf(out, "  in a timer callback (the trap handler runs them for the timer "
                "interrupt)\n");
    else if (outer) {
        fprintf(out, "  while reporting the first fault: %s", outer->cause);
        if (outer->detail)
            fprintf(out, " (%s)", outer->detail);
        if (outer->has_addr)
            fprintf(out, ", addr " HEX, outer->addr);
        fprintf(out, "\n");
    }
    if (outer)
        fprintf(out, "  interrupted at pc " HEX " ra " HEX " sp " HEX "\n", outer->pc, outer->ra,
                outer->sp);
}

char *kit_fault_expand(const char *line, size_t len, const char *elf)
{
    char text[512], mode, *buf = NULL;
    unsigned hart;
    struct fault f = { 0 }, outer = { 0 };
    struct stacks s;
    size_t size = 0;
    int n, got_outer;
    FILE *out;

    if (!elf || len >= sizeof text)
        return NULL;
    memcpy(text, line, len);
    text[len] = '\0';
    n = sscanf(text, "kit: fault %u %c %" SCNx64 " %" SCNx64 " %" SCNx64 " %" SCNx64
               " %" SCNx64 " in %" SCNx64 " %" SCNx64 " %" SCNx64 " %" SCNx64 " %" SCNx64,
               &hart, &mode, &f.code, &f.pc, &f.addr, &f.ra, &f.sp,
               &outer.code, &outer.pc, &outer.addr, &outer.ra, &outer.sp);
    if (n != 7 && n != 12)
        return NULL;
    if (!strchr("msa", mode) || load_stacks(elf, &s) < 0)
        return NULL;
    got_outer = n == 12;
    decode(mode, &s, &f);
    if (got_outer)
        decode(mode, &s, &outer);
    if (!(out = open_memstream(&buf, &size)))
        return NULL;
    report(out, hart, &s, &f, got_outer ? &outer : NULL);
    fclose(out);
    return buf;
}
