/* A console for host unit tests: output goes to a buffer, input comes from
 * a script the test sets. */
#ifndef FAKE_CONSOLE_H
#define FAKE_CONSOLE_H

#include <stddef.h>

extern char fake_out[4096];
extern size_t fake_out_len;

void fake_console_reset(const char *input, size_t input_len);

#endif
