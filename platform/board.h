/*
 * A board, as data: which console driver at which address, which exit
 * device, how fast the counter runs.  boards/<name>.mk is the source of
 * this data; platform/board.c fills the one `kit_board` instance from it.
 */
#ifndef KIT_BOARD_H
#define KIT_BOARD_H

#include <stdint.h>
#include "../drivers/uart/uart.h"
#include "../drivers/exit/exit.h"

struct kit_board {
    const char *name;
    const struct kit_uart *console;
    uintptr_t console_base;
    int console_crlf;           /* 1: "\n" out as "\r\n", CR in as "\n" */
    const struct kit_exit_dev *exit;
    uintptr_t exit_base;
    uint64_t timer_hz;          /* 0: the architecture reports it itself */
};

extern const struct kit_board kit_board;

#endif
