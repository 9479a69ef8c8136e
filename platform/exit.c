/*
 * Stopping the machine.  The exit device should never return; if it does
 * (for example QEMU was started without -semihosting), say so instead of
 * silently spinning, then wait for the test runner's timeout.
 *
 * A shell sees only the low 8 bits of a status (POSIX wait: WEXITSTATUS),
 * and QEMU's exit passes it on the same way: exit(256) reaches the shell
 * as 0, a success.  Say so when that happens, since nothing else will.
 */
#include "platform.h"
#include "board.h"

void kit_exit(int status)
{
    if (status < 0 || status > 255) {
        kit_puts("\nkit: exit(");
        if (status < 0)
            kit_puts("-");
        kit_putdec(status < 0 ? -(uint64_t)status : (uint64_t)status);
        kit_puts("): the shell sees status ");
        kit_putdec((unsigned)status & 0xff);
        kit_puts(" (an exit status is 0-255)\n");
    }
    kit_board.exit->exit(kit_board.exit_base, status);
    kit_puts("\nkit: exit device '");
    kit_puts(kit_board.exit->name);
    kit_puts("' did not stop the machine\n");
    for (;;)
        ;
}
