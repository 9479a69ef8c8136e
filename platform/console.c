/*
 * The console: the board's UART plus the one piece of policy a terminal
 * expects, "\n" -> "\r\n" on output.  Raw helpers for diagnostics live here
 * too, because a trap handler must be able to print without newlib.
 */
#include <string.h>
#include "platform.h"
#include "board.h"

/* The board file's UART, until the devicetree names another. */
static const struct kit_uart *uart;
static uintptr_t uart_base;

void kit_console_init(void)
{
    kit_console_use(kit_board.console, kit_board.console_base);
}

void kit_console_use(const struct kit_uart *u, uintptr_t base)
{
    uart = u;
    uart_base = base;
    uart->init(base);
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
    const struct kit_uart *u = uart;
    uintptr_t base = uart_base;
    int add_cr = !u->sends_crlf;    /* the SBI console's firmware does it */
    size_t i;

    if (u->write) {
        u->write(base, s, n);
        return;
    }
    for (i = 0; i < n; i++) {
        if (s[i] == '\n' && add_cr)
            u->putc(base, '\r');
        u->putc(base, (unsigned char)s[i]);
    }
}

int kit_console_getc(int wait)
{
    int c;

    do
        c = uart->getc(uart_base);
    while (c < 0 && wait);
    return c;
}

void kit_puts(const char *s)
{
    kit_console_write(s, strlen(s));
}

/* In two 32-bit halves: on rv32 a 64-bit shift is several instructions,
 * and this is code every image carries (trap reports). */
static __attribute__((noinline)) void hex32(char *out, uint32_t v)
{
    int i;

    for (i = 7; i >= 0; i--, v >>= 4)
        out[i] = "0123456789abcdef"[v & 0xf];
}

void kit_puthex(uint64_t v)
{
    char buf[18] = "0x";

    hex32(buf + 2, (uint32_t)(v >> 32));
    hex32(buf + 10, (uint32_t)v);
    kit_console_write(buf, sizeof buf);
}

void kit_putdec(uint64_t v)
{
    char buf[21];
    int i = sizeof buf - 1;

    buf[i] = 0;
    do
        buf[--i] = (char)('0' + v % 10);
    while ((v /= 10) && i > 0);
    kit_puts(buf + i);
}
