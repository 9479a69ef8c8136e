/*
 * The timer on AArch64 with a GICv3 (QEMU virt,gic-version=3): the same
 * EL1 virtual timer as timer_gicv2.c (PPI 27), delivered through a GICv3
 * (ARM IHI 0069, "GICv3 and GICv4 architecture specification"):
 *
 *   - the distributor (GICD_*) only needs affinity routing and Group 1
 *     on (GICD_CTLR, 12.9.4); a PPI's own settings live in this core's
 *     redistributor (GICR_*, 12.10), found by walking the frames
 *     (128 KiB each: RD_base, then SGI_base) until GICR_TYPER's affinity
 *     matches MPIDR_EL1, and woken (GICR_WAKER.ProcessorSleep = 0);
 *   - the CPU interface is system registers (ICC_*_EL1, 12.2): SRE on,
 *     priority mask open, Group 1 enabled; an IRQ is acknowledged with
 *     ICC_IAR1_EL1 and ended with ICC_EOIR1_EL1.
 *
 * Board data: BOARD_GIC_DIST and BOARD_GIC_REDIST (virt: 0x08000000,
 * 0x080a0000).  Tested with the image entered at EL1 (no EL2/EL3 to open
 * ICC_SRE for it).
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"
#include "../../drivers/mmio.h"
#include "generic_timer.h"

#define GICD_CTLR          0x0000
#define GICD_CTLR_ARE_GRP1 ((1u << 4) | (1u << 1))  /* ARE, EnableGrp1 */
#define GICR_FRAME         0x20000
#define GICR_WAKER         0x0014
#define GICR_TYPER         0x0008
#define GICR_TYPER_LAST    (1ull << 4)
#define GICR_SGI           0x10000
#define GICR_IGROUPR0      (GICR_SGI + 0x0080)
#define GICR_ISENABLER0    (GICR_SGI + 0x0100)
#define GICR_IPRIORITYR    (GICR_SGI + 0x0400)
#define WAKER_SLEEP        (1u << 1)
#define WAKER_ASLEEP       (1u << 2)
#define MAX_FRAMES         64


/* ICC_* by encoding: binutils knows the names only with a newer -march. */
#define ICC_SRE_EL1    "S3_0_C12_C12_5"
#define ICC_PMR_EL1    "S3_0_C4_C6_0"
#define ICC_IGRPEN1_EL1 "S3_0_C12_C12_7"
#define ICC_IAR1_EL1   "S3_0_C12_C12_0"
#define ICC_EOIR1_EL1  "S3_0_C12_C12_1"

static uint64_t read64(uintptr_t a)
{
    return (uint64_t)mmio_read32(a) | (uint64_t)mmio_read32(a + 4) << 32;
}

/* This core's redistributor: GICR_TYPER[63:32] holds Aff3.Aff2.Aff1.Aff0. */
static uintptr_t my_redistributor(void)
{
    uint64_t mpidr, typer, aff;
    uintptr_t r = KIT_GIC_REDIST;
    int i;

    __asm__ volatile("mrs %0, mpidr_el1" : "=r"(mpidr));
    aff = (mpidr & 0xffffff) | ((mpidr >> 32 & 0xff) << 24);
    for (i = 0; i < MAX_FRAMES; i++, r += GICR_FRAME) {
        typer = read64(r + GICR_TYPER);
        if ((typer >> 32) == aff)
            return r;
        if (typer & GICR_TYPER_LAST)
            break;
    }
    return 0;
}

int kit_arch_timer_init(unsigned hart)
{
    uintptr_t d = KIT_GIC_DIST, r;
    uint64_t sre, pfr0;
    long spins = 1000000;

    (void)hart;
    __asm__ volatile("mrs %0, id_aa64pfr0_el1" : "=r"(pfr0));
    /* No SVE (generic_timer.h says why); the GIC system registers exist
     * (ID_AA64PFR0_EL1.GIC, bits 27:24). */
    if (!d || !KIT_GIC_REDIST || core_has_sve() || !((pfr0 >> 24) & 0xf))
        return -ENOSYS;
    __asm__ volatile("mrs %0, " ICC_SRE_EL1 : "=r"(sre));
    __asm__ volatile("msr " ICC_SRE_EL1 ", %0; isb" :: "r"(sre | 1));
    __asm__ volatile("mrs %0, " ICC_SRE_EL1 : "=r"(sre));
    if (!(sre & 1) || !(r = my_redistributor()))
        return -ENOSYS;         /* a higher EL keeps SRE off, or no frame */
    mmio_write32(d + GICD_CTLR, mmio_read32(d + GICD_CTLR) | GICD_CTLR_ARE_GRP1);
    mmio_write32(r + GICR_WAKER, mmio_read32(r + GICR_WAKER) & ~WAKER_SLEEP);
    while ((mmio_read32(r + GICR_WAKER) & WAKER_ASLEEP) && --spins)
        ;
    if (!spins)
        return -ENOSYS;
    mmio_write32(r + GICR_IGROUPR0, mmio_read32(r + GICR_IGROUPR0) | 1u << INTID_VTIMER);
    mmio_write8(r + GICR_IPRIORITYR + INTID_VTIMER, TIMER_PRIORITY);
    mmio_write32(r + GICR_ISENABLER0, 1u << INTID_VTIMER);
    __asm__ volatile("msr " ICC_PMR_EL1 ", %0" :: "r"((uint64_t)0xff));
    __asm__ volatile("msr " ICC_IGRPEN1_EL1 ", %0; isb" :: "r"((uint64_t)1));
    vtimer_enable();
    return 0;
}

int kit_arch_timer_irq(unsigned hart, uintptr_t code)
{
    uint64_t iar, id;

    (void)code;
    __asm__ volatile("mrs %0, " ICC_IAR1_EL1 : "=r"(iar));
    id = iar & 0xffffff;
    if (id == INTID_SPURIOUS)
        return 1;
    if (id == INTID_VTIMER)
        kit_timer_expired(hart);
    __asm__ volatile("msr " ICC_EOIR1_EL1 ", %0; isb" :: "r"(iar));
    return id == INTID_VTIMER;
}
