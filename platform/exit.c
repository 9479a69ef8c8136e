/*
 * Stopping the machine.  The exit device should never return; if it does
 * (for example QEMU was started without -semihosting), say so instead of
 * silently spinning, then wait for the test runner's timeout.
 */
#include "platform.h"
#include "board.h"

void kit_exit(int status)
{
    kit_board.exit->exit(kit_board.exit_base, status);
    kit_puts("\nkit: exit device '");
    kit_puts(kit_board.exit->name);
    kit_puts("' did not stop the machine\n");
    for (;;)
        ;
}
