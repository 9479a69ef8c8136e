/* Memory-mapped register access.  volatile so the compiler neither caches
 * nor drops a device access; 32-bit accessors for PL011/SiFive, 8-bit for
 * the 16550 whose registers are byte-wide on QEMU virt. */
#ifndef KIT_MMIO_H
#define KIT_MMIO_H

#include <stdint.h>

static inline uint8_t mmio_read8(uintptr_t addr)
{
    return *(volatile uint8_t *)addr;
}

static inline void mmio_write8(uintptr_t addr, uint8_t v)
{
    *(volatile uint8_t *)addr = v;
}

static inline uint32_t mmio_read32(uintptr_t addr)
{
    return *(volatile uint32_t *)addr;
}

static inline void mmio_write32(uintptr_t addr, uint32_t v)
{
    *(volatile uint32_t *)addr = v;
}

/* Every memory access before this one is done, as the devices see it,
 * before any after it: a DMA ring's entries before the register write
 * that tells the device to look (RISC-V "fence iorw,iorw"; AArch64
 * "dsb sy", ARM ARM B2.3.12). */
static inline void mmio_fence(void)
{
#if defined(__aarch64__)
    __asm__ volatile("dsb sy" ::: "memory");
#else
    __asm__ volatile("fence iorw, iorw" ::: "memory");
#endif
}

#endif
