/*
 * The counter's frequency: one rule for every architecture.
 *
 *   1. the architecture's own register, where it has one: AArch64's
 *      CNTFRQ_EL0, which firmware must program (ARM ARM D11.1.2; the
 *      devicetree binding arm,armv8-timer keeps its clock-frequency only
 *      for firmware that fails to).  Asking it first costs one read; the
 *      devicetree on QEMU's arm virt has no timebase, so asking the blob
 *      first meant reading all of it (about 62 000 instructions) on the
 *      first clock().  RISC-V has no such register: 0;
 *   2. the devicetree's /cpus/timebase-frequency (Devicetree Spec 3.7,
 *      the RISC-V binding), read once, when first asked;
 *   3. the board file's BOARD_TIMER_HZ, for boards with neither;
 *   4. 0: nobody knows.  syscalls/time.c then reports ENOSYS rather than
 *      dividing by zero.
 */
#include <stdint.h>
#include "arch.h"
#include "board.h"
#include "platform.h"

uint64_t kit_counter_hz(void)
{
    uint64_t hz = kit_arch_counter_hz();

    if (hz)
        return hz;
    hz = kit_devicetree_timebase();
    return hz ? hz : kit_board.timer_hz;
}
