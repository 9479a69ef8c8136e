/* kit-test: no timer interrupt: kit_timer_* answers ENOSYS at once, usleep still waits (on the counter)
 * libcs: newlib
 * needs: !timer
 * qemu: -icount shift=0,sleep=off
 * expect: periodic: -1 ENOSYS
 * expect: oneshot: -1 ENOSYS
 * expect: ticks: 0
 * expect: usleep(1000) waited 1000..1100 us: yes
 * expect-exit: 0
 */

/*
 * raspi3b: BOARD_TIMER = none (its core timers go through the BCM2836
 * local interrupt controller, which the kit does not drive).
 * timer_gicv3.c runs the same program where a timer is configured but
 * cannot work.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "../../platform/platform.h"
#include "../../platform/timer.h"

static void nothing(void)
{
}

static void result(const char *what, int r)
{
    printf("%s: %d %s\n", what, r, r == -1 && errno == ENOSYS ? "ENOSYS" : strerror(errno));
}

int main(void)
{
    uint64_t t0, us;

    result("periodic", kit_timer_periodic(100, nothing));
    result("oneshot", kit_timer_oneshot(1000, nothing));
    printf("ticks: %llu\n", (unsigned long long)kit_timer_ticks());
    t0 = kit_counter();
    usleep(1000);
    us = (kit_counter() - t0) * 1000000u / kit_counter_hz();
    printf("usleep(1000) waited 1000..1100 us: %s (%llu)\n",
           us >= 1000 && us <= 1100 ? "yes" : "NO", (unsigned long long)us);
    return 0;
}
