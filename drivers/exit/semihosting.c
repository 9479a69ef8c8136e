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
 * The trap instruction (semihosting spec 2.1; RISC-V semihosting 1.0):
 * AArch64 `hlt #0xf000`; RISC-V the sequence "slli x0,x0,0x1f; ebreak;
 * srai x0,x0,7", uncompressed and not split, so the debugger can tell it
 * from a plain ebreak.
 */
#include "exit.h"

#define SYS_EXIT               0x18
#define SYS_EXIT_EXTENDED      0x20
#define ADS_APPLICATION_EXIT   0x20026

#if defined(__aarch64__)
#define ARG0 "x0"
#define ARG1 "x1"
#define TRAP "hlt #0xf000"
#else
#define ARG0 "a0"
#define ARG1 "a1"
#define TRAP ".option push\n.option norvc\n.balign 16\n" \
             "slli x0, x0, 0x1f\nebreak\nsrai x0, x0, 7\n.option pop"
#endif

static long semihost_call(long op, void *arg)
{
    register long a0 __asm__(ARG0) = op;
    register void *a1 __asm__(ARG1) = arg;

    __asm__ volatile(TRAP : "+r"(a0) : "r"(a1) : "memory");
    return a0;
}

static void semihosting_stop(uintptr_t base, int status)
{
    static unsigned long block[2];  /* word-sized: 64 or 32 bits */

    (void)base;
    block[0] = ADS_APPLICATION_EXIT;
    block[1] = (unsigned long)status;
    semihost_call(sizeof(long) == 8 ? SYS_EXIT : SYS_EXIT_EXTENDED, block);
}

const struct kit_exit_dev semihosting_exit = { "semihosting", semihosting_stop };
