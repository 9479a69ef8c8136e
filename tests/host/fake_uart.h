/*
 * A UART for host unit tests, under the real console (platform/console.c):
 * the bytes the console sends land in a buffer, exactly as they would go
 * to the wire; input comes from a script the test sets.
 */
#ifndef FAKE_UART_H
#define FAKE_UART_H

#include <stddef.h>
#include "../../drivers/uart/uart.h"

extern unsigned char fake_wire[4096];   /* every byte the UART was given */
extern size_t fake_wire_len;
extern int fake_uart_inits;             /* calls of the driver's init */

extern const struct kit_uart fake_crlf_uart;    /* sends_crlf = 1 */

void fake_uart_reset(const char *input, size_t input_len);

#endif
