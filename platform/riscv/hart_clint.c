/*
 * Waking harts in M-mode: the CLINT's machine software interrupt.
 *
 * Every hart starts at reset (QEMU virt); crt0 sends the non-boot harts to
 * kit_hart_secondary, which waits here for MSIP.  Writing 1 to the
 * target's msip word in the CLINT (SiFive CLINT: base + 4 * hart) raises
 * it; `wfi` returns once an interrupt enabled in mie is pending, even with
 * mstatus.MIE off (Privileged Spec 3.3.3), so no trap handler is needed.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"
#include "../../drivers/mmio.h"
#include "csr.h"

static uintptr_t msip(unsigned hart)
{
    return (uintptr_t)KIT_CLINT_BASE + 4 * hart;
}

int kit_arch_hart_wake(unsigned hart)
{
    if (!KIT_CLINT_BASE)
        return -ENOSYS;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);    /* mailbox before the IPI */
    mmio_write32(msip(hart), 1);
    return 0;
}

void kit_arch_hart_wait(unsigned hart)
{
    uintptr_t pending;

    __asm__ volatile("csrs mie, %0" :: "r"(MIP_MSIP));
    do {
        __asm__ volatile("wfi");
        __asm__ volatile("csrr %0, mip" : "=r"(pending));
    } while (!(pending & MIP_MSIP));
    mmio_write32(msip(hart), 0);                /* acknowledge */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
}

void kit_arch_hart_rest(unsigned hart)
{
    (void)hart;                 /* back to kit_arch_hart_wait */
}
