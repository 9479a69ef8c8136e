/*
 * The timer on AArch64 with a GICv2 (QEMU virt's default interrupt
 * controller): the EL1 virtual timer of the generic timer (ARM ARM D11.2:
 * CNTV_CVAL_EL0 is compared with CNTVCT_EL0, the counter kit_counter
 * reads; CNTV_CTL_EL0.ENABLE, IMASK) raises PPI 27 (INTID 27, the
 * devicetree's /timer "virtual" interrupt), which the GIC delivers to the
 * core as an IRQ.
 *
 * GIC registers: ARM IHI 0048B (GICv2 architecture specification),
 * 4.1.2 (distributor, GICD_*) and 4.1.3 (CPU interface, GICC_*).  The SGI
 * and PPI registers (enable bit, priority) are banked per core, so each
 * core sets up its own.  With the Security Extensions (virt,secure=on),
 * the Non-secure EL1 the kit runs in reaches only Group 1 interrupts:
 * boot/aarch64/el.S puts the PPIs in Group 1 before it leaves EL3.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"
#include "../../drivers/mmio.h"
#include "generic_timer.h"

#define GICD_CTLR        0x000
#define GICD_ISENABLER0  0x100      /* INTIDs 0-31, banked */
#define GICD_IPRIORITYR  0x400      /* one byte an INTID */
#define GICC_CTLR        0x000
#define GICC_PMR         0x004
#define GICC_IAR         0x00c
#define GICC_EOIR        0x010

#define CTLR_ENABLE_GRP0_GRP1 0x3
#define PMR_ALL          0xf0       /* every priority below 0xf0 passes */

int kit_arch_timer_init(unsigned hart)
{
    uintptr_t d = KIT_GIC_DIST, c = KIT_GIC_CPU;

    (void)hart;
    if (!d || !c)
        return -ENOSYS;
    if (core_has_sve())             /* generic_timer.h says why */
        return -ENOSYS;
    mmio_write8(d + GICD_IPRIORITYR + INTID_VTIMER, TIMER_PRIORITY);
    mmio_write32(d + GICD_ISENABLER0, 1u << INTID_VTIMER);
    /* RAZ/WI when this security state may not touch it: no timer then,
     * rather than a sleep that never wakes. */
    if (!(mmio_read32(d + GICD_ISENABLER0) & (1u << INTID_VTIMER)))
        return -ENOSYS;
    mmio_write32(d + GICD_CTLR, mmio_read32(d + GICD_CTLR) | CTLR_ENABLE_GRP0_GRP1);
    mmio_write32(c + GICC_PMR, PMR_ALL);
    mmio_write32(c + GICC_CTLR, CTLR_ENABLE_GRP0_GRP1);
    vtimer_enable();
    return 0;
}

int kit_arch_timer_irq(unsigned hart, uintptr_t code)
{
    uintptr_t c = KIT_GIC_CPU;
    uint32_t iar = mmio_read32(c + GICC_IAR), id = iar & 0x3ff;

    (void)code;
    if (id == INTID_SPURIOUS)
        return 1;           /* withdrawn before we asked: nothing to do */
    if (id != INTID_VTIMER) {
        mmio_write32(c + GICC_EOIR, iar);
        return 0;           /* the trap handler reports it */
    }
    kit_timer_expired(hart);        /* the new deadline drops the line */
    mmio_write32(c + GICC_EOIR, iar);
    return 1;
}
