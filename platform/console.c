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

void kit_puthex(uint64_t v)
{
    char buf[KIT_HEX_LEN];

    kit_puts(kit_hex(buf, v));
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
