/*
 * RISC-V trap entry.  The kit does not resume after a trap: it reports the
 * cause and the faulting pc/address, then exits non-zero (trap.c).  sp may
 * be the reason we trapped (stack overflow), so switch to a stack of our
 * own first, and reload gp in case it was clobbered.
 */
#include "../../platform/riscv/csr.h"
#include "asm.h"

    .section .text
    .balign 4                       /* xtvec direct mode: 4-byte aligned */
    .globl kit_trap_entry
kit_trap_entry:
    la      sp, kit_trap_stack_top
    load_gp
    csrr    a0, CSR_CAUSE
    csrr    a1, CSR_EPC
    csrr    a2, CSR_TVAL
    tail    kit_trap

    .section .bss
    .balign 16
kit_trap_stack:
    .space  1024
kit_trap_stack_top:
