/*
 * Interrupts on RISC-V, in the privilege level the image runs in
 * (csr.h names the M- or S-mode registers): the global enable
 * xstatus.xIE (Privileged Spec 3.1.6.1), wfi (3.3.3), and the dispatch of
 * an interrupt the trap handler took (boot/riscv/trap.c) by its xcause
 * code (table 3.6): the timer is the only one the kit handles.
 */
#include <stdint.h>
#include "../arch.h"
#include "csr.h"

#if defined(KIT_MODE_S)
#define STATUS_IE (1ul << 1)        /* sstatus.SIE */
#else
#define STATUS_IE (1ul << 3)        /* mstatus.MIE */
#endif

unsigned long kit_arch_irq_save(void)
{
    unsigned long old;

    __asm__ volatile("csrrc %0, " CSR_NAME(CSR_STATUS) ", %1"
                     : "=r"(old) : "r"(STATUS_IE) : "memory");
    return old & STATUS_IE;
}

void kit_arch_irq_restore(unsigned long state)
{
    if (state & STATUS_IE)
        kit_arch_irq_enable();
}

void kit_arch_irq_enable(void)
{
    __asm__ volatile("csrs " CSR_NAME(CSR_STATUS) ", %0" :: "r"(STATUS_IE) : "memory");
}

void kit_arch_wait(void)
{
    __asm__ volatile("wfi" ::: "memory");
}

int (*kit_timer_irq_hook)(unsigned hart, uintptr_t code);

int kit_arch_interrupt(unsigned hart, uintptr_t code)
{
    int (*irq)(unsigned, uintptr_t) = kit_timer_irq_hook;

    return irq && irq(hart, code);
}
