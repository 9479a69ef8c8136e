/*
 * A UART driver is three functions over a base address, plus the
 * devicetree `compatible` strings of the devices it drives (bindings in the
 * Linux tree's Documentation/devicetree/bindings/serial/), so that
 * /chosen/stdout-path can pick it.  Drivers know nothing about newlib, file
 * descriptors or newline conventions: that is the console layer's job
 * (platform/console.c).
 *
 * Adding a UART is one file here: drivers/uart/<name>.c defining
 * `const struct kit_uart <name>_uart`.  The build finds it (mk/config.mk
 * lists every drivers/uart/NAME.c in KIT_UART_DRIVERS) and a board names it
 * with BOARD_CONSOLE := <name>.
 */
#ifndef KIT_UART_H
#define KIT_UART_H

#include <stdint.h>

struct kit_uart {
    const char *name;
    const char *const *compatible;                   /* NULL-terminated */
    int sends_crlf;         /* 1: the device itself sends "\n" as "\r\n" */
    void (*init)(uintptr_t base);
    void (*putc)(uintptr_t base, unsigned char c);   /* blocks until sent */
    int  (*getc)(uintptr_t base);                    /* byte, or -1 if none */
};

/* Declares <name>_uart; KIT_UART_DRIVERS(KIT_UART_DECLARE) declares all. */
#define KIT_UART_DECLARE(name) extern const struct kit_uart name##_uart;

KIT_UART_DECLARE(sbi_console)

#endif
