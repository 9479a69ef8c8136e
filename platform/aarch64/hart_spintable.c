/*
 * Starting cores through a spin table (the Raspberry Pi firmware's way;
 * Linux's Documentation/arm64/booting.rst, "spin-table"): each secondary
 * core waits in a `wfe` loop reading a 64-bit release address at
 * KIT_SPIN_TABLE + 8 * core (0xd8 on the Pi); writing kit_secondary_entry
 * there and `sev` sends it into crt0.  On the real board the firmware runs
 * that loop; QEMU raspi3b starts every core at _start, so crt0 runs it.
 * A released core cannot be powered off again, so when its function
 * returns it sleeps in `wfe` until kit_hart_start wakes it again.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"

int kit_arch_hart_wake(unsigned hart)
{
    volatile uint64_t *release = (volatile uint64_t *)(uintptr_t)(KIT_SPIN_TABLE + 8 * hart);

    if (hart == KIT_BOOT_HART || hart >= KIT_MAX_HARTS)
        return -EINVAL;
    *release = (uint64_t)(uintptr_t)kit_secondary_entry;
    /* The spinning core reads with its caches off: push the write out to
     * memory (dc civac) before waking it. */
    __asm__ volatile("dc civac, %0\n dsb sy\n sev" :: "r"(release) : "memory");
    return 0;
}

void kit_arch_hart_wait(unsigned hart)
{
    (void)hart;
}

/* Back to waiting for a new start: the slot goes STARTING again only
 * through kit_hart_start, which wakes us with `sev`. */
void kit_arch_hart_rest(unsigned hart)
{
    (void)hart;
    __asm__ volatile("wfe");
}
