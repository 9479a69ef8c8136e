/*
 * The board instance, built from boards/<name>.mk: the Makefile writes
 * the board's values into board_config.h (mk/config.mk), e.g.
 *   KIT_BOARD_NAME "virt-rv64"   KIT_CONSOLE ns16550a  KIT_CONSOLE_BASE 0x...
 *   KIT_EXIT sifive_test         KIT_EXIT_BASE 0x...   KIT_TIMER_HZ 10000000
 * The driver names are pasted into symbol names (ns16550a -> ns16550a_uart),
 * so choosing a driver is data, not an #ifdef.
 */
#include "board_config.h"
#include "board.h"
#include "platform.h"

KIT_UART_DRIVERS(KIT_UART_DECLARE)

#define PASTE_(a, b) a##b
#define PASTE(a, b)  PASTE_(a, b)

const struct kit_board kit_board = {
    .name         = KIT_BOARD_NAME,
    .console      = &PASTE(KIT_CONSOLE, _uart),
    .console_base = KIT_CONSOLE_BASE,
    .console_crlf = KIT_CONSOLE_CRLF,
    .exit         = &PASTE(KIT_EXIT, _exit),
    .exit_base    = KIT_EXIT_BASE,
    .timer_hz     = KIT_TIMER_HZ,
};

/* What the firmware/QEMU handed to the boot hart (platform.h); boot's
 * kit_cstart fills it in, the platform reads it. */
struct kit_boot_info kit_boot_info;
