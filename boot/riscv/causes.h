/*
 * RISC-V exception causes in words: the Privileged Spec's table 3.6
 * ("Machine cause register values after trap"), and which causes leave
 * the faulting address in xtval (3.1.16).  Plain C with no includes, so
 * that the trap decoder (boot/riscv/trap.c) and the host runner, which
 * expands a FAULT_CODES=1 report (tools/runner/faultcode.c), share it.
 */
#ifndef KIT_RISCV_CAUSES_H
#define KIT_RISCV_CAUSES_H

/* By code, one after another, each ending in its NUL (an empty one: a
 * reserved code). */
#define KIT_RISCV_EXCEPTION_NAMES \
    "instruction address misaligned\0"    /* 0 */ \
    "instruction access fault\0" \
    "illegal instruction\0" \
    "breakpoint\0" \
    "load address misaligned\0"           /* 4 */ \
    "load access fault\0" \
    "store/AMO address misaligned\0" \
    "store/AMO access fault\0" \
    "environment call from U-mode\0"      /* 8 */ \
    "environment call from S-mode\0" \
    "\0" \
    "environment call from M-mode\0" \
    "instruction page fault\0"            /* 12 */ \
    "load page fault\0" \
    "\0" \
    "store/AMO page fault"                 /* 15 */

/* The causes whose xtval is the faulting address (Privileged Spec 3.1.16). */
#define ADDR_CAUSES ((1u << 0) | (1u << 1) | (1u << 4) | (1u << 5) | \
                     (1u << 6) | (1u << 7) | (1u << 12) | (1u << 13) | (1u << 15))
#define FETCH_CAUSES ((1u << 0) | (1u << 1) | (1u << 12))

#endif
