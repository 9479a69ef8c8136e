/*
 * The doorbell that wakes a waiting core (KIT_HART_DOORBELL, raspi3b):
 * the BCM2836 "ARM local peripherals" block, which the BCM2837 keeps at
 * 0x40000000 (Broadcom, "BCM2836 ARM-local peripherals", QA7 rev 3.4: the
 * register map).  Each core has four 32-bit mailboxes; a mailbox that is
 * not zero raises that core's IRQ line when its bit in the core's
 * "Mailboxes interrupt control" register is set (QEMU models it the same
 * way: hw/intc/bcm2836_control.c, wired to each core's IRQ input in
 * hw/arm/bcm2836.c).  Mailbox 3 is the one boot code conventionally uses
 * to start a core.  Offsets from the block's base; every access is 32-bit.
 * Used by crt0.S (before any stack) and hart_spintable.c.  Safe to
 * include from assembly.
 */
#ifndef KIT_AARCH64_DOORBELL_H
#define KIT_AARCH64_DOORBELL_H

/* "Core<n> Mailboxes interrupt control": bits 0-3 enable mailbox 0-3's
 * IRQ (bits 4-7, the FIQ, are left clear) */
#define DOORBELL_IRQ_CTRL(core)     (0x50 + 4 * (core))
/* "Core<n> Mailbox<m> write-set": the bits written become set */
#define DOORBELL_SET(core)          (0x80 + 16 * (core) + 4 * DOORBELL_MBOX)
/* "Core<n> Mailbox<m> read & write-high-to-clear": the bits written clear */
#define DOORBELL_CLR(core)          (0xc0 + 16 * (core) + 4 * DOORBELL_MBOX)
#define DOORBELL_MBOX               3
#define DOORBELL_IRQ_EN             (1 << DOORBELL_MBOX)

#endif
