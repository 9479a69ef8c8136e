/* kit-test: timer interrupts: a periodic tick, a one-shot, usleep/nanosleep in wfi, FP state kept
 * needs: timer
 * exercises: gicv3
 * qemu: -icount shift=0,sleep=off
 * checks: yes
 * expect: timer checks done
 * expect-exit: 0
 */

/*
 * Under -icount every instruction takes the same virtual time, so the
 * counter and the interrupts are deterministic and a tolerance can be
 * tight (and sleeps cost no real time: sleep=off skips idle time).  Tolerances: a tick count over a busy-wait of N periods is N or
 * N - 1 (the last tick may be due but not yet taken); a one-shot or a
 * sleep ends no earlier than asked and at most 100 us late (1% of 10 ms).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include "../../platform/platform.h"
#include "../../platform/timer.h"

#define LATE_US 100

static volatile unsigned calls;
static volatile uint64_t oneshot_at;
static volatile unsigned oneshots;
static volatile double fp_noise;

static void check(int ok, const char *what, long long got)
{
    printf("%s %s (%lld)\n", ok ? "PASS" : "FAIL", what, got);
}

static uint64_t now_us(void)
{
    return kit_counter() * 1000000u / kit_counter_hz();
}

static void spin_us(uint64_t us)
{
    uint64_t end = now_us() + us;

    while (now_us() < end)
        ;
}

/* Uses FP registers in the interrupt: the interrupted code's must survive. */
static void on_tick(void)
{
    calls++;
    fp_noise = fp_noise * 0.5 + 3.25;
}

static void on_oneshot(void)
{
    oneshot_at = now_us();
    oneshots++;
}

static void periodic(void)
{
    uint64_t t;

    check(kit_timer_periodic(10000, on_tick) == 0, "periodic 10 kHz starts", 0);
    spin_us(10000);
    t = kit_timer_ticks();
    check(t >= 99 && t <= 100, "10 ms busy-wait: 99..100 ticks", (long long)t);
    check(calls == t, "the callback ran once a tick", calls);
    kit_timer_stop();
    t = kit_timer_ticks();
    spin_us(1000);
    check(kit_timer_ticks() == t, "no tick after kit_timer_stop", (long long)(kit_timer_ticks() - t));
    check(kit_timer_periodic(0, NULL) == -1 && errno == EINVAL, "0 Hz is EINVAL", errno);
}

/* A callback may re-arm its timer, and a sleep inside it waits on the
 * counter (no interrupt can come while it runs). */
static volatile unsigned rearms;
static volatile uint64_t in_cb_slept;

static void rearming(void)
{
    uint64_t t0 = now_us();

    usleep(200);
    in_cb_slept = now_us() - t0;
    if (++rearms < 3)
        kit_timer_oneshot(500000, rearming);
}

static void oneshot(void)
{
    uint64_t start = now_us();

    check(kit_timer_oneshot(2000000, on_oneshot) == 0, "one-shot in 2 ms", 0);
    spin_us(3000);
    check(oneshots == 1, "the one-shot fired once", oneshots);
    check(oneshot_at - start >= 2000 && oneshot_at - start <= 2000 + LATE_US,
          "it fired 2000..2100 us after", (long long)(oneshot_at - start));

    kit_timer_oneshot(500000, rearming);
    spin_us(3000);
    check(rearms == 3, "a callback re-armed its one-shot twice", rearms);
    check(in_cb_slept >= 200 && in_cb_slept <= 200 + LATE_US,
          "usleep(200) in a callback took 200..300 us", (long long)in_cb_slept);
}

static void sleeps(void)
{
    struct timespec ts = { 0, 2500000 }, rem = { 9, 9 };
    uint64_t t0, dt;

    t0 = now_us();
    check(usleep(10000) == 0, "usleep(10000) returns 0", 0);
    dt = now_us() - t0;
    check(dt >= 10000 && dt <= 10000 + LATE_US, "usleep(10000) took 10000..10100 us", (long long)dt);

    t0 = now_us();
    check(nanosleep(&ts, &rem) == 0 && rem.tv_sec == 0 && rem.tv_nsec == 0,
          "nanosleep(2.5 ms) returns 0, rem 0", 0);
    dt = now_us() - t0;
    check(dt >= 2500 && dt <= 2500 + LATE_US, "nanosleep(2.5 ms) took 2500..2600 us", (long long)dt);

    ts.tv_nsec = 1000000000;
    check(nanosleep(&ts, NULL) == -1 && errno == EINVAL, "tv_nsec 1e9 is EINVAL", errno);

    t0 = now_us();
    check(sleep(1) == 0, "sleep(1) returns 0", 0);
    dt = now_us() - t0;
    check(dt >= 1000000 && dt <= 1000000 + LATE_US, "sleep(1) took 1000000..1000100 us", (long long)dt);
}

/* A periodic tick goes on while the program sleeps; and FP arithmetic in
 * the program gives exact results while the callback does FP too. */
static void tick_during_sleep(void)
{
    double sum = 0;
    uint64_t t;

    calls = 0;
    kit_timer_periodic(10000, on_tick);
    usleep(20000);
    t = kit_timer_ticks();
    check(t >= 199 && t <= 200, "20 ms usleep with a 10 kHz tick: 199..200 ticks", (long long)t);
    for (int i = 0; i < 200000; i++)
        sum += 0.25;
    kit_timer_stop();
    check(calls > 200 && sum == 50000.0, "FP sum exact across ticks", calls);
}

int main(void)
{
    periodic();
    oneshot();
    sleeps();
    tick_during_sleep();
    printf("timer checks done\n");
    return 0;
}
