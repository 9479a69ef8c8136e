/*
 * The fake UART and the one board the host tests run on (see fake_uart.h).
 * Only the console is wired: the syscall logic under test never exits.
 */
#include "fake_uart.h"
#include "../../platform/board.h"

unsigned char fake_wire[4096];
size_t fake_wire_len;
int fake_uart_inits;
static const char *in;
static size_t in_len, in_pos;

void fake_uart_reset(const char *input, size_t input_len)
{
    fake_wire_len = 0;
    in = input;
    in_len = input_len;
    in_pos = 0;
}

static void fake_init(uintptr_t base)
{
    (void)base;
    fake_uart_inits++;
}

static void fake_putc(uintptr_t base, unsigned char c)
{
    (void)base;
    if (fake_wire_len < sizeof fake_wire)
        fake_wire[fake_wire_len++] = c;
}

/* The script runs dry like a silent line: a waiting read would block for
 * ever on real hardware, which a unit test must never do. */
static int fake_getc(uintptr_t base)
{
    (void)base;
    if (in_pos < in_len)
        return (unsigned char)in[in_pos++];
    return -1;
}

static const char *const fake_compatible[] = { "kit,fake-uart", 0 };

static const struct kit_uart fake_uart = {
    .name = "fake", .compatible = fake_compatible,
    .init = fake_init, .putc = fake_putc, .getc = fake_getc,
};

/* A device whose firmware adds the "\r" itself (as OpenSBI's console). */
const struct kit_uart fake_crlf_uart = {
    .name = "fake-crlf", .compatible = fake_compatible, .sends_crlf = 1,
    .init = fake_init, .putc = fake_putc, .getc = fake_getc,
};

const struct kit_board kit_board = {
    .name = "host", .console = &fake_uart, .console_base = 0, .console_crlf = 1,
};
