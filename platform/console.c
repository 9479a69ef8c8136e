/*
 * The console: the board's UART plus the one piece of policy a terminal
 * expects, "\n" -> "\r\n" on output (termios ONLCR), unless the build
 * asked for a raw console (CONSOLE_CRLF=0: kit_board.console_crlf 0),
 * which passes every byte as it is, for binary output.  Raw helpers for
 * diagnostics live here too, because a trap handler must be able to print
 * without newlib: the kit's one hex and one decimal formatter (kit_hex,
 * kit_dec), which write into the caller's buffer and touch no console
 * state, so the fault report (boot/fault.c) and the system-call trace
 * (syscalls/trace.c) use them as well.
 */
#include <string.h>
#include "platform.h"
#include "board.h"

/* The board file's UART, until the devicetree names another. */
static const struct kit_uart *console_uart;
static uintptr_t uart_base;

void kit_console_init(void)
{
    kit_console_use(kit_board.console, kit_board.console_base);
}

void kit_console_use(const struct kit_uart *u, uintptr_t base)
{
    console_uart = u;
    uart_base = base;
    console_uart->init(base);
}

void kit_console_putc(char c)
{
    kit_console_write(&c, 1);
}

/* A UART with a transmit FIFO writes the whole buffer itself, checking
 * its status once per FIFO's worth (drivers/uart/uart.h,
 * kit_uart_write_fifo: the same "\n" rule).  Otherwise byte by byte, the
 * driver and its base in locals so that the compiler keeps them in
 * registers instead of reloading them per byte. */
void kit_console_write(const char *s, size_t n)
{
    const struct kit_uart *u = console_uart;
    uintptr_t base = uart_base;
    /* The SBI console's firmware adds the "\r" itself (so that console
     * is never raw). */
    int add_cr = kit_board.console_crlf && !u->sends_crlf;
    size_t i;

    if (u->write_fifo) {
        u->write_fifo(base, s, n, add_cr);
        return;
    }
    for (i = 0; i < n; i++) {
        if (s[i] == '\n' && add_cr)
            u->putc(base, '\r');
        u->putc(base, (unsigned char)s[i]);
    }
}

int kit_console_cooked(void)
{
    return kit_board.console_crlf;
}

int kit_console_getc(int wait)
{
    int c;

    do
        c = console_uart->getc(uart_base);
    while (c < 0 && wait);
    return c;
}

void kit_puts(const char *s)
{
    kit_console_write(s, strlen(s));
}

/* In two 32-bit halves: on rv32 a 64-bit shift is a call into libgcc, and
 * this is code every image carries (trap reports). */
char *kit_hex(char buf[KIT_HEX_LEN], uint64_t v)
{
    uint32_t w = (uint32_t)v;
    int i;

    buf[0] = '0';
    buf[1] = 'x';
    for (i = 17; i >= 2; i--, w >>= 4) {
        if (i == 9)
            w = (uint32_t)(v >> 32);
        buf[i] = "0123456789abcdef"[w & 0xf];
    }
    buf[18] = 0;
    return buf;
}

/* *v / 10, returning *v % 10, in 32-bit divisions: on rv32 a 64-bit one
 * is a call into libgcc (__udivdi3, __umoddi3: about 1 KiB that every
 * image would carry for the trap report's hart number).  Long division
 * by 16-bit digits: each partial dividend, remainder * 2^16 + digit, is
 * below 10 * 2^16, so it fits. */
static unsigned div10(uint64_t *v)
{
    uint32_t hi = (uint32_t)(*v >> 32), lo = (uint32_t)*v;
    uint32_t mid = (hi % 10) << 16 | lo >> 16;
    uint32_t low = (mid % 10) << 16 | (lo & 0xffff);

    *v = (uint64_t)(hi / 10) << 32 | (mid / 10) << 16 | low / 10;
    return low % 10;
}

char *kit_dec(char buf[KIT_DEC_LEN], uint64_t v)
{
    char *p = buf + KIT_DEC_LEN - 1;

    *p = 0;
    do
        *--p = (char)('0' + div10(&v));
    while (v);
    return p;
}

void kit_puthex(uint64_t v)
{
    char buf[KIT_HEX_LEN];

    kit_puts(kit_hex(buf, v));
}

void kit_putdec(uint64_t v)
{
    char buf[KIT_DEC_LEN];

    kit_puts(kit_dec(buf, v));
}
