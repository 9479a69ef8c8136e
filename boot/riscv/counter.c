/*
 * The platform's real-time counter, at the timebase frequency the board
 * file gives (on QEMU virt the DTB's /cpus/timebase-frequency, 10 MHz).
 *
 * Read through the `time` CSR (Unprivileged Spec, "Zicntr") where the
 * hart implements it; QEMU's SiFive machines do not (rdtime is an illegal
 * instruction there), so their board files name the CLINT's memory-mapped
 * mtime register instead (BOARD_MTIME).
 */
#include <stdint.h>
#include "../../platform/platform.h"
#include "../../platform/board.h"
#include "../../drivers/mmio.h"

/* mtime is 64 bits; on rv32 read it in halves, retrying on a carry. */
static uint64_t read_mtime(uintptr_t addr)
{
    uint32_t hi, lo;

    do {
        hi = mmio_read32(addr + 4);
        lo = mmio_read32(addr);
    } while (hi != mmio_read32(addr + 4));
    return ((uint64_t)hi << 32) | lo;
}

static uint64_t read_time_csr(void)
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

uint64_t kit_counter(void)
{
    return KIT_MTIME_ADDR ? read_mtime(KIT_MTIME_ADDR) : read_time_csr();
}

/* The board file's rate, until the devicetree's /cpus/timebase-frequency
 * says otherwise (platform/devicetree.c). */
static uint64_t timebase_hz;

void kit_counter_set_hz(uint64_t hz)
{
    timebase_hz = hz;
}

uint64_t kit_counter_hz(void)
{
    return timebase_hz ? timebase_hz : kit_board.timer_hz;
}
