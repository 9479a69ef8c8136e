#include <string.h>
#include "fake_console.h"
#include "../../platform/platform.h"

char fake_out[4096];
size_t fake_out_len;
static const char *in;
static size_t in_len, in_pos;

void fake_console_reset(const char *input, size_t input_len)
{
    fake_out_len = 0;
    in = input;
    in_len = input_len;
    in_pos = 0;
}

void kit_console_putc(char c)
{
    if (c == '\n' && fake_out_len < sizeof fake_out)
        fake_out[fake_out_len++] = '\r';
    if (fake_out_len < sizeof fake_out)
        fake_out[fake_out_len++] = c;
}

void kit_console_write(const char *s, size_t n)
{
    while (n-- > 0)
        kit_console_putc(*s++);
}

/* The script runs dry like a silent line: a waiting read would block for
 * ever on real hardware, which a unit test must never do. */
int kit_console_getc(int wait)
{
    (void)wait;
    if (in_pos < in_len)
        return (unsigned char)in[in_pos++];
    return -1;
}
