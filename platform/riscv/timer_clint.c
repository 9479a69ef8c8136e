/*
 * The timer in M-mode: the CLINT's mtimecmp (SiFive CLINT, as QEMU's
 * virt, sifive_u and sifive_e have it; ACLINT spec, MTIMER device).
 * Hart n's 64-bit compare register is at BOARD_CLINT_BASE + 0x4000 +
 * 8 * n; the machine timer interrupt (mip.MTIP, xcause code 7) is pending
 * while mtime >= mtimecmp, and writing mtimecmp is what clears it
 * (Privileged Spec 3.2.1).  Whether it is pending and whether a trap was
 * it: timer_common.c, as for S-mode.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"
#include "../../drivers/mmio.h"
#include "csr.h"

#define MTIMECMP_OFFSET 0x4000

static uintptr_t mtimecmp(unsigned hart)
{
    return (uintptr_t)KIT_CLINT_BASE + MTIMECMP_OFFSET + 8 * (uintptr_t)hart;
}

int kit_arch_timer_init(unsigned hart)
{
    (void)hart;
    if (!KIT_CLINT_BASE)
        return -ENOSYS;
    __asm__ volatile("csrs mie, %0" :: "r"(IE_TIMER));     /* mie.MTIE */
    return 0;
}

void kit_arch_timer_set(unsigned hart, uint64_t deadline)
{
    uintptr_t r = mtimecmp(hart);

#if __riscv_xlen == 32
    /* Two 32-bit halves: park the high word at its maximum first so that
     * no mix of old and new halves is ever a deadline in the past (the
     * sequence of Privileged Spec 3.2.1). */
    mmio_write32(r + 4, 0xffffffffu);
    mmio_write32(r, (uint32_t)deadline);
    mmio_write32(r + 4, (uint32_t)(deadline >> 32));
#else
    *(volatile uint64_t *)r = deadline;
#endif
}
