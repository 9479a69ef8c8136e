/*
 * Assembly helpers shared by crt0.S and trap_entry.S.
 */
#ifndef KIT_RISCV_ASM_H
#define KIT_RISCV_ASM_H

/*
 * gp = __global_pointer$ (linker/kit.ld).  The linker relaxes global
 * accesses in C to gp-relative ones (psABI "Global-pointer relaxation"),
 * so gp must hold this value before any C runs.  This `la` itself must
 * not be relaxed into "gp + offset" (gp is not set yet), hence norelax.
 */
.macro load_gp
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
.endm

#endif
