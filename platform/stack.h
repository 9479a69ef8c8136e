/*
 * Where each hart's stack and its guard are (linker/kit.ld), and its trap
 * stack and that one's guard, for the trap report ("stack overflow" names
 * the guard), RISC-V M-mode's PMP entries and the optional high-water
 * report (STACK_REPORT=1).
 *
 *   hart h: stack [top - KIT_STACK_SIZE, top), guard [top - pitch,
 *   top - KIT_STACK_SIZE), top = kit_stack_top(h)
 *
 * pitch is KIT_STACK_PITCH (board_config.h: KIT_STACK_SIZE +
 * KIT_STACK_GUARD, worked out once in mk/stack.mk, which crt0 uses too).
 */
#ifndef KIT_STACK_H
#define KIT_STACK_H

#include <stdint.h>
#include "board_config.h"

extern char __kit_stacks_start[], __kit_stacks_end[];      /* linker/kit.ld */

/* The top of hart h's stack: crt0 starts sp there (16-byte aligned). */
static inline uintptr_t kit_stack_top(unsigned hart)
{
    return (uintptr_t)__kit_stacks_end - (uintptr_t)hart * KIT_STACK_PITCH;
}

/* The guard [*lo, *hi) that addr lies in, and whose it is: the hart id, or
 * -1 when addr is in no guard. */
int kit_stack_guard_of(uintptr_t addr, uintptr_t *lo, uintptr_t *hi);

/*
 * The trap stacks (linker/kit.ld, .trap_stacks; boot/trap.h): hart h's
 * slot is KIT_TRAP_STACK_PITCH bytes from __kit_trap_stacks_start +
 * h * pitch: its guard (KIT_TRAP_STACK_GUARD bytes), then its trap stack,
 * whose top holds the hart's trap state.
 */
extern char __kit_trap_stacks_start[], __kit_trap_stacks_end[];

static inline uintptr_t kit_trap_stack_top(unsigned hart)
{
    return (uintptr_t)__kit_trap_stacks_start + ((uintptr_t)hart + 1) * KIT_TRAP_STACK_PITCH;
}

/* As kit_stack_guard_of, for the trap stacks' guards. */
int kit_trap_guard_of(uintptr_t addr, uintptr_t *lo, uintptr_t *hi);

/* STACK_REPORT=1: the boot hart's stack is painted at start; at exit the
 * deepest use is printed.  Without it, both do nothing. */
void kit_stack_paint(void);
void kit_stack_report(void);

/* At exit, before the status goes out: STACK_REPORT's figure. */
void kit_stack_exit_check(void);

#endif
