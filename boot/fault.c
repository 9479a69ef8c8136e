/*
 * Reporting a fault so that it can never hang:
 *
 *  - output goes straight to the board file's UART: its driver and address
 *    are read-only data (kit_board, write-protected by the guards), never
 *    the console's run-time state, which the faulting program may have
 *    trashed;
 *  - each hart has an "in the trap handler" mark: a second fault while it
 *    is set (the handler itself faulted) prints one short line and exits
 *    at once, instead of recursing.  The mark is a value no stray store
 *    is likely to leave (its slot's own address, inverted), not a flag:
 *    a program that trashed .bss must get its own fault reported, not a
 *    "nested fault" it never had (tests/boot/fault_trashed_state.c);
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

static volatile uintptr_t in_trap[KIT_MAX_HARTS];
#define IN_TRAP(hart) (~(uintptr_t)&in_trap[hart])

/* The report's wait for the output lock: well under a second of QEMU
 * time, and bounded however the holder died. */
#define LOCK_SPINS 5000000

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
 * %u a hart number (kit_dec; S-mode derives it from where the trap frame
 * is, which a broken trap stack pointer makes nonsense: "?" then).
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
        default:                        /* 'u' */
            n = va_arg(ap, unsigned);
            raw_puts(n < KIT_MAX_HARTS ? kit_dec(num, n) : "?");
        }
    }
    va_end(ap);
}

void kit_fault_nested(unsigned hart, uintptr_t pc, uintptr_t addr)
{
    /* No lock, no newlib, no console state: one line and stop. */
    say("\nkit: hart %u: nested fault in the trap handler, pc %x addr %x\n",
        hart, pc, addr);
    kit_exit(KIT_EXIT_FAULT);
}

void kit_fault_enter(unsigned hart, uintptr_t pc, uintptr_t addr)
{
    if (hart >= KIT_MAX_HARTS)
        hart = 0;
    if (in_trap[hart] == IN_TRAP(hart))
        kit_fault_nested(hart, pc, addr);
    in_trap[hart] = IN_TRAP(hart);
}

void kit_fault_leave(unsigned hart)
{
    if (hart < KIT_MAX_HARTS)
        in_trap[hart] = 0;
}

void kit_fault_report(const struct kit_fault *f)
{
    uintptr_t lo = 0, hi = 0;
    int guard = -1;
    int null = 0;

    if (f->has_addr)
        guard = kit_stack_guard_of(f->addr, &lo, &hi);
    if (guard < 0)
        guard = kit_stack_guard_of(f->sp, &lo, &hi);
    null = (f->has_addr && f->addr < 4096) || (f->fetch && f->pc < 4096);

    kit_out_lock(f->hart, LOCK_SPINS);
    say("\nkit: hart %u: %s%s", f->hart,
        guard >= 0 ? "stack overflow: " : null ? "NULL pointer: " : "", f->cause);
    if (f->detail)
        say(" (%s)", f->detail);
    say("\n  pc %x", f->pc);
    if (f->has_addr)
        say(" addr %x", f->addr);
    say(" ra %x sp %x\n", f->ra, f->sp);
    if (guard >= 0)
        say("  in the stack guard of hart %u: %x-%x\n", (unsigned)guard, lo, hi);
    kit_exit(KIT_EXIT_FAULT);
}
