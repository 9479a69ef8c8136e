/*
 * SiFive UART (FU540-C000 / FE310-G002 manuals, chapter "Universal
 * Asynchronous Receiver/Transmitter"), polled.  QEMU sifive_u at
 * 0x10010000, sifive_e at 0x10013000.
 */
#include "uart.h"
#include "../mmio.h"

#define TXDATA 0x00         /* write a byte; bit 31 reads "FIFO full" */
#define RXDATA 0x04         /* bit 31 "empty", else the byte in 7:0 */
#define TXCTRL 0x08
#define RXCTRL 0x0c
#define IE     0x10

#define DATA_FLAG (1u << 31)
#define CTRL_EN   (1u << 0)

static void sifive_init(uintptr_t base)
{
    mmio_write32(base + IE, 0);                 /* we poll */
    mmio_write32(base + TXCTRL, CTRL_EN);       /* baud divisor: as set */
    mmio_write32(base + RXCTRL, CTRL_EN);
}

static void sifive_putc(uintptr_t base, unsigned char c)
{
    while (mmio_read32(base + TXDATA) & DATA_FLAG)
        ;
    mmio_write32(base + TXDATA, c);
}

/* One read of rxdata both tests and takes the byte: reading it again
 * would lose the byte (the FIFO pops on read). */
static int sifive_getc(uintptr_t base)
{
    uint32_t v = mmio_read32(base + RXDATA);

    return v & DATA_FLAG ? -1 : (int)(v & 0xff);
}

static const char *const sifive_compatible[] = { "sifive,uart0", 0 };

const struct kit_uart sifive_uart = {
    .name = "sifive", .compatible = sifive_compatible,
    .init = sifive_init, .putc = sifive_putc, .getc = sifive_getc,
};
