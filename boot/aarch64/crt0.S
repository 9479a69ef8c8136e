/*
 * AArch64 reset entry: the first instruction after the image header
 * (image_header.h, whose first word branches here).
 *
 * QEMU virt with -kernel <elf> starts the boot core here with the MMU and
 * caches off, at EL1, EL2 or EL3 depending on the machine options, x0 = 0.
 * A loader starts it through the header instead (U-Boot's booti: MMU and
 * caches off, x0 = the devicetree), or here (bootm of a standalone image,
 * go: MMU and caches on, x0 = argc, x1 = argv); C sorts out which
 * (boot/handover.c).  The other cores stay off until PSCI CPU_ON sends
 * them to kit_secondary_entry (platform/aarch64/hart_psci.c).  A core
 * that does come through _start but is not the boot core waits for a
 * release (a spin-table slot, raspi3b, or the kit's own kit_release_slots
 * where there is no PSCI), which kit_hart_start writes: asleep in wfi
 * where the board has a doorbell to wake it (raspi3b), else in wfe.  One
 * at or above MAX_HARTS parks for good, in wfi.
 */

#include "board_config.h"
#include "../../platform/aarch64/mpidr.h"
#include "../../platform/aarch64/doorbell.h"
#include "../trap.h"
#include "../ssp.h"
#include "image_header.h"

/* \reg = this core's id (mpidr.h: the same rule as kit_hart_self). */
.macro core_id reg
    mrs     \reg, mpidr_el1
    and     \reg, \reg, #MPIDR_CORE_MASK
.endm

/* What every core does before C: a stack of its own over its guard, a
 * trap stack, FP/SIMD on, the exception vectors.  \id holds the core id
 * (MPIDR Aff1.Aff0: mpidr.h).  C runs on SP_EL0 ("EL1t"), exceptions on SP_EL1, which
 * is the core's trap stack (vectors.S says why). */
.macro core_setup id
    /* SP_EL1: this core's trap state block, at the top of its trap stack
     * (linker/kit.ld, boot/trap.h), its in-trap mark clear.  The vectors
     * find the block again by themselves (vectors.S). */
#if KIT_MAX_HARTS > 1
    ldr     x1, =__kit_trap_stacks_start
    add     x2, \id, #1
    ldr     x3, =KIT_TRAP_STACK_PITCH
    madd    x1, x2, x3, x1
    sub     x1, x1, #TRAP_BLOCK
#else
    /* One core (id 0): its slot ends one pitch up. */
    ldr     x1, =__kit_trap_stacks_start + KIT_TRAP_STACK_PITCH - TRAP_BLOCK
