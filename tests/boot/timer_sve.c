/* kit-test: on a core with SVE the timer is ENOSYS (the trap path does not save Z/P/FFR), and usleep still waits
 * libcs: newlib
 * boards: virt-aarch64
 * qemu: -icount shift=0,sleep=off -cpu max,sve-max-vq=2
 * expect: periodic: -1 ENOSYS
 * expect: oneshot: -1 ENOSYS
 * expect: ticks: 0
 * expect: usleep(1000) waited 1000..1100 us: yes
 * expect-exit: 0
 */

/*
 * QEMU takes the last -cpu: this is virt-aarch64 with the CPU of the
 * virt-aarch64-sve board.  platform/aarch64/timer_gicv2.c says why.
 */
#include "timer_none.c"
