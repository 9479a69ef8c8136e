/*
 * Semihosting exit: ask the debugger/emulator to end the program.  QEMU
 * honours it when started with -semihosting.
 *
 * Arm "Semihosting for AArch32 and AArch64" v2.0 (which the RISC-V
 * semihosting spec adopts): operation number in x0/a0, parameter in
 * x1/a1, result in x0/a0.
 *  - 64-bit targets: SYS_EXIT (0x18) takes a pointer to {reason, subcode};
 *    with reason ADS_ApplicationExit (0x20026) the subcode is the status.
 *  - 32-bit targets: SYS_EXIT takes the reason itself and has no room for a
 *    status, so SYS_EXIT_EXTENDED (0x20) takes the {reason, subcode} block.
 *
 * The trap itself and the operation numbers: drivers/semihost/semihost.h.
 */
#include "exit.h"
#include "../semihost/semihost.h"

static void semihosting_stop(uintptr_t base, int status)
{
    static unsigned long block[2];  /* word-sized: 64 or 32 bits */

    (void)base;
    block[0] = ADS_APPLICATION_EXIT;
    block[1] = (unsigned long)status;
    kit_semihost(sizeof(long) == 8 ? SYS_EXIT : SYS_EXIT_EXTENDED, block);
}

const struct kit_exit_dev semihosting_exit = { "semihosting", semihosting_stop };
