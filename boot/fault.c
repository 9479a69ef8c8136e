/*
 * Reporting a fault so that it can never hang:
 *
 *  - output goes straight to the board file's UART: its driver and address
 *    are read-only data (kit_board, write-protected by the guards), never
 *    the console's run-time state, which the faulting program may have
 *    trashed;
 *  - each hart has an "in the trap handler" flag: a second fault while it
 *    is set (the handler itself faulted) prints one short line and exits
 *    at once, instead of recursing;
 *  - harts print one at a time (kit_out_lock, a bounded wait: a hart that
 *    died holding it delays a report by about a second, never forever).
 */
#include <stdint.h>
#include "board_config.h"
#include "../platform/platform.h"
#include "../platform/board.h"
#include "../platform/stack.h"
#include "fault.h"

static volatile unsigned char in_trap[KIT_MAX_HARTS];

/* The report's wait for the output lock: well under a second of QEMU
 * time, and bounded however the holder died. */
#define LOCK_SPINS 5000000

static void raw_putc(char c)
{
    if (c == '\n')
        kit_board.console->putc(kit_board.console_base, '\r');
    kit_board.console->putc(kit_board.console_base, (unsigned char)c);
}

void kit_fault_puts(const char *s)
{
    while (*s)
        raw_putc(*s++);
}

void kit_fault_puthex(uint64_t v)
{
    int shift = 60;                 /* 16 digits on every architecture */

    kit_fault_puts("0x");
    for (; shift >= 0; shift -= 4)
        raw_putc("0123456789abcdef"[(v >> shift) & 0xf]);
}

static void put_hart(unsigned hart)
{
    char d[2] = { (char)('0' + hart % 10), 0 };

    /* S-mode has no hart id register: trap.c derives it from where the
     * frame is, which a broken trap stack pointer makes nonsense. */
    if (hart >= KIT_MAX_HARTS) {
        kit_fault_puts("kit: hart ?: ");
        return;
    }
    kit_fault_puts("kit: hart ");
    if (hart >= 10)
        raw_putc((char)('0' + hart / 10 % 10));
    kit_fault_puts(d);
    kit_fault_puts(": ");
}

void kit_fault_nested(unsigned hart, uintptr_t pc, uintptr_t addr)
{
    /* No lock, no newlib, no console state: one line and stop. */
    kit_fault_puts("\n");
    put_hart(hart);
    kit_fault_puts("nested fault in the trap handler, pc ");
    kit_fault_puthex(pc);
    kit_fault_puts(" addr ");
    kit_fault_puthex(addr);
    kit_fault_puts("\n");
    kit_exit(KIT_EXIT_FAULT);
}

void kit_fault_enter(unsigned hart, uintptr_t pc, uintptr_t addr)
{
    if (hart >= KIT_MAX_HARTS)
        hart = 0;
    if (in_trap[hart])
        kit_fault_nested(hart, pc, addr);
    in_trap[hart] = 1;
}

void kit_fault_leave(unsigned hart)
{
    if (hart < KIT_MAX_HARTS)
        in_trap[hart] = 0;
}

static void field(const char *name, uintptr_t v)
{
    kit_fault_puts(name);
    kit_fault_puthex(v);
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
    kit_fault_puts("\n");
    put_hart(f->hart);
    if (guard >= 0)
        kit_fault_puts("stack overflow: ");
    else if (null)
        kit_fault_puts("NULL pointer: ");
    kit_fault_puts(f->cause);
    if (f->detail) {
        kit_fault_puts(" (");
        kit_fault_puts(f->detail);
        kit_fault_puts(")");
    }
    kit_fault_puts("\n ");
    field(" pc ", f->pc);
    if (f->has_addr)
        field(" addr ", f->addr);
    field(" ra ", f->ra);
    field(" sp ", f->sp);
    kit_fault_puts("\n");
    if (guard >= 0) {
        kit_fault_puts("  in the stack guard of hart ");
        raw_putc((char)('0' + guard % 10));
        field(": ", lo);
        field("-", hi);
        kit_fault_puts("\n");
    }
    kit_exit(KIT_EXIT_FAULT);
}
