/*
 * RISC-V reset entry: the first instruction of the image.
 *
 * At entry (QEMU's reset ROM with -bios none, or OpenSBI for an S-mode
 * payload): a0 = hart id, a1 = devicetree address.  Every hart arrives
 * here; only KIT_BOOT_HART goes on to C.
 */
#include "csr.h"

    .section .text.entry, "ax"
    .globl _start
_start:
#if !defined(KIT_MODE_S)
    csrr    a0, mhartid             /* M-mode: the hart id is a CSR */
#endif

    /* gp first: the linker relaxes global accesses in C to gp-relative
     * ones (psABI "gp-relative" relaxation).  This `la` must not itself be
     * relaxed into "gp + offset", hence norelax. */
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop

    /* Only one hart runs C and newlib; the others wait without touching
     * memory (no stack, no shared variables). */
    li      t0, KIT_BOOT_HART
    bne     a0, t0, park

    /* sp: the top of this hart's stack.  Stacks sit at the top of RAM,
     * hart n's below hart n-1's.  psABI "Integer Calling Convention": sp
     * is 16-byte aligned at every call. */
    la      sp, __kit_stacks_end
    li      t0, KIT_STACK_SIZE
    mul     t0, t0, a0
    sub     sp, sp, t0
    andi    sp, sp, -16

    /* Traps go to a handler that reports and exits (trap_entry.S): a fault in
     * start-up code must not loop silently.  Direct mode: the low bits of
     * the address must be 0, trap_entry.S aligns the entry to 4 bytes. */
    la      t0, kit_trap_entry
    csrw    CSR_TVEC, t0

#if defined(__riscv_flen)
    /* Hard-float ABI: the FPU is off at reset (FS = Off), and the first
     * FP instruction in C would trap.  Turn it on and clear fcsr. */
    li      t0, STATUS_FS_INITIAL
    csrs    CSR_STATUS, t0
    fscsr   zero
#endif

    /* a0 = hart id, a1 = DTB: both passed on to C. */
    tail    kit_cstart

park:
    wfi
    j       park
