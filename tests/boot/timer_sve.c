/* kit-test: on a core with SVE the timer is ENOSYS (the trap path does not save Z/P/FFR), and usleep still waits
 * libcs: newlib
 * archs: aarch64
 * needs: vector
 * qemu: -icount shift=0,sleep=off
 * expect: periodic: -1 ENOSYS
 * expect: oneshot: -1 ENOSYS
 * expect: ticks: 0
 * expect: usleep(1000) waited 1000..1100 us: yes
 * expect-exit: 0
 */

/*
 * Runs on the SVE boards (virt-aarch64-sve and its EL2/EL3 twins: the
 * variants that add `vector`).  platform/aarch64/timer_gicv2.c says why
 * the timer is ENOSYS there.
 */
#include "timer_none.c"
