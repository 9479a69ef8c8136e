/*
 * A board with no timer interrupt the kit can drive (BOARD_TIMER = none,
 * e.g. raspi3b, whose per-core timer interrupts go through the BCM2836
 * local interrupt controller, not a GIC): every kit_timer_* call answers
 * ENOSYS, and sleeps spin on the counter instead (syscalls/sleep.c).
 */
#include <errno.h>
#include <stdint.h>
#include "arch.h"

int kit_arch_timer_init(unsigned hart)
{
    (void)hart;
    return -ENOSYS;
}

void kit_arch_timer_set(unsigned hart, uint64_t deadline)
{
    (void)hart;
    (void)deadline;
}

int kit_arch_timer_pending(unsigned hart)
{
    (void)hart;
    return 0;
}

int kit_arch_timer_irq(unsigned hart, uintptr_t code)
{
    (void)hart;
    (void)code;
    return 0;
}
