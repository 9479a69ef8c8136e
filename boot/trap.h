/*
 * The trap frame and each hart's trap state, shared by the trap entries
 * (boot/riscv/trap_entry.S, boot/aarch64/vectors.S) and the C that reads
 * them (boot/<arch>/trap.c).  Only #defines: safe to include from
 * assembly.
 *
 * Each hart's trap slot (linker/kit.ld, .trap_stacks) is, from the bottom:
 * a guard (KIT_TRAP_STACK_GUARD bytes, never accessible: a trap-stack
 * overflow faults there), the trap stack, and at its very top the hart's
 * trap state block (TRAP_BLOCK bytes).  The entry finds the block from
 * constants alone (RISC-V: each hart's own entry stub; AArch64: MPIDR and a
 * read-only table), never from a register or memory the program can
 * change, and the state lives outside .data and .bss, below every program
 * stack and its guard: a program that scribbled over its memory still
 * gets its fault reported as itself.
 *
 * The block holds the in-trap mark and two scratch words for the entry.
 * The mark is ~block while the handler runs (the trap being handled: an
 * interrupt whose callback may fault, or a fault being reported), and
 * ~(block + 1) while the handler reports a fault inside itself; any other
 * value (0, as crt0 leaves it, or garbage) means "not in the handler".  A
 * stray store is not going to write the one value that means nested.
 * The entry sets the mark before it saves a frame, so that a fault in the
 * saving itself goes one level on (and in the end gives up) rather than
 * saving the same frame, and faulting, for ever.
 *
 * Frames: the first trap's frame sits right below the block; a fault
 * inside the handler gets its own frame below that one (TRAP_FIRST_BYTES
 * further down), so the first trap's registers -- the interrupted pc, its
 * cause -- are still there for the report.
 */
#ifndef KIT_BOOT_TRAP_H
#define KIT_BOOT_TRAP_H

#if defined(__riscv)
#if __riscv_xlen == 64
#define SZREG 8
#else
#define SZREG 4
#endif
/* Slot n (n = 1..31) holds xn, slot 2 the interrupted sp; slot 0 holds
 * xepc, slot 32 xcause, slot 33 xtval; 34 and 35 are spare, so that a
 * frame's top word is never written (a nested frame's top is where the
 * first trap's C began: a debug trigger there, fault_in_report's, must
 * not fire again). */
#define TRAP_SLOT_EPC    0
#define TRAP_SLOT_CAUSE  32
#define TRAP_SLOT_TVAL   33
#define TRAP_XFRAME      (36 * SZREG)
#if defined(__riscv_flen)
#if __riscv_flen == 64
#define SZFREG 8
#else
#define SZFREG 4
#endif
/* After the integer slots: f0-f7, f10-f17, f28-f31 (20), then fcsr. */
#define TRAP_FSLOT(n)    (TRAP_XFRAME + (n) * SZFREG)
#define TRAP_FRAME       ((TRAP_XFRAME + 21 * SZFREG + 15) & ~15)
#else
#define TRAP_FRAME       ((TRAP_XFRAME + 15) & ~15)
#endif
/* The first trap's frame, and how far below the block a nested one is. */
#define TRAP_FIRST_BYTES TRAP_FRAME
#define TRAP_BLOCK       ((3 * SZREG + 15) & ~15)
#define TRAP_BLK_MARK    0
#define TRAP_BLK_T0      SZREG
#define TRAP_BLK_T1      (2 * SZREG)

#elif defined(__aarch64__)
/* x0-x30 at 8 * n, then the interrupted sp (slot 31), ELR_EL1, ESR_EL1,
 * FAR_EL1, SPSR_EL1 and the vector slot the trap came through (32-36);
 * 37 is spare (as on RISC-V: a frame's top word is never written). */
#define TRAP_SLOT_SP     31
#define TRAP_SLOT_ELR    32
#define TRAP_SLOT_ESR    33
#define TRAP_SLOT_FAR    34
#define TRAP_SLOT_SPSR   35
#define TRAP_SLOT_VECTOR 36
#define TRAP_FRAME       (38 * 8)
/* Below it, for the first trap: the FP/SIMD registers an interrupted C
 * function may lose (vectors.S: q0-q7, q16-q31, FPSR, FPCR). */
#define TRAP_FPFRAME     (24 * 16 + 16)
#define TRAP_FIRST_BYTES (TRAP_FRAME + TRAP_FPFRAME)
#define TRAP_BLOCK       32
#define TRAP_BLK_MARK    0
#define TRAP_BLK_X0      16             /* x0, x1 as the vector found them */
#endif

/* The levels the entry hands to C (kit_trap's `level`). */
#define TRAP_LEVEL_PROGRAM  0           /* the program (or boot code) trapped */
#define TRAP_LEVEL_HANDLER  1           /* the handler itself faulted */

#endif
