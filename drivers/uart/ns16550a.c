/*
 * NS16550A UART (QEMU virt riscv at 0x10000000), polled.
 *
 * Register map (byte registers, stride 1 on QEMU virt), from the National
 * Semiconductor PC16550D datasheet, table "Register Summary":
 *   0 RBR (read) / THR (write)   receive / transmit holding register
 *   1 IER                        interrupt enable
 *   2 FCR (write)                FIFO control
 *   3 LCR                        line control (word length, DLAB)
 *   5 LSR                        line status
 *
 * Output goes through the 16-byte transmit FIFO: when LSR.THRE says it is
 * empty, 16 bytes may follow without looking again (datasheet, "FIFO
 * Interrupt Mode Operation"; QEMU's 16550 has the same 16-byte FIFO).
 */
#include "uart.h"
#include "../mmio.h"

#define RBR 0
#define THR 0
#define IER 1
#define FCR 2
#define LCR 3
#define LSR 5

#define FCR_ENABLE    0x01      /* FIFOs on; the reset bits stay 0 */
#define FIFO_SIZE     16
#define LCR_8N1       0x03      /* 8 data bits, no parity, 1 stop bit */
#define LSR_DR        0x01      /* data ready: a byte is in RBR */
#define LSR_THRE      0x20      /* THR empty: room for a byte */

/* A byte that arrived before the FIFOs were turned on: switching them on
 * empties them (datasheet, FCR bit 0), so init takes it out first and
 * getc hands it over before anything else.  0: none (else 0x100 | byte). */
static unsigned early_byte;

static void ns16550a_init(uintptr_t base)
{
    mmio_write8(base + IER, 0);              /* we poll: no interrupts */
    mmio_write8(base + LCR, LCR_8N1);        /* DLAB=0; the baud divisor is
                                                left as firmware/QEMU set it */
    if (!early_byte && (mmio_read8(base + LSR) & LSR_DR))
        early_byte = 0x100u | mmio_read8(base + RBR);
    mmio_write8(base + FCR, FCR_ENABLE);     /* a no-op if already on */
}

static void wait_fifo_empty(uintptr_t base)
{
    while (!(mmio_read8(base + LSR) & LSR_THRE))
        ;
}

static void tx(uintptr_t base, unsigned char c)
{
    mmio_write8(base + THR, c);
}

static void ns16550a_putc(uintptr_t base, unsigned char c)
{
    wait_fifo_empty(base);
    tx(base, c);
}

static void ns16550a_write(uintptr_t base, const char *s, size_t n)
{
    kit_uart_write_fifo(base, s, n, FIFO_SIZE, wait_fifo_empty, tx);
}

static int ns16550a_getc(uintptr_t base)
{
    if (early_byte) {
        int c = (int)(early_byte & 0xff);

        early_byte = 0;
        return c;
    }
    if (!(mmio_read8(base + LSR) & LSR_DR))
        return -1;
    return mmio_read8(base + RBR);
}

/* QEMU virt says "ns16550a"; the plain 16550 programs the same way. */
static const char *const ns16550a_compatible[] = { "ns16550a", "ns16550", 0 };

const struct kit_uart ns16550a_uart = {
    .name = "ns16550a", .compatible = ns16550a_compatible,
    .init = ns16550a_init, .putc = ns16550a_putc, .getc = ns16550a_getc,
    .write = ns16550a_write,
};
