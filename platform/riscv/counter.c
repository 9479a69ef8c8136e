/*
 * The RISC-V real-time counter (Unprivileged Spec, "Zicntr": the `time`
 * CSR, a read-only shadow of the platform's mtime).
 *
 * QEMU's SiFive machines do not implement `time` (rdtime is an illegal
 * instruction there), so their board files name the CLINT's memory-mapped
 * mtime register instead (BOARD_MTIME).  RISC-V has no register that
 * tells the counter's rate: it comes from the devicetree or the board
 * file (platform/counter.c).
 */
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"
#include "../platform.h"
#include "../../drivers/mmio.h"

/*
 * A 64-bit counter read as two 32-bit halves (rv32, or mtime over a
 * 32-bit bus): read high, low, high again, and retry if the high half
 * moved, i.e. the low half wrapped between the reads.
 */
#define READ_SPLIT64(read_hi, read_lo) ({                   \
    uint32_t hi_, lo_;                                      \
    do {                                                    \
        hi_ = (read_hi);                                    \
        lo_ = (read_lo);                                    \
    } while (hi_ != (read_hi));                             \
    ((uint64_t)hi_ << 32) | lo_;                            \
})

static inline uint32_t csr_time(void)
{
    uint32_t v;

    __asm__ volatile("csrr %0, time" : "=r"(v));
    return v;
}

#if __riscv_xlen == 32
static inline uint32_t csr_timeh(void)
{
    uint32_t v;

    __asm__ volatile("csrr %0, timeh" : "=r"(v));
    return v;
}
#endif

static uint64_t read_time_csr(void)
{
#if __riscv_xlen == 32
    return READ_SPLIT64(csr_timeh(), csr_time());
#else
    uint64_t t;

    __asm__ volatile("csrr %0, time" : "=r"(t));
    return t;
#endif
}

uint64_t kit_counter(void)
{
    uintptr_t mtime = KIT_MTIME_ADDR;

    if (mtime)
        return READ_SPLIT64(mmio_read32(mtime + 4), mmio_read32(mtime));
    return read_time_csr();
}

/* No architectural frequency register on RISC-V. */
uint64_t kit_arch_counter_hz(void)
{
    return 0;
}
