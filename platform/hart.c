/*
 * Hart start-up, the portable half: a mailbox per hart, handed over with
 * release/acquire atomics.  The method's half (platform/<arch>/hart_*.c,
 * declared in arch.h) wakes a hart, makes a woken hart wait, and puts a
 * finished one to rest.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "arch.h"
#include "hart.h"
#include "timer.h"
#include "platform.h"

enum { SLOT_IDLE, SLOT_STARTING, SLOT_RUNNING, SLOT_DONE };

struct slot {
    void (*fn)(void *);
    void *arg;
    int state;              /* accessed only with __atomic builtins */
};

static struct slot slots[KIT_MAX_HARTS];

void (*kit_timer_stop_hook)(void);

int kit_hart_start(unsigned hart, void (*fn)(void *), void *arg)
{
    struct slot *s = &slots[hart];
    int state, err;

    if (hart >= KIT_MAX_HARTS || hart == kit_boot_info.hart) {
        errno = EINVAL;
        return -1;
    }
    /* A hart the image has a stack for but the machine lacks (QEMU's
     * -smp below BOARD_MAX_HARTS): a CLINT or release-slot wake-up would
     * go nowhere and kit_hart_wait would spin for ever. */
    if (kit_devicetree_has_hart(hart) == 0) {
        errno = ENODEV;
        return -1;
    }
    state = __atomic_load_n(&s->state, __ATOMIC_ACQUIRE);
    if (state == SLOT_STARTING || state == SLOT_RUNNING) {
        errno = EBUSY;
        return -1;
    }
    s->fn = fn;
    s->arg = arg;
    /* Release: fn and arg are visible before the hart can see STARTING. */
    __atomic_store_n(&s->state, SLOT_STARTING, __ATOMIC_RELEASE);
    err = kit_arch_hart_wake(hart);
    if (err) {
        __atomic_store_n(&s->state, SLOT_IDLE, __ATOMIC_RELAXED);
        errno = -err;
        return -1;
    }
    return 0;
}

int kit_hart_done(unsigned hart)
{
    return hart < KIT_MAX_HARTS
        && __atomic_load_n(&slots[hart].state, __ATOMIC_ACQUIRE) == SLOT_DONE;
}

void kit_hart_wait(unsigned hart)
{
    while (hart < KIT_MAX_HARTS && !kit_hart_done(hart)
           && __atomic_load_n(&slots[hart].state, __ATOMIC_ACQUIRE) != SLOT_IDLE)
        ;
}

unsigned kit_hart_self(void)
{
    return kit_arch_hart_self();
}

/*
 * Every hart but the boot hart arrives here from crt0, on its own stack.
 * It must not read its slot before it is woken: until then the boot hart
 * may still be zeroing .bss, where the slots live.
 */
void kit_hart_secondary(uintptr_t hart)
{
    struct slot *s = &slots[hart];

    for (;;) {
        kit_arch_hart_wait((unsigned)hart);
        if (__atomic_load_n(&s->state, __ATOMIC_ACQUIRE) == SLOT_STARTING) {
            __atomic_store_n(&s->state, SLOT_RUNNING, __ATOMIC_RELAXED);
            s->fn(s->arg);
            /* A timer the function set does not outlive it, and the hart
             * waits for its next job with interrupts masked, as
             * kit_arch_hart_wait expects (timer.h). */
            if (kit_timer_stop_hook)    /* a timer was used (arch.h) */
                kit_timer_stop_hook();
            kit_arch_irq_save();
            __atomic_store_n(&s->state, SLOT_DONE, __ATOMIC_RELEASE);
        }
        kit_arch_hart_rest((unsigned)hart);
    }
}