#endif
    str     xzr, [x1, #TRAP_BLK_MARK]
    mov     sp, x1                  /* still SPSel = 1: this is SP_EL1 */
    msr     spsel, #0

    /* SP_EL0: the top of this core's stack, a stride (KIT_STACK_PITCH: the
     * stack and its guard) per core below __kit_stacks_end (stack.h's
     * kit_stack_top), 16-byte aligned
     * (AAPCS64 6.4.5.2: sp mod 16 = 0 at every public interface; the
     * hardware checks it when SCTLR_EL1.SA is set). */
    ldr     x1, =__kit_stacks_end
#if KIT_MAX_HARTS > 1
    ldr     x2, =KIT_STACK_PITCH
    mul     x2, x2, \id
    sub     x1, x1, x2
#endif
    and     x1, x1, #~15
    mov     sp, x1

    /* FP/SIMD: CPACR_EL1.FPEN = 0b11 (D13.2.30), or the first FP or NEON
     * instruction traps.  GCC uses q registers even in integer code
     * (memcpy, struct copies), so this comes before any C. */
    mov     x0, #(3 << 20)
    /* SVE, where the core has it (ID_AA64PFR0_EL1.SVE, bits 35:32):
     * CPACR_EL1.ZEN = 0b11 too, and ZCR_EL1.LEN = 15, the WARL request
     * for the longest vector length the core (and EL2/EL3, el.S) allow;
     * at reset it may be 128 bits.  Only code that asks uses SVE (the
     * checked call, abi/): the kit's -mcpu has none. */
    mrs     x1, id_aa64pfr0_el1
    ubfx    x1, x1, #32, #4
    cbz     x1, 1f
    orr     x0, x0, #(3 << 16)
1:  msr     cpacr_el1, x0
    isb
    cbz     x1, 2f
    mov     x1, #15
    msr     S3_0_C1_C2_0, x1        /* ZCR_EL1 */
    isb
2:

    /* Exceptions go to vectors.S, which reports and exits. */
    adrp    x0, kit_vectors
    add     x0, x0, :lo12:kit_vectors
    msr     vbar_el1, x0
    isb
.endm

/* This core's thread-local storage block and TPIDR_EL0 (boot/tls.c):
 * picolibc's errno lives there.  After the MMU: with it off every access
 * is Device memory.  An image with no TLS (newlib, no _Thread_local)
 * skips it: nothing reads TPIDR_EL0.  \id holds the core id. */
.macro tls_setup id
    ldr     x0, =__kit_tls_size
    cbz     x0, 9f
    mov     x0, \id
    bl      kit_tls_init
9:
.endm

    .section .text.entry, "ax"
    .globl _start
_start:
    /* The loader's registers, for C: x21 = x0, x22 = x1. */
    mov     x21, x0
    mov     x22, x1

    /* The image runs only where it is linked (image_header.h): adr gives
     * where it runs, the literal where it was linked.  Elsewhere it says
     * so (boot/misplaced.c) instead of crashing on its first absolute
     * address. */
    adr     x0, _start
    ldr     x1, =_start
    cmp     x0, x1
    b.ne    misplaced

    /* MMU and caches off, the image's lines written back (caches.S): a
     * loader may hand over with them on. */
    bl      kit_caches_off

    core_id x19
    cmp     x19, #KIT_MAX_HARTS
    b.hs    park

    /* Remember the level we entered at (CurrentEL.EL, bits 3:2), then go
     * down to EL1 (el.S): C always runs at EL1. */
    mrs     x20, CurrentEL
    lsr     x20, x20, #2
    bl      kit_drop_to_el1

    cmp     x19, #KIT_BOOT_HART
    b.ne    wait_for_release
    core_setup x19

    /* Turn on MMU and caches with the identity map the linker built
     * (mmu.c, linker/mmu_tables.ld.S): with the MMU off every access is
     * Device memory, where newlib's unaligned string routines and `dc zva`
     * in memset fault. */
    bl      kit_mmu_enable

    tls_setup x19

    /* The stack protector's guard (-fstack-protector-strong), before any
     * C that it protects runs: the counter's value varies from boot to
     * boot; the low byte is zero so that a string overflow cannot
     * reproduce it.  Not with STACK_PROTECTOR=0: nothing reads it then
     * (../ssp.h). */
#if KIT_SSP
    mrs     x0, cntpct_el0
    ldr     x1, =0x9e3779b97f4a7c00
    eor     x0, x1, x0, lsl #17
    eor     x0, x0, x0, lsr #29
    and     x0, x0, #~0xff
    ldr     x1, =__stack_chk_guard
    str     x0, [x1]
#endif

    mov     x0, x19                 /* core id */
    ldr     x1, =KIT_DTB_ADDR       /* where the board puts the DTB, or 0 */
    mov     x2, x20                 /* entry exception level */
    mov     x3, x21                 /* the loader's x0 and x1 */
    mov     x4, x22
    b       kit_cstart

    /* kit_hart_start sends other cores here, MMU off: PSCI CPU_ON at
     * EL1, a spin table (raspi3b) at whatever level the core waited in. */
    .globl kit_secondary_entry
kit_secondary_entry:
    core_id x19
    cmp     x19, #KIT_MAX_HARTS
    b.hs    park
    bl      kit_drop_to_el1
    core_setup x19
    bl      kit_mmu_enable          /* the same tables as every core */
    tls_setup x19                   /* its own TLS block, as the boot core */
    mov     x0, x19
    b       kit_hart_secondary      /* platform/hart.c */

    /* A core that came through _start but is not the boot core.  Boards
     * that start every core at once (QEMU raspi3b with a bare ELF) name a
     * spin table (Linux Documentation/arm64/booting.rst, "spin-table"):
     * wait, MMU and caches off, until kit_hart_start writes a release
     * address into this core's 64-bit slot, then jump there. */
wait_for_release:
#if KIT_SPIN_TABLE
    ldr     x1, =KIT_SPIN_TABLE
#else
    /* Machines with no firmware to park cores (virt,secure=on): the
     * kit's own slots (platform/aarch64/hart_psci.c). */
    ldr     x1, =kit_release_slots
#endif
#if KIT_HART_DOORBELL
    /* Sleep in wfi, not wfe: QEMU runs WFE as a yield, so a wfe loop
     * spins on its host thread and slows the core running the program;
     * WFI halts the vCPU until an IRQ is pending, masked or not (ARM ARM
     * D1.16.2; PSTATE.I is set: el.S).  The IRQ: this core's mailbox 3
     * in the BCM2836 local peripherals (doorbell.h), which
     * kit_arch_hart_wake sets after writing the slot.  Enable it, then
     * clear the mailbox before each read of the slot: a ring that comes
     * after a read of 0 leaves the IRQ pending, and wfi returns at once. */
    ldr     x3, =KIT_HART_DOORBELL
    add     x4, x3, x19, lsl #2             /* + 4 * core */
    ldr     w5, [x4, #DOORBELL_IRQ_CTRL(0)]
    orr     w5, w5, #DOORBELL_IRQ_EN
    str     w5, [x4, #DOORBELL_IRQ_CTRL(0)]
    add     x3, x3, x19, lsl #4             /* + 16 * core */
    mov     w5, #0xffffffff
1:  str     w5, [x3, #DOORBELL_CLR(0)]
    dsb     sy                              /* cleared before the read */
    ldr     x2, [x1, x19, lsl #3]
    cbnz    x2, 2f
    wfi
    b       1b
2:  br      x2
#else
1:  wfe
    ldr     x2, [x1, x19, lsl #3]
    cbz     x2, 1b
    br      x2
#endif
    /* A core with no stack: nothing ever wakes it, so wfi, which QEMU
     * really halts (wfe would spin: above); round again after a spurious
     * wake-up. */
park:
    wfi
    b       park

    /* Running at the wrong address: a stack in this copy's own stack
     * area (the loader keeps image_size bytes free from the header), and
     * C that uses only pc-relative addresses.  x0 = where the image runs,
     * x1 = where it was linked. */
misplaced:
    adrp    x2, __kit_stacks_end
    add     x2, x2, :lo12:__kit_stacks_end
    mov     sp, x2
    b       kit_misplaced
