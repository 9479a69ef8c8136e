/*
 * ARM PrimeCell PL011 UART (QEMU virt aarch64 at 0x09000000), polled.
 *
 * Offsets and bits from the PL011 Technical Reference Manual (ARM DDI 0183),
 * section 3.2 "Summary of registers" and 3.3 "Register descriptions".
 */
#include "uart.h"
#include "../mmio.h"

#define DR    0x00          /* data register */
#define FR    0x18          /* flag register (3.3.3) */
#define LCR_H 0x2c          /* line control (3.3.7) */
#define CR    0x30          /* control (3.3.8) */
#define IMSC  0x38          /* interrupt mask (3.3.10) */

#define FR_BUSY     (1u << 3)   /* still sending (FIFO or shift register) */
#define FR_RXFE     (1u << 4)   /* receive FIFO empty */
#define FR_TXFF     (1u << 5)   /* transmit FIFO full */
#define FR_TXFE     (1u << 7)   /* transmit FIFO empty (FIFO enabled) */
/* The transmit FIFO holds 16 bytes (TRM 2.4.2; 32 from revision r1p5):
 * once FR.TXFE says it is empty, 16 bytes may follow unchecked. */
#define FIFO_SIZE   16
#define LCR_H_FEN   (1u << 4)   /* enable FIFOs */
#define LCR_H_WLEN8 (3u << 5)   /* 8-bit words */
#define CR_UARTEN   (1u << 0)
#define CR_TXE      (1u << 8)
#define CR_RXE      (1u << 9)

/* Bytes the transmitter takes per FR.TXFE: FIFO_SIZE with the FIFOs on,
 * else 1 (with them off, TXFE is the one-byte holding register). */
static unsigned tx_burst = 1;

static void pl011_init(uintptr_t base)
{
    uint32_t lcr_h = LCR_H_WLEN8 | LCR_H_FEN;

    /* The TRM (3.3.8) asks for the UART to be disabled while LCR_H
     * changes, and for the current byte to finish first: wait until it is
     * no longer busy, or a message printed before this (say, by firmware,
     * or before the devicetree picked this UART again) loses its tail.
     * The baud rate registers are left as firmware/QEMU set them. */
    while (mmio_read32(base + FR) & FR_BUSY)
        ;
    /* Switching the FIFOs on or off empties them (QEMU resets its receive
     * FIFO on any change of LCR_H.FEN), so a byte typed or piped in before
     * the program started would be lost: with a byte waiting, LCR_H stays
     * as it is (FIFOs off after reset, on when firmware set them), and
     * output checks TXFE per byte.  The same rule as ns16550a.c's. */
    if (!(mmio_read32(base + FR) & FR_RXFE))
        lcr_h = mmio_read32(base + LCR_H);
    mmio_write32(base + CR, 0);
    mmio_write32(base + IMSC, 0);            /* we poll: no interrupts */
    if (mmio_read32(base + LCR_H) != lcr_h)
        mmio_write32(base + LCR_H, lcr_h);
    mmio_write32(base + CR, CR_UARTEN | CR_TXE | CR_RXE);
    tx_burst = (lcr_h & LCR_H_FEN) ? FIFO_SIZE : 1;
}

static void pl011_putc(uintptr_t base, unsigned char c)
{
    while (mmio_read32(base + FR) & FR_TXFF)
        ;
    mmio_write32(base + DR, c);
}

static void wait_fifo_empty(uintptr_t base)
{
    while (!(mmio_read32(base + FR) & FR_TXFE))
        ;
}

static void tx(uintptr_t base, unsigned char c)
{
    mmio_write32(base + DR, c);
}

static void pl011_write(uintptr_t base, const char *s, size_t n, int crlf)
{
    kit_uart_write_fifo(base, s, n, crlf, tx_burst, wait_fifo_empty, tx);
}

static int pl011_getc(uintptr_t base)
{
    if (mmio_read32(base + FR) & FR_RXFE)
        return -1;
    return mmio_read32(base + DR) & 0xff;
}

static const char *const pl011_compatible[] = { "arm,pl011", 0 };

const struct kit_uart pl011_uart = {
    .name = "pl011", .compatible = pl011_compatible,
    .init = pl011_init, .putc = pl011_putc, .getc = pl011_getc,
    .write_fifo = pl011_write,
};
