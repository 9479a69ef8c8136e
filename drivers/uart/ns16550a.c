/*
 * NS16550A UART (QEMU virt riscv at 0x10000000), polled.
 *
 * Register map (byte registers, stride 1 on QEMU virt), from the National
 * Semiconductor PC16550D datasheet, table "Register Summary":
 *   0 RBR (read) / THR (write)   receive / transmit holding register
 *   1 IER                        interrupt enable
 *   2 IIR (read) / FCR (write)   interrupt identification / FIFO control
 *   3 LCR                        line control (word length, DLAB)
 *   5 LSR                        line status
 *
 * Output goes through the 16-byte transmit FIFO when the FIFOs are on:
 * when LSR.THRE says it is empty, 16 bytes may follow without looking
 * again (datasheet, "FIFO Interrupt Mode Operation"; QEMU's 16550 has the
 * same 16-byte FIFO).  With the FIFOs off, one byte per THRE.
 */
#include "uart.h"
#include "../mmio.h"

#define RBR 0
#define THR 0
#define IER 1
#define IIR 2
#define FCR 2
#define LCR 3
#define LSR 5

#define FCR_ENABLE    0x01      /* FIFOs on; the reset bits stay 0 */
#define IIR_FIFOS_ON  0xc0      /* bits 7:6 read 11 while the FIFOs are on */
#define FIFO_SIZE     16
#define LCR_8N1       0x03      /* 8 data bits, no parity, 1 stop bit */
#define LSR_DR        0x01      /* data ready: a byte is in RBR */
#define LSR_THRE      0x20      /* THR empty: room for a byte */

/* Bytes the transmitter takes per LSR.THRE: FIFO_SIZE with the FIFOs on,
 * else 1. */
static unsigned tx_burst = 1;

static void ns16550a_init(uintptr_t base)
{
    mmio_write8(base + IER, 0);              /* we poll: no interrupts */
    mmio_write8(base + LCR, LCR_8N1);        /* DLAB=0; the baud divisor is
                                                left as firmware/QEMU set it */
    /* Switching the FIFOs on empties them (datasheet, FCR bit 0; QEMU
     * flushes on any change of FCR.FE).  So only while no byte is
     * waiting: a byte typed or piped in before boot must not be lost.
     * Taking it out first is no cure: the moment RBR is read, QEMU hands
     * over the next byte, which the switch would then drop.  With a byte
     * waiting the FIFOs stay as they are (off after reset, on under
     * OpenSBI), and output checks THRE per byte. */
    if (!(mmio_read8(base + LSR) & LSR_DR))
        mmio_write8(base + FCR, FCR_ENABLE); /* a no-op if already on */
    tx_burst = (mmio_read8(base + IIR) & IIR_FIFOS_ON) == IIR_FIFOS_ON ? FIFO_SIZE : 1;
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

static void ns16550a_write(uintptr_t base, const char *s, size_t n, int crlf)
{
    if (tx_burst == FIFO_SIZE) {
        kit_uart_write_fifo(base, s, n, crlf, FIFO_SIZE, wait_fifo_empty, tx);
        return;
    }
    for (; n > 0; n--, s++)                 /* FIFOs off: THR holds one byte */
        kit_uart_putc_crlf(ns16550a_putc, base, crlf, *s);
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
    .write_fifo = ns16550a_write,
};
