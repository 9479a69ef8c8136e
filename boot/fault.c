/*
 * Reporting a fault so that it can never hang:
 *
 *  - output goes straight to the board file's UART: its driver and address
 *    are read-only data (kit_board, write-protected by the guards), never
 *    the console's run-time state, which the faulting program may have
 *    trashed;
 *  - the trap state the report relies on (which hart, whether the handler
 *    was already running, the first trap's registers) lives in each hart's
 *    trap slot, outside .data and .bss, and the entry finds it from
 *    constants (boot/trap.h): a program that trashed its memory still gets
 *    its own fault reported, in full (tests/boot/fault_trashed_state.c);
 *  - a fault inside the handler (a timer callback that faulted or overflowed
 *    the trap stack) gets the same full report, and the trap it interrupted
 *    (its pc, or the first fault's cause) on a line of its own; a fault in
 *    that report ends the program without a word (kit_fault_give_up);
 *  - harts print one at a time (kit_out_lock, a bounded wait: a hart that
 *    died holding it delays a report by about a second, never forever).
 */
#include <stdarg.h>
#include <stdint.h>
#include "board_config.h"
#include "../platform/platform.h"
#include "../platform/board.h"
#include "../platform/stack.h"
#include "fault.h"

/* The report's wait for the output lock: well under a second of QEMU
 * time, and bounded however the holder died. */
#define LOCK_SPINS 5000000

/* FAULT_REGS=1 (mk/stack.mk): a link-time switch, read-only data of the
 * image (linker/kit.ld), so it needs no rebuild of the kit. */
extern const uint32_t __kit_fault_regs_on[];

static void raw_putc(char c)
{
    const struct kit_uart *u = kit_board.console;

    kit_uart_putc_crlf(u->putc, kit_board.console_base, !u->sends_crlf, c);
}

static void raw_puts(const char *s)
{
    while (*s)
        raw_putc(*s++);
}

/*
 * The report's one printer, so that each line is one call: %s a string,
 * %x a word as 0x and 16 hex digits (kit_hex, every architecture alike),
 * %d a number in decimal, %u a hart number (kit_dec; "?" for one the
 * image has no stack for).
 */
static void say(const char *fmt, ...)
{
    char num[KIT_DEC_LEN > KIT_HEX_LEN ? KIT_DEC_LEN : KIT_HEX_LEN];
    va_list ap;

    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        unsigned n;

        if (*fmt != '%') {
            raw_putc(*fmt);
            continue;
        }
        switch (*++fmt) {
        case 's':
            raw_puts(va_arg(ap, const char *));
            break;
        case 'x':
            raw_puts(kit_hex(num, va_arg(ap, uintptr_t)));
            break;
        case 'd':
            raw_puts(kit_dec(num, va_arg(ap, unsigned)));
            break;
        default:                        /* 'u' */
            n = va_arg(ap, unsigned);
            raw_puts(n < KIT_MAX_HARTS ? kit_dec(num, n) : "?");
        }
    }
    va_end(ap);
}

void kit_fault_in_entry(unsigned hart, uintptr_t pc, uintptr_t addr)
{
    /* No lock, no newlib, no console state: one line and stop. */
    say("\nkit: hart %u: fault in the trap entry itself, pc %x addr %x\n",
        hart, pc, addr);
    kit_exit(KIT_EXIT_FAULT);
}

void kit_fault_give_up(void)
{
    kit_exit(KIT_EXIT_FAULT);
}

/* FAULT_REGS=1: every register of the frame, four to a line. */
static void say_regs(const struct kit_fault *f)
{
    const char *name = f->reg_names;
    unsigned i;

    for (i = 0; i < f->nregs; i++) {
        say(i % 4 ? " %s %x" : "  %s %x", name, f->regs[i]);
        if (i % 4 == 3 || i + 1 == f->nregs)
            say("\n");
        while (*name++)
            ;
    }
}

#if KIT_FAULT_CODES
/*
 * FAULT_CODES=1 (PROFILE=tiny, mk/profile.mk): the report as one line of
 * numbers, none of the words linked,
 *
 *   kit: fault HART MODE CODE PC ADDR RA SP [in CODE PC ADDR RA SP]
 *
 * (MODE m, s or a: RISC-V M-mode, S-mode, AArch64; "in": the trap this
 * fault interrupted, for a fault inside the handler).  `make run` and the
 * test runner print the full report from it, as the default build would
 * (tools/runner/faultcode.c, from the image's own symbols).
 */
