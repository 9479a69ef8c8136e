/*
 * A UART driver is three functions over a base address.  Drivers know
 * nothing about newlib, file descriptors or newline conventions: that is the
 * console layer's job (platform/console.c).
 */
#ifndef KIT_UART_H
#define KIT_UART_H

#include <stdint.h>

struct kit_uart {
    const char *name;
    void (*init)(uintptr_t base);
    void (*putc)(uintptr_t base, unsigned char c);   /* blocks until sent */
    int  (*getc)(uintptr_t base);                    /* byte, or -1 if none */
};

extern const struct kit_uart ns16550a_uart;
extern const struct kit_uart pl011_uart;
extern const struct kit_uart sbi_console_uart;
extern const struct kit_uart sifive_uart;

#endif
