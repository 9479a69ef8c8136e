/* kit-test: a timer the interrupt controller cannot deliver (virt started with a GICv3, the board file says GICv2) is ENOSYS, not a sleep that never wakes
 * libcs: newlib
 * boards: virt-aarch64
 * qemu: -icount shift=0,sleep=off -M gic-version=3
 * expect: periodic: -1 ENOSYS
 * expect: oneshot: -1 ENOSYS
 * expect: ticks: 0
 * expect: usleep(1000) waited 1000..1100 us: yes
 * expect-exit: 0
 */

/*
 * The kit raises the timer once when it sets it up and sees whether the
 * core gets the interrupt (platform/timer.c, reaches_hart).
 */
#include "timer_none.c"
