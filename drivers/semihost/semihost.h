/*
 * One semihosting call: ask the debugger/emulator (QEMU -semihosting) to
 * do something for the program.  Arm "Semihosting for AArch32 and
 * AArch64" v2.0, 2.1 and 4.1: operation number in x0/a0, a pointer to the
 * parameter block in x1/a1, the result back in x0/a0.  The RISC-V
 * Semihosting spec 1.0 adopts the same calls; its trap is the three
 * uncompressed instructions below, kept together (16-byte aligned, so
 * they cannot straddle a page), which the emulator tells from a plain
 * ebreak.  Only call this on a board whose QEMU line has -semihosting:
 * without it the trap is an exception (KIT_SEMIHOSTING in board_config.h).
 * The kit's one copy of the trap: the exit driver (drivers/exit/
 * semihosting.c), the command line (platform/bootargs.c) and host files
 * (platform/hostfs.c) call it.
 */
#ifndef KIT_SEMIHOST_H
#define KIT_SEMIHOST_H

/* Operation numbers (Arm semihosting v2.0, chapter 6: a parameter block
 * of register-sized words, the result in x0/a0) and the exit reason
 * (6.5.2).  The file operations serve platform/hostfs.c. */
#define SYS_OPEN             0x01     /* {path, mode 0-11, strlen(path)}: handle or -1 */
#define SYS_CLOSE            0x02     /* {handle}: 0 or -1 */
#define SYS_WRITE            0x05     /* {handle, buf, len}: bytes NOT written */
#define SYS_READ             0x06     /* {handle, buf, len}: bytes NOT read (len: EOF) */
#define SYS_SEEK             0x0a     /* {handle, absolute position}: 0 or negative */
#define SYS_FLEN             0x0c     /* {handle}: the file's length or -1 */
#define SYS_REMOVE           0x0e     /* {path, strlen(path)}: 0 or not */
#define SYS_RENAME           0x0f     /* {old, strlen, new, strlen}: 0 or not */
#define SYS_ERRNO            0x13     /* no block: the host's errno of the last call */
#define SYS_GET_CMDLINE      0x15     /* {buffer, size}: the command line */
#define SYS_EXIT             0x18     /* 64-bit: {reason, subcode}; 32-bit: reason */
#define SYS_EXIT_EXTENDED    0x20     /* {reason, subcode}, on every width */
#define ADS_APPLICATION_EXIT 0x20026  /* reason: the program ended; subcode: status */

static inline long kit_semihost(long op, void *arg)
{
#if defined(__aarch64__)
    register long a0 __asm__("x0") = op;
    register void *a1 __asm__("x1") = arg;

    __asm__ volatile("hlt #0xf000" : "+r"(a0) : "r"(a1) : "memory");
#else
    register long a0 __asm__("a0") = op;
    register void *a1 __asm__("a1") = arg;

    /* .balign before .option norvc: the padding may then use 2-byte
     * c.nop, so the assembler reserves the 14 bytes linker relaxation may
     * need in compressed code (with 4-byte nops only it reserves 12, and
     * ld fails: "14 bytes required for alignment"). */
    __asm__ volatile(".option push\n.balign 16\n.option norvc\n"
                     "slli x0, x0, 0x1f\nebreak\nsrai x0, x0, 7\n.option pop"
                     : "+r"(a0) : "r"(a1) : "memory");
#endif
    return a0;
}

#endif
