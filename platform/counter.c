/*
 * The counter's frequency: one rule for every architecture.
 *
 *   1. the devicetree's /cpus/timebase-frequency (Devicetree Spec 3.7),
 *      when the firmware handed one over: it describes this very machine;
 *   2. the architecture's own register (AArch64 CNTFRQ_EL0), which
 *      firmware programs; RISC-V has none;
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
    uint64_t hz = kit_devicetree_timebase();    /* read once, when first asked */

    if (hz)
        return hz;
    hz = kit_arch_counter_hz();
    return hz ? hz : kit_board.timer_hz;
}
