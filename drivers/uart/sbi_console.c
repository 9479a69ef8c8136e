/*
 * The SBI firmware's console, through the legacy putchar/getchar calls
 * (SBI spec v1.0, chapter 5: EIDs 0x01 and 0x02).  QEMU 7.2's OpenSBI
 * v1.1 has no debug-console (DBCN) extension, so these are what there is.
 * Slower than the UART (a trap into M-mode per byte) but needs no address:
 * the firmware knows its console.  Select with BOARD_CONSOLE=sbi_console.
 */
#include "uart.h"
#include "../sbi/sbi.h"

static void sbi_console_init(uintptr_t base)
{
    (void)base;                 /* the firmware has set it up */
}

static void sbi_console_putc(uintptr_t base, unsigned char c)
{
    (void)base;
    sbi_call(SBI_EXT_LEGACY_PUTCHAR, 0, c, 0, 0);
}

/* Legacy getchar returns the byte in a0, or -1 when nothing is waiting. */
static int sbi_console_getc(uintptr_t base)
{
    (void)base;
    long c = sbi_call(SBI_EXT_LEGACY_GETCHAR, 0, 0, 0, 0).error;

    return c < 0 ? -1 : (int)(c & 0xff);
}

/* No device: the devicetree never picks it; a board names it. */
static const char *const sbi_console_compatible[] = { 0 };

const struct kit_uart sbi_console_uart = {
    .name = "sbi_console", .compatible = sbi_console_compatible,
    /* OpenSBI's console putchar already sends "\r" before each "\n"
     * (sbi_putc in lib/sbi/sbi_console.c); adding one here made "\r\r\n". */
    .sends_crlf = 1,
    .init = sbi_console_init, .putc = sbi_console_putc, .getc = sbi_console_getc,
};