#if defined(__aarch64__)
#define FAULT_MODE "a"
#elif defined(KIT_MODE_S)
#define FAULT_MODE "s"
#else
#define FAULT_MODE "m"
#endif

void kit_fault_report(const struct kit_fault *f, const struct kit_fault *outer)
{
    kit_out_lock(f->hart, LOCK_SPINS);
    say("\nkit: fault %d " FAULT_MODE " %x %x %x %x %x", f->hart, f->code, f->pc, f->addr,
        f->ra, f->sp);
    if (outer)
        say(" in %x %x %x %x %x", outer->code, outer->pc, outer->addr, outer->ra, outer->sp);
    say("\n");
    if (__kit_fault_regs_on[0])
        say_regs(f);
    kit_exit(KIT_EXIT_FAULT);
}
#else
/* Where the fault was, as far as the stacks go: the guard the address
 * is in, or how sp left its stack.  Returns the first line's prefix. */
static const char *stack_words(const struct kit_fault *f, int in_handler,
                               uintptr_t *lo, uintptr_t *hi, int *guard_hart,
                               int *sp_out)
{
    uintptr_t top, bottom;

    *sp_out = 0;
    if (in_handler) {
        *guard_hart = f->has_addr ? kit_trap_guard_of(f->addr, lo, hi) : -1;
        top = kit_trap_stack_top(f->hart);
        bottom = top - KIT_TRAP_STACK_SIZE;
        *sp_out = (f->sp < bottom || f->sp > top) && *guard_hart < 0;
        return *guard_hart >= 0 || *sp_out ? "trap stack overflow: " : "";
    }
    *guard_hart = f->has_addr ? kit_stack_guard_of(f->addr, lo, hi) : -1;
    if (*guard_hart < 0)
        *guard_hart = kit_stack_guard_of(f->sp, lo, hi);
    top = kit_stack_top(f->hart);
    bottom = top - KIT_STACK_SIZE;
    /* Below its own stack: a frame bigger than the guard stepped over it
     * (above the stack is not an overflow: a program may switch stacks). */
    *sp_out = f->hart < KIT_MAX_HARTS && f->sp < bottom && *guard_hart < 0;
    return *guard_hart >= 0 || *sp_out ? "stack overflow: " : "";
}

void kit_fault_report(const struct kit_fault *f, const struct kit_fault *outer)
{
    uintptr_t lo = 0, hi = 0, top;
    int guard, sp_out;
    const char *stack = stack_words(f, outer != 0, &lo, &hi, &guard, &sp_out);
    int null = (f->has_addr && f->addr < 4096) || (f->fetch && f->pc < 4096);

    kit_out_lock(f->hart, LOCK_SPINS);
    say("\nkit: hart %u: %s%s%s", f->hart,
        outer && !outer->interrupt ? "fault in the trap handler: " : "",
        *stack ? stack : null ? "NULL pointer: " : "", f->cause);
    if (f->detail)
        say(" (%s)", f->detail);
    say("\n  pc %x", f->pc);
    if (f->has_addr)
        say(" addr %x", f->addr);
    say(" ra %x sp %x\n", f->ra, f->sp);
    if (guard >= 0)
        say("  in the %sstack guard of hart %u: %x-%x\n", outer ? "trap " : "",
            (unsigned)guard, lo, hi);
    if (sp_out) {
        top = outer ? kit_trap_stack_top(f->hart) : kit_stack_top(f->hart);
        say("  sp is out of hart %u's %sstack %x-%x: a frame larger than its "
            "%d-byte guard stepped over it\n", f->hart, outer ? "trap " : "",
            top - (outer ? KIT_TRAP_STACK_SIZE : KIT_STACK_SIZE), top,
            outer ? KIT_TRAP_STACK_GUARD : KIT_STACK_GUARD);
    }
    if (outer && outer->interrupt)
        say("  in a timer callback (the trap handler runs them for the timer "
            "interrupt)\n");
    else if (outer) {
        say("  while reporting the first fault: %s", outer->cause);
        if (outer->detail)
            say(" (%s)", outer->detail);
        if (outer->has_addr)
            say(", addr %x", outer->addr);
        say("\n");
    }
    if (outer)
        say("  interrupted at pc %x ra %x sp %x\n", outer->pc, outer->ra, outer->sp);
    if (__kit_fault_regs_on[0])
        say_regs(f);
    kit_exit(KIT_EXIT_FAULT);
}
#endif
