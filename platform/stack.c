/*
 * Stack guards, the portable half (see stack.h).  The guards themselves are
 * enforced by hardware where the board has it: RISC-V M-mode PMP
 * (boot/riscv/pmp.c), AArch64 page tables (linker/mmu_tables.ld.S).
 */
#include <stdint.h>
#include "board_config.h"
#include "platform.h"
#include "stack.h"

extern char __kit_stacks_start[], __kit_stacks_end[];

int kit_stack_guard_of(uintptr_t addr, uintptr_t *lo, uintptr_t *hi)
{
    uintptr_t end = (uintptr_t)__kit_stacks_end, h;

    if (addr < (uintptr_t)__kit_stacks_start || addr >= end)
        return -1;
    h = (end - 1 - addr) / KIT_STACK_PITCH;
    *hi = end - h * KIT_STACK_PITCH - KIT_STACK_SIZE;
    *lo = *hi - KIT_STACK_GUARD;
    return addr >= *lo && addr < *hi ? (int)h : -1;
}

void kit_stack_guard_range(unsigned hart, uintptr_t *lo, uintptr_t *hi)
{
    *lo = (uintptr_t)__kit_stacks_end - (hart + 1) * (uintptr_t)KIT_STACK_PITCH;
    *hi = *lo + KIT_STACK_GUARD;
}

/* A pattern unlikely in a stack: neither 0, a small number nor an address. */
#define SENTINEL ((uintptr_t)0x5afe57ac5afe57acull)

static uintptr_t *guard_base(unsigned hart)
{
    return (uintptr_t *)((uintptr_t)__kit_stacks_end
                         - (hart + 1) * (uintptr_t)KIT_STACK_PITCH);
}

void kit_stack_sentinel_set_all(void)
{
    unsigned h, i;

    for (h = 0; h < KIT_MAX_HARTS; h++) {
        uintptr_t *w = guard_base(h);

        for (i = 0; i < KIT_STACK_GUARD / sizeof *w; i++)
            w[i] = SENTINEL;
    }
}

/* Every word: a frame may step over some without writing them. */
int kit_stack_sentinel_broken(void)
{
    unsigned h, i;

    for (h = 0; h < KIT_MAX_HARTS; h++) {
        uintptr_t *w = guard_base(h);

        for (i = 0; i < KIT_STACK_GUARD / sizeof *w; i++)
            if (w[i] != SENTINEL)
                return (int)h;
    }
    return -1;
}

#if KIT_STACK_REPORT
#define PAINT 0xa5a5a5a5u

/* Boot hart, before C runs deep: below the current frame only. */
void kit_stack_paint(void)
{
    uintptr_t top = (uintptr_t)__kit_stacks_end
                    - kit_boot_info.hart * KIT_STACK_PITCH;
    uint32_t *p = (uint32_t *)(top - KIT_STACK_SIZE);
    uint32_t *here = (uint32_t *)((uintptr_t)__builtin_frame_address(0) - 256);

    while (p < here)
        *p++ = PAINT;
}

void kit_stack_report(void)
{
    uintptr_t top = (uintptr_t)__kit_stacks_end
                    - kit_boot_info.hart * KIT_STACK_PITCH;
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
#if defined(KIT_MODE_S)
    int h = kit_stack_sentinel_broken();

    if (h >= 0) {
        uintptr_t lo, hi;

        kit_stack_guard_range((unsigned)h, &lo, &hi);
        kit_puts("\nkit: stack overflow: at exit, the sentinel in the stack guard of hart ");
        kit_putdec((unsigned)h);
        kit_puts(" is overwritten: ");
        kit_puthex(lo);
        kit_puts("-");
        kit_puthex(hi);
        kit_puts("\n");
        kit_exit(KIT_EXIT_FAULT);
    }
#endif
    kit_stack_report();
}
