/*
 * The RISC-V timer interrupt, the half that does not depend on how the
 * deadline is set (timer_clint.c writes mtimecmp in M-mode, timer_sbi.c
 * asks SBI in S-mode): whether it is pending, and whether an interrupt the
 * trap handler took was it.  csr.h names the register, the bit and the
 * xcause code of the mode the image runs in: mip.MTIP and code 7 in
 * M-mode, sip.STIP and code 5 in S-mode (Privileged Spec 3.1.9, table
 * 3.6; 4.1.3).  mk/kit.mk links it with either method.
 */
#include <stdint.h>
#include "../arch.h"
#include "csr.h"

int kit_arch_timer_pending(unsigned hart)
{
    unsigned long ip;

    (void)hart;             /* the calling hart's */
    __asm__ volatile("csrr %0, " CSR_NAME(CSR_IP) : "=r"(ip));
    return (ip & IE_TIMER) != 0;
}

int kit_arch_timer_irq(unsigned hart, uintptr_t code)
{
    if (code != IRQ_TIMER)
        return 0;
    kit_timer_expired(hart);
    return 1;
}
