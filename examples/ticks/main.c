/*
 * Timer interrupts: a 10 Hz tick counts in the background while main
 * sleeps in wfi (usleep), then a one-shot ends the wait.
 *
 *     make APP=examples/ticks                 (any board; BOARD=virt-aarch64 ...)
 *
 * On a board without a timer interrupt (raspi3b) it says so: ENOSYS.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "../../platform/platform.h"
#include "../../platform/timer.h"

static volatile int done;

/* Runs in the interrupt: short, no stdio. */
static void ring(void)
{
    done = 1;
}

static unsigned long long ms(void)
{
    return (unsigned long long)(kit_counter() * 1000u / kit_counter_hz());
}

int main(void)
{
    unsigned long long t0;

    if (kit_timer_periodic(10, NULL) != 0) {
        printf("no timer interrupt on this board: %s\n", strerror(errno));
        return 0;
    }
    t0 = ms();
    for (int i = 0; i < 5; i++) {
        usleep(250000);
        printf("%4llu ms: %llu ticks\n", ms() - t0, (unsigned long long)kit_timer_ticks());
    }
    kit_timer_oneshot(300000000, ring);         /* 300 ms */
    while (!done)
        usleep(1000);
    printf("%4llu ms: one-shot rang; %llu ticks\n", ms() - t0,
           (unsigned long long)kit_timer_ticks());
    kit_timer_stop();
    return 0;
}
