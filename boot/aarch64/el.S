/*
 * Drop from EL3 or EL2 to EL1, so that main() always runs at EL1.
 *
 * QEMU virt enters the image at EL1 by default, at EL2 with
 * -M virt,virtualization=on, and at EL3 with -M virt,secure=on.  Going
 * down is an exception return: program the state the lower level will run
 * with, put its pstate in SPSR_ELx and its pc in ELR_ELx, then eret.
 *
 * kit_drop_to_el1: returns (at EL1) to the caller's lr.  Clobbers x0, x1.
 * Register bits: ARM ARM (DDI 0487) chapter D13.
 */
#include "board_config.h"

#define SCR_EL3_NS      (1 << 0)    /* lower ELs are Non-secure */
#define SCR_EL3_HCE     (1 << 8)    /* HVC is enabled (PSCI via HVC) */
#define SCR_EL3_RW      (1 << 10)   /* the next lower EL is AArch64 */
#define HCR_EL2_RW      (1 << 31)   /* EL1 is AArch64 */
#define CNTHCTL_EL1PCEN (1 << 1)    /* EL1 may use the physical timer */
#define CNTHCTL_EL1PCTEN (1 << 0)   /* EL1 may read the physical counter */
#define CPTR_EL2_RES1   0x33ff      /* RES1 bits; TFP (bit 10) = 0: no FP trap */
#define CPTR_EL2_TZ     (1 << 8)    /* traps SVE; RES1 on cores without SVE */
#define CPTR_EL3_EZ     (1 << 8)    /* 1: SVE does not trap to EL3 */
#define ZCR_LEN_MAX     15          /* ZCR_ELx.LEN, WARL: the longest VL */
#define SCTLR_EL1_RES1  0x30d00800  /* RES1 bits; MMU and caches off */
#define SPSR_EL1H_MASKED 0x3c5      /* M = EL1h (SP_EL1), D A I F masked */

    .section .text
    .globl kit_drop_to_el1
kit_drop_to_el1:
    mrs     x0, CurrentEL
    cmp     x0, #(3 << 2)
    b.eq    from_el3
    cmp     x0, #(2 << 2)
    b.eq    from_el2
    ret                                 /* already at EL1 */

from_el3:
#if KIT_GIC_DIST
    /* A GIC with the Security Extensions (virt,secure=on) gives Non-secure
     * EL1 only Group 1 interrupts, and resets every one to Group 0: while
     * still Secure, put this core's SGIs and PPIs (GICD_IGROUPR0, banked)
     * in Group 1 and enable both groups (GICD_CTLR), and open the
     * priority mask (GICC_PMR: Non-secure writes are ignored while it
     * holds a Secure value, 0 at reset), so the timer
     * (platform/aarch64/timer_gicv2.c) can reach EL1.  ARM IHI 0048B
     * 4.3.4, 4.3.1, 4.4.2. */
    ldr     x0, =KIT_GIC_DIST
    mov     w1, #0xffffffff
    str     w1, [x0, #0x80]             /* GICD_IGROUPR0 */
    ldr     w1, [x0]
    orr     w1, w1, #3                  /* EnableGrp0 | EnableGrp1 */
    str     w1, [x0]                    /* GICD_CTLR */
    ldr     x0, =KIT_GIC_CPU
    mov     w1, #0xff
    str     w1, [x0, #0x4]              /* GICC_PMR */
#endif
    mov     x0, #(SCR_EL3_NS | SCR_EL3_HCE | SCR_EL3_RW)
    msr     scr_el3, x0
    msr     cptr_el3, xzr               /* no FP/SIMD trap to EL3 */
    /* SVE (ID_AA64PFR0_EL1.SVE, bits 35:32): an SVE instruction at any EL
     * traps to EL3 until CPTR_EL3.EZ is set; ZCR_EL3.LEN caps the vector
     * length of every lower EL, so ask for the longest. */
    mrs     x0, id_aa64pfr0_el1
    ubfx    x0, x0, #32, #4
    cbz     x0, 2f
    mov     x0, #CPTR_EL3_EZ
    msr     cptr_el3, x0
    isb
    mov     x0, #ZCR_LEN_MAX
    msr     S3_6_C1_C2_0, x0            /* ZCR_EL3 */
2:
    /* With EL2 implemented, EL1's execution state is HCR_EL2.RW's: set up
     * EL2's controls too even though we skip EL2.  ID_AA64PFR0_EL1.EL2,
     * bits 11:8, is 0 when there is no EL2. */
    mrs     x0, id_aa64pfr0_el1
    ubfx    x0, x0, #8, #4
    cbz     x0, 1f
    mov     x1, lr
    bl      setup_el2_for_el1
    mov     lr, x1
1:  ldr     x0, =SCTLR_EL1_RES1
    msr     sctlr_el1, x0
    mov     x0, #SPSR_EL1H_MASKED
    msr     spsr_el3, x0
    msr     elr_el3, lr
    eret

from_el2:
    mov     x1, lr
    bl      setup_el2_for_el1
    ldr     x0, =SCTLR_EL1_RES1
    msr     sctlr_el1, x0
    mov     x0, #SPSR_EL1H_MASKED
    msr     spsr_el2, x0
    msr     elr_el2, x1
    eret

/* EL2's controls for a plain EL1 OS: AArch64 EL1, counters and timers
 * reachable from EL1, no FP trap, no virtual counter offset. */
setup_el2_for_el1:
    mov     x0, #HCR_EL2_RW
    msr     hcr_el2, x0
    mov     x0, #(CNTHCTL_EL1PCEN | CNTHCTL_EL1PCTEN)
    msr     cnthctl_el2, x0
    msr     cntvoff_el2, xzr
    mov     x0, #CPTR_EL2_RES1
    msr     cptr_el2, x0
    msr     hstr_el2, xzr
    /* SVE: TZ = 0 so that EL1 may use it, ZCR_EL2.LEN as for EL3 */
    mrs     x0, id_aa64pfr0_el1
    ubfx    x0, x0, #32, #4
    cbz     x0, 1f
    mov     x0, #(CPTR_EL2_RES1 & ~CPTR_EL2_TZ)
    msr     cptr_el2, x0
    isb
    mov     x0, #ZCR_LEN_MAX
    msr     S3_4_C1_C2_0, x0            /* ZCR_EL2 */
1:  ret
