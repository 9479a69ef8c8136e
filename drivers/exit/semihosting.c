/*
 * Semihosting SYS_EXIT: ask the debugger/emulator to end the program.
 *
 * Arm "Semihosting for AArch32 and AArch64" v2.0: operation number in
 * w0/a0, parameter in x1/a1.  SYS_EXIT (0x18) on a 64-bit target takes a
 * pointer to a two-word block {reason, subcode}; with reason
 * ADS_ApplicationExit (0x20026) the subcode is the exit status.
 * QEMU needs -semihosting to honour the trap.
 *
 * The trap instruction differs per architecture (semihosting spec 2.1):
 * AArch64 `hlt #0xf000`; RISC-V the "slli x0,x0,0x1f; ebreak; srai
 * x0,x0,7" sequence, which must not be compressed, hence .option norvc.
 */
#include "exit.h"

#define SYS_EXIT                 0x18
#define ADS_APPLICATION_EXIT     0x20026

static long semihost_call(long op, void *arg)
{
    register long a0 __asm__(
#if defined(__aarch64__)
        "x0"
#else
        "a0"
#endif
    ) = op;
    register void *a1 __asm__(
#if defined(__aarch64__)
        "x1"
#else
        "a1"
#endif
    ) = arg;
#if defined(__aarch64__)
    __asm__ volatile("hlt #0xf000" : "+r"(a0) : "r"(a1) : "memory");
#else
    __asm__ volatile(".option push\n.option norvc\n"
                     "slli x0, x0, 0x1f\nebreak\nsrai x0, x0, 7\n"
                     ".option pop" : "+r"(a0) : "r"(a1) : "memory");
#endif
    return a0;
}

static void semihosting_stop(uintptr_t base, int status)
{
    /* Word-sized fields: 64-bit on aarch64/rv64, 32-bit on rv32. */
    static unsigned long block[2];

    (void)base;
    block[0] = ADS_APPLICATION_EXIT;
    block[1] = (unsigned long)status;
    semihost_call(SYS_EXIT, block);
}

const struct kit_exit_dev semihosting_exit = { "semihosting", semihosting_stop };
