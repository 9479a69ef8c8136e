/* kit-test: each hart has its own timer: a second hart ticks and sleeps while the boot hart does the same at another rate
 * needs: timer smp
 * exercises: gicv3
 * qemu: -smp 2 -icount shift=0,sleep=off
 * checks: yes
 * expect: timer_secondary done
 * expect-exit: 0
 */

/*
 * Tolerances as in timer.c: a tick count over N periods is N or N - 1;
 * a sleep is never early and at most 100 us late.  Hart 1 may not use
 * stdio (hart.h): it leaves its figures in memory for the boot hart.
 * The other hart is 1, or 0 where the firmware booted on hart 1
 * (OpenSBI's fw_jump lets any hart win the boot lottery).
 */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include "../../platform/hart.h"
#include "../../platform/platform.h"
#include "../../platform/timer.h"

struct result {
    int started;
    uint64_t ticks, slept_us;
};

static uint64_t now_us(void)
{
    return kit_counter() * 1000000u / kit_counter_hz();
}

static void check(int ok, const char *what, long long got)
{
    printf("%s %s (%lld)\n", ok ? "PASS" : "FAIL", what, got);
}

/* On the other hart: 10 kHz for a 5 ms sleep. */
static void other(void *arg)
{
    struct result *r = arg;
    uint64_t t0;

    r->started = kit_timer_periodic(10000, NULL) == 0;
    t0 = now_us();
    usleep(5000);
    r->slept_us = now_us() - t0;
    r->ticks = kit_timer_ticks();
}

int main(void)
{
    static struct result r;
    uint64_t t0, dt, t;
    unsigned peer = kit_hart_self() == 1 ? 0 : 1;

    check(kit_timer_periodic(1000, NULL) == 0, "boot hart: 1 kHz", 0);
    check(kit_hart_start(peer, other, &r) == 0, "the other hart started", 0);
    t0 = now_us();
    usleep(8000);
    dt = now_us() - t0;
    kit_hart_wait(peer);
    t = kit_timer_ticks();
    kit_timer_stop();
    check(dt >= 8000 && dt <= 8000 + 100, "boot hart: usleep(8000) took 8000..8100 us", (long long)dt);
    check(t >= 7 && t <= 8, "boot hart: 7..8 ticks of its own 1 kHz", (long long)t);
    check(r.started, "other hart: its own periodic timer started", 0);
    check(r.slept_us >= 5000 && r.slept_us <= 5000 + 100,
          "other hart: usleep(5000) took 5000..5100 us", (long long)r.slept_us);
    check(r.ticks >= 49 && r.ticks <= 50, "other hart: 49..50 ticks of its own 10 kHz", (long long)r.ticks);
    printf("timer_secondary done\n");
    return 0;
}
