/*
 * The Goldfish RTC (QEMU riscv virt at 0x101000; devicetree compatible
 * "google,goldfish-rtc"): a 64-bit count of nanoseconds since the epoch,
 * the host's time when QEMU starts.
 *
 * Registers (Android emulator, "Goldfish virtual hardware", RTC device;
 * QEMU hw/rtc/goldfish_rtc.c has the same map):
 *   0x00 TIME_LOW   read: the low 32 bits; reading it latches the high ones
 *   0x04 TIME_HIGH  read: the high 32 bits latched by the TIME_LOW read
 * so TIME_LOW is read first, then TIME_HIGH: one consistent value.
 */
#include "rtc.h"
#include "../mmio.h"

#define TIME_LOW  0x00
#define TIME_HIGH 0x04

static int goldfish_read_ns(uintptr_t base, uint64_t *ns)
{
    uint32_t lo = mmio_read32(base + TIME_LOW);
    uint32_t hi = mmio_read32(base + TIME_HIGH);

    *ns = (uint64_t)hi << 32 | lo;
    return *ns ? 0 : -1;
}

const struct kit_rtc goldfish_rtc = { "goldfish", goldfish_read_ns };
