/*
 * Starting cores through a spin table (the Raspberry Pi firmware's way;
 * Linux's Documentation/arm64/booting.rst, "spin-table"): each secondary
 * core waits reading a 64-bit release address at KIT_SPIN_TABLE + 8 * core
 * (0xd8 on the Pi); writing kit_secondary_entry there and waking the core
 * sends it into crt0.  On the real board the firmware runs that loop, in
 * `wfe`; QEMU raspi3b starts every core at _start, so crt0 runs it.  A
 * released core cannot be powered off again, so when its function returns
 * it sleeps until kit_hart_start wakes it again.
 *
 * How a core sleeps: QEMU 7.2's TCG runs WFE as a yield, not a sleep, so
 * a core waiting in a `wfe` loop spins on its host thread at full speed
 * and takes the host CPU from the core running the program.  WFI really
 * halts the vCPU until an interrupt is pending, and a pending IRQ wakes
 * WFI even while PSTATE.I masks it (ARM ARM D1.16.2), so no handler is
 * needed.  A board with a doorbell (KIT_HART_DOORBELL: raspi3b's BCM2836
 * local peripherals, doorbell.h) has an IRQ to wake a core with: a write
 * to the core's mailbox 3.  There a waiting core sleeps in `wfi`, and a
 * wake-up is the release write, then the doorbell; without one it is
 * `wfe` and `sev`, as before.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"
#include "../../drivers/mmio.h"
#include "doorbell.h"

int kit_arch_hart_wake(unsigned hart)
{
    volatile uint64_t *release = (volatile uint64_t *)(uintptr_t)(KIT_SPIN_TABLE + 8 * hart);

    if (hart == KIT_BOOT_HART || hart >= KIT_MAX_HARTS)
        return -EINVAL;
    *release = (uint64_t)(uintptr_t)kit_secondary_entry;
    /* The waiting core reads with its caches off: push the write out to
     * memory (dc civac), and finish it (dsb) before the wake-up.  `sev`
     * for a core in `wfe` (no doorbell, or the real firmware's loop). */
    __asm__ volatile("dc civac, %0\n dsb sy\n sev" :: "r"(release) : "memory");
    /* The doorbell only after the dsb: a core that clears its mailbox and
     * then reads a slot of 0 (crt0.S, wait_for_release) is sure to get
     * the ring afterwards, and its wfi returns at once. */
    if (KIT_HART_DOORBELL)
        mmio_write32((uintptr_t)KIT_HART_DOORBELL + DOORBELL_SET(hart), 1);
    return 0;
}

/* On the woken core, before platform/hart.c reads its slot state: with a
 * doorbell, acknowledge it (clear this core's mailbox 3) first, so a ring
 * for a start that comes after that read stays pending and the next wfi
 * (kit_arch_hart_rest) returns at once.  Also enable the mailbox's IRQ: a
 * core the real firmware released never ran crt0's wait loop, which does
 * that. */
void kit_arch_hart_wait(unsigned hart)
{
    if (!KIT_HART_DOORBELL)
        return;
    mmio_write32((uintptr_t)KIT_HART_DOORBELL + DOORBELL_IRQ_CTRL(hart),
                 mmio_read32((uintptr_t)KIT_HART_DOORBELL + DOORBELL_IRQ_CTRL(hart))
                 | DOORBELL_IRQ_EN);
    mmio_write32((uintptr_t)KIT_HART_DOORBELL + DOORBELL_CLR(hart), 0xffffffffu);
    mmio_fence();               /* the clear before the slot's state is read */
}

/* Back to waiting for a new start: the slot goes STARTING again only
 * through kit_hart_start, which rings the doorbell (or does `sev`).
 * platform/hart.c calls this with interrupts masked, so the doorbell's
 * IRQ is never taken: it only ends the wfi.  A spurious wake-up is
 * harmless: hart.c goes round its loop and rests again. */
void kit_arch_hart_rest(unsigned hart)
{
    (void)hart;
    if (KIT_HART_DOORBELL)
        __asm__ volatile("dsb sy\n wfi" ::: "memory");
    else
        __asm__ volatile("wfe");
}
