/*
 * Stack guards, the portable half (see stack.h): the program stacks' and
 * the trap stacks'.  The guards themselves are enforced by hardware on
 * every board: RISC-V M-mode PMP (boot/riscv/pmp.c), AArch64 and RISC-V
 * S-mode page tables (linker/mmu_tables.ld.S).
 */
#include <stdint.h>
#include "board_config.h"
#include "platform.h"
#include "stack.h"

int kit_stack_guard_of(uintptr_t addr, uintptr_t *lo, uintptr_t *hi)
{
    uintptr_t end = (uintptr_t)__kit_stacks_end, h;

    if (addr < (uintptr_t)__kit_stacks_start || addr >= end)
        return -1;
    h = (end - 1 - addr) / KIT_STACK_PITCH;
    *hi = kit_stack_top((unsigned)h) - KIT_STACK_SIZE;
    *lo = *hi - KIT_STACK_GUARD;
    return addr >= *lo && addr < *hi ? (int)h : -1;
}

int kit_trap_guard_of(uintptr_t addr, uintptr_t *lo, uintptr_t *hi)
{
    uintptr_t start = (uintptr_t)__kit_trap_stacks_start, h;

    if (addr < start || addr >= (uintptr_t)__kit_trap_stacks_end)
        return -1;
    h = (addr - start) / KIT_TRAP_STACK_PITCH;
    *lo = start + h * KIT_TRAP_STACK_PITCH;
    *hi = *lo + KIT_TRAP_STACK_GUARD;
    return addr < *hi ? (int)h : -1;
}

#if KIT_STACK_REPORT
#define PAINT 0xa5a5a5a5u

/* Boot hart, before C runs deep: below the current frame only. */
void kit_stack_paint(void)
{
    uint32_t *p = (uint32_t *)(kit_stack_top(kit_boot_info.hart) - KIT_STACK_SIZE);
    uint32_t *here = (uint32_t *)((uintptr_t)__builtin_frame_address(0) - 256);

    while (p < here)
        *p++ = PAINT;
}

void kit_stack_report(void)
{
    uintptr_t top = kit_stack_top(kit_boot_info.hart);
    uint32_t *p = (uint32_t *)(top - KIT_STACK_SIZE);

    while (p < (uint32_t *)top && *p == PAINT)
        p++;
    kit_puts("kit: stack high-water mark: ");
    kit_putdec((uint64_t)(top - (uintptr_t)p));
    kit_puts(" of ");
    kit_putdec(KIT_STACK_SIZE);
    kit_puts(" bytes\n");
}
#else
void kit_stack_paint(void) {}
void kit_stack_report(void) {}
#endif

void kit_stack_exit_check(void)
{
    kit_stack_report();
}
