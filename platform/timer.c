/*
 * Timers, the portable half (timer.h): per hart, up to three deadlines on
 * the one comparator the hardware gives each hart -- the periodic tick,
 * the program's one-shot, a sleep -- with the comparator always set to
 * the earliest.  The method (BOARD_TIMER: platform/<arch>/timer_<method>.c)
 * only programs the comparator and recognises its interrupt.
 *
 * Deadlines are absolute counter values (kit_counter), so a late
 * interrupt does not drift the tick: the next tick is one period after
 * the last one due, not after the interrupt.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "arch.h"
#include "platform.h"
#include "timer.h"

#define NEVER UINT64_MAX

struct hart_timer {
    int state;                  /* 0: not set up, 1: ready, -errno: none */
    uint64_t period;            /* counter ticks; 0: no periodic tick */
    uint64_t next_tick;
    volatile uint64_t ticks;
    void (*tick_fn)(void);
    uint64_t oneshot_at;
    void (*oneshot_fn)(void);
    uint64_t wake_at;           /* a sleep's deadline */
    int in_handler;             /* running a callback, interrupts masked */
};

static struct hart_timer timers[KIT_MAX_HARTS];

static uint64_t min3(uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t m = a < b ? a : b;

    return m < c ? m : c;
}

/* Interrupts masked (or in the handler). */
static void rearm(unsigned hart)
{
    struct hart_timer *t = &timers[hart];

    kit_arch_timer_set(hart, min3(t->period ? t->next_tick : NEVER,
                                  t->oneshot_at, t->wake_at));
}

/* A timer that is set up but whose interrupt never reaches the hart (a
 * GIC or firmware the kit misjudged) would leave a sleep in wfi for good:
 * raise it once, now, and see it arrive within a millisecond of counter
 * time, or there is no timer. */
static int reaches_hart(unsigned hart)
{
    uint64_t give_up = kit_counter() + kit_counter_hz() / 1000 + 1;
    int seen = 0;

    kit_arch_timer_set(hart, 0);
    while (!seen && kit_counter() < give_up)
        seen = kit_arch_timer_pending(hart);
    kit_arch_timer_set(hart, NEVER);
    return seen;
}

/* The calling hart's timer, set up on first use; NULL with errno set. */
static struct hart_timer *own_timer(unsigned *hart)
{
    struct hart_timer *t;
    int err;

    *hart = kit_arch_hart_self();
    if (*hart >= KIT_MAX_HARTS) {
        errno = EINVAL;
        return NULL;
    }
    t = &timers[*hart];
    if (t->state == 0) {
        if (kit_counter_hz() == 0) {
            err = -ENOSYS;      /* no rate: ns cannot become ticks */
        } else {
            t->oneshot_at = t->wake_at = NEVER;
            kit_timer_irq_hook = kit_arch_timer_irq;    /* arch.h: the hooks */
            kit_timer_stop_hook = kit_timer_stop;
            err = kit_arch_timer_init(*hart);
            if (!err && !reaches_hart(*hart))
                err = -ENOSYS;
        }
        t->state = err ? err : 1;
        if (!err)
            kit_arch_irq_enable();
    }
    if (t->state < 0) {
        errno = -t->state;
        return NULL;
    }
    return t;
}

/* Leave a call that armed a timer: interrupts on, so that it can fire,
 * unless the caller is a callback (the trap handler masks them and
 * unmasks on return). */
static void armed(struct hart_timer *t, unsigned long irq)
{
    if (t->in_handler)
        kit_arch_irq_restore(irq);
    else
        kit_arch_irq_enable();
}

/* ns -> counter ticks, rounded up (a sleep is never short), without
 * overflowing for any ns and a rate up to 18 GHz. */
uint64_t kit_timer_ns_to_ticks(uint64_t ns)
{
    uint64_t hz = kit_counter_hz();

    return ns / 1000000000u * hz + ((ns % 1000000000u) * hz + 999999999u) / 1000000000u;
}

int kit_timer_periodic(uint32_t hz, void (*fn)(void))
{
    unsigned hart;
    unsigned long irq;
    struct hart_timer *t = own_timer(&hart);

    if (!t)
        return -1;
    if (hz == 0 || hz > kit_counter_hz()) {
        errno = EINVAL;
        return -1;
    }
    irq = kit_arch_irq_save();
    t->period = kit_counter_hz() / hz;
    t->next_tick = kit_counter() + t->period;
    t->tick_fn = fn;
    t->ticks = 0;
    rearm(hart);
    armed(t, irq);
    return 0;
}

int kit_timer_oneshot(uint64_t ns, void (*fn)(void))
{
    unsigned hart;
    unsigned long irq;
    struct hart_timer *t = own_timer(&hart);

    if (!t)
        return -1;
    irq = kit_arch_irq_save();
    t->oneshot_at = kit_counter() + kit_timer_ns_to_ticks(ns);
    t->oneshot_fn = fn;
    rearm(hart);
    armed(t, irq);
    return 0;
}

void kit_timer_stop(void)
{
    unsigned hart = kit_arch_hart_self();
    unsigned long irq;

    if (hart >= KIT_MAX_HARTS || timers[hart].state != 1)
        return;
    irq = kit_arch_irq_save();
    timers[hart].period = 0;
    timers[hart].oneshot_at = NEVER;
    rearm(hart);
    kit_arch_irq_restore(irq);
}

uint64_t kit_timer_ticks(void)
{
    unsigned hart = kit_arch_hart_self();

    return hart < KIT_MAX_HARTS ? timers[hart].ticks : 0;
}

int kit_timer_sleep_until(uint64_t deadline)
{
    unsigned hart;
    unsigned long irq;
    struct hart_timer *t = own_timer(&hart);

    if (!t)
        return -1;
    if (t->in_handler) {
        /* A callback that sleeps: no interrupt can come until it returns,
         * so wait on the counter. */
        while (kit_counter() < deadline)
            ;
        return 0;
    }
    irq = kit_arch_irq_save();
    t->wake_at = deadline;
    rearm(hart);
    while (kit_counter() < deadline) {
        kit_arch_wait();        /* masked: returns when one is pending */
        kit_arch_irq_enable();  /* take it (the tick, the sleep's own) */
        kit_arch_irq_save();
    }
    t->wake_at = NEVER;
    rearm(hart);
    kit_arch_irq_restore(irq);
    return 0;
}

void kit_timer_expired(unsigned hart)
{
    struct hart_timer *t;
    uint64_t now = kit_counter();

    if (hart >= KIT_MAX_HARTS)
        return;
    t = &timers[hart];
    t->in_handler = 1;
    /* Every period that has passed counts, even if the interrupt came
     * late (a long callback, a masked stretch). */
    while (t->period && t->next_tick <= now) {
        t->next_tick += t->period;
        t->ticks++;
        if (t->tick_fn)
            t->tick_fn();
    }
    if (t->oneshot_at <= now) {
        void (*fn)(void) = t->oneshot_fn;

        t->oneshot_at = NEVER;
        if (fn)
            fn();
    }
    if (t->wake_at <= now)
        t->wake_at = NEVER;
    rearm(hart);
    t->in_handler = 0;
}
