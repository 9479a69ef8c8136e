/*
 * AArch64 reset entry: the first instruction of the image.
 *
 * QEMU virt with -kernel <elf> starts the boot core here with the MMU and
 * caches off, at EL1, EL2 or EL3 depending on the machine options; the
 * other cores stay off until PSCI CPU_ON sends them to
 * kit_secondary_entry (platform/aarch64/hart_psci.c).  A core that does come
 * through _start but is not the boot core parks for good.
 */

#include "board_config.h"
#include "../../platform/aarch64/mpidr.h"

/* \reg = this core's id (mpidr.h: the same rule as kit_hart_self). */
.macro core_id reg
    mrs     \reg, mpidr_el1
    and     \reg, \reg, #MPIDR_CORE_MASK
.endm

/* What every core does before C: a stack of its own, FP/SIMD on, the
 * exception vectors.  \id holds the core id (MPIDR Aff0). */
.macro core_setup id
    /* sp: top of this core's stack, 16-byte aligned (AAPCS64 6.4.5.1:
     * sp mod 16 = 0 at every public interface; the hardware checks it
     * when SCTLR_EL1.SA is set). */
    ldr     x1, =__kit_stacks_end
    mov     x2, #KIT_STACK_SIZE
    mul     x2, x2, \id
    sub     x1, x1, x2
    and     x1, x1, #~15
    mov     sp, x1

    /* FP/SIMD: CPACR_EL1.FPEN = 0b11 (D13.2.30), or the first FP or NEON
     * instruction traps.  GCC uses q registers even in integer code
     * (memcpy, struct copies), so this comes before any C. */
    mov     x0, #(3 << 20)
    msr     cpacr_el1, x0
    isb

    /* Exceptions go to vectors.S, which reports and exits. */
    adrp    x0, kit_vectors
    add     x0, x0, :lo12:kit_vectors
    msr     vbar_el1, x0
    isb
.endm

    .section .text.entry, "ax"
    .globl _start
_start:
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

    /* Identity-map memory and turn on MMU and caches (mmu.c): with the MMU
     * off every access is Device memory, where newlib's unaligned string
     * routines and `dc zva` in memset fault. */
    bl      kit_mmu_build
    bl      kit_mmu_enable

    mov     x0, x19                 /* core id */
    ldr     x1, =KIT_DTB_ADDR       /* where the board puts the DTB, or 0 */
    mov     x2, x20                 /* entry exception level */
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
    bl      kit_mmu_enable          /* the boot core built the tables */
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
1:  wfe
    ldr     x2, [x1, x19, lsl #3]
    cbz     x2, 1b
    br      x2
#endif
park:
    wfe
    b       park
