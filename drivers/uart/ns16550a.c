/*
 * NS16550A UART (QEMU virt riscv at 0x10000000), polled.
 *
 * Register map (byte registers, stride 1 on QEMU virt), from the National
 * Semiconductor PC16550D datasheet, table "Register Summary":
 *   0 RBR (read) / THR (write)   receive / transmit holding register
 *   1 IER                        interrupt enable
 *   3 LCR                        line control (word length, DLAB)
 *   5 LSR                        line status
 */
#include "uart.h"
#include "../mmio.h"

#define RBR 0
#define THR 0
#define IER 1
#define LCR 3
#define LSR 5

#define LCR_8N1       0x03      /* 8 data bits, no parity, 1 stop bit */
#define LSR_DR        0x01      /* data ready: a byte is in RBR */
#define LSR_THRE      0x20      /* THR empty: room for a byte */

static void ns16550a_init(uintptr_t base)
{
    mmio_write8(base + IER, 0);              /* we poll: no interrupts */
    mmio_write8(base + LCR, LCR_8N1);        /* DLAB=0; the baud divisor is
                                                left as firmware/QEMU set it */
    /* FCR is left alone: enabling or resetting the FIFOs flushes them, and
     * a byte typed (or piped in) before boot would be lost.  Polled, one
     * byte at a time, works without FIFOs. */
}

static void ns16550a_putc(uintptr_t base, unsigned char c)
{
    while (!(mmio_read8(base + LSR) & LSR_THRE))
        ;
    mmio_write8(base + THR, c);
}

static int ns16550a_getc(uintptr_t base)
{
    if (!(mmio_read8(base + LSR) & LSR_DR))
        return -1;
    return mmio_read8(base + RBR);
}

/* QEMU virt says "ns16550a"; the plain 16550 programs the same way. */
static const char *const ns16550a_compatible[] = { "ns16550a", "ns16550", 0 };

const struct kit_uart ns16550a_uart = {
    .name = "ns16550a", .compatible = ns16550a_compatible,
    .init = ns16550a_init, .putc = ns16550a_putc, .getc = ns16550a_getc,
};
