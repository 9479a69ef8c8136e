/*
 * AArch64 exception vector table (ARM ARM D1.10.2): 16 entries of 128
 * bytes, 2 KiB aligned, in four groups of four (synchronous, IRQ, FIQ,
 * SError) for: current EL with SP_EL0, current EL with SP_ELx, lower EL
 * in AArch64, lower EL in AArch32.
 *
 * The kit does not resume after an exception: every entry passes its index
 * to trap.c, which prints the syndrome and exits non-zero.
 */
    .section .text.vectors, "ax"
    .balign 2048
    .globl kit_vectors
kit_vectors:
    .irp    n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    .balign 128
    mov     x0, #\n
    b       trap_common
    .endr

trap_common:
    /* sp may be why we trapped: use a stack of our own. */
    adrp    x9, kit_trap_stack_top
    add     x9, x9, :lo12:kit_trap_stack_top
    mov     sp, x9
    mrs     x1, esr_el1             /* syndrome: what happened */
    mrs     x2, elr_el1             /* where */
    mrs     x3, far_el1             /* faulting address, for aborts */
    b       kit_trap

    .section .bss
    .balign 16
kit_trap_stack:
    .space  2048
kit_trap_stack_top:
