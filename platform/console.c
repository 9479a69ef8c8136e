/*
 * The console: the board's UART plus the one piece of policy a terminal
 * expects, "\n" -> "\r\n" on output.  Raw helpers for diagnostics live here
 * too, because a trap handler must be able to print without newlib.
 */
#include "platform.h"
#include "board.h"

void kit_console_init(void)
{
    kit_board.console->init(kit_board.console_base);
}

void kit_console_putc(char c)
{
    if (c == '\n')
        kit_board.console->putc(kit_board.console_base, '\r');
    kit_board.console->putc(kit_board.console_base, (unsigned char)c);
}

int kit_console_getc(int wait)
{
    int c;

    do
        c = kit_board.console->getc(kit_board.console_base);
    while (c < 0 && wait);
    return c;
}

void kit_puts(const char *s)
{
    while (*s)
        kit_console_putc(*s++);
}

void kit_puthex(uint64_t v)
{
    int shift;

    kit_puts("0x");
    for (shift = 60; shift >= 0; shift -= 4)
        kit_console_putc("0123456789abcdef"[(v >> shift) & 0xf]);
}
