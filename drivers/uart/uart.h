/*
 * A UART driver is three functions over a base address (init, putc, getc)
 * and an optional fourth (write, for a buffer), plus the devicetree
 * `compatible` strings of the devices it drives (bindings in the Linux
 * tree's Documentation/devicetree/bindings/serial/), so that
 * /chosen/stdout-path can pick it.  Drivers know nothing about newlib or
 * file descriptors; the one newline rule ("\n" goes out as "\r\n") is
 * console.c's byte loop, kit_uart_write_fifo below for the drivers that
 * write a buffer, and kit_uart_putc_crlf below for one byte outside the
 * console.
 *
 * Adding a UART is one file here: drivers/uart/<name>.c defining
 * `const struct kit_uart <name>_uart`.  The build finds it (mk/config.mk
 * lists every drivers/uart/NAME.c in KIT_UART_DRIVERS) and a board names it
 * with BOARD_CONSOLE := <name>.
 */
#ifndef KIT_UART_H
#define KIT_UART_H

#include <stddef.h>
#include <stdint.h>

struct kit_uart {
    const char *name;
    const char *const *compatible;                   /* NULL-terminated */
    int sends_crlf;         /* 1: the device itself sends "\n" as "\r\n" */
    void (*init)(uintptr_t base);
    void (*putc)(uintptr_t base, unsigned char c);   /* blocks until sent */
    int  (*getc)(uintptr_t base);                    /* byte, or -1 if none */
    /* Optional, for a UART with a transmit FIFO: n bytes, with the
     * console's "\n" -> "\r\n" rule when crlf is 1 (a cooked console),
     * through kit_uart_write_fifo below.  NULL: the console sends byte by
     * byte through putc. */
    void (*write_fifo)(uintptr_t base, const char *s, size_t n, int crlf);
};

/*
 * The console's output rule for one byte ("\n" goes out as "\r\n"; add_cr
 * 0: the device does that itself), for what sends byte by byte outside the
 * console: the fault report (boot/fault.c, straight to the board file's
 * UART) and a 16550 whose FIFOs are off.  The rule is written twice more,
 * each for its speed: platform/console.c's byte loop keeps the driver in
 * registers (it runs per byte of every write), and kit_uart_write_fifo
 * below counts a FIFO's places as it goes.
 */
static inline void kit_uart_putc_crlf(void (*putc)(uintptr_t base, unsigned char c),
                                      uintptr_t base, int add_cr, char c)
{
    if (c == '\n' && add_cr)
        putc(base, '\r');
    putc(base, (unsigned char)c);
}

/*
 * The console's output rule ("\n" goes out as "\r\n" when crlf is 1, a
 * cooked console: platform/console.c) as one loop for every UART with a
 * transmit FIFO of `fifo` bytes: wait_empty(base) waits until the FIFO is
 * empty, then up to fifo bytes
 * are stored with tx(base, c) without looking at the status register
 * again.  A '\n' takes two places, so the chunk ends one byte earlier for
 * each (and starts one short, so that a '\n' last in the chunk fits).
 * always_inline: each driver's write() gets this loop with its own
 * register accesses inlined -- about 6 instructions a byte instead of a
 * status read and an indirect call per byte (bench: write4k).
 */
static inline __attribute__((always_inline)) void
kit_uart_write_fifo(uintptr_t base, const char *s, size_t n, int crlf, size_t fifo,
                    void (*wait_empty)(uintptr_t base),
                    void (*tx)(uintptr_t base, unsigned char c))
{
    const char *end = s + n;

    if (fifo < 2) {         /* FIFOs off: one byte a wait, the '\r' too */
        while (s < end) {
            char c = *s++;

            if (c == '\n' && crlf) {
                wait_empty(base);
                tx(base, '\r');
            }
            wait_empty(base);
            tx(base, (unsigned char)c);
        }
        return;
    }
    while (s < end) {
        const char *stop = (size_t)(end - s) < fifo - 1 ? end : s + fifo - 1;

        wait_empty(base);
        do {
            char c = *s++;

            if (c == '\n' && crlf) {
                tx(base, '\r');
                stop--;
            }
            tx(base, (unsigned char)c);
        } while (s < stop);
    }
}

/* Declares <name>_uart; KIT_UART_DRIVERS(KIT_UART_DECLARE) declares all. */
#define KIT_UART_DECLARE(name) extern const struct kit_uart name##_uart;

KIT_UART_DECLARE(sbi_console)

#endif
