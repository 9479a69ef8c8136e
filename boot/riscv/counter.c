/*
 * The `time` CSR (Unprivileged Spec, "Zicntr"): a counter at the
 * platform's timebase frequency, which the board file gives (on QEMU virt
 * the DTB's /cpus/timebase-frequency, 10 MHz).
 */
#include <stdint.h>
#include "../../platform/platform.h"
#include "../../platform/board.h"

uint64_t kit_counter(void)
{
#if __riscv_xlen == 32
    /* rv32 reads the 64-bit counter in two halves; retry if the low half
     * wrapped between the reads. */
    uint32_t hi, lo, hi2;

    do {
        __asm__ volatile("csrr %0, timeh" : "=r"(hi));
        __asm__ volatile("csrr %0, time" : "=r"(lo));
        __asm__ volatile("csrr %0, timeh" : "=r"(hi2));
    } while (hi != hi2);
    return ((uint64_t)hi << 32) | lo;
#else
    uint64_t t;

    __asm__ volatile("csrr %0, time" : "=r"(t));
    return t;
#endif
}

uint64_t kit_counter_hz(void)
{
    return kit_board.timer_hz;
}
