/*
 * AArch64 reset entry: the first instruction of the image.
 *
 * QEMU virt with -kernel <elf> starts every core here at EL1 with the MMU
 * and caches off.  Only KIT_BOOT_HART (by MPIDR_EL1 affinity) goes on.
 */
    .section .text.entry, "ax"
    .globl _start
_start:
    /* MPIDR_EL1 (ARM ARM D13.2.86): Aff0 in bits 7:0, Aff1 in 15:8.
     * QEMU virt numbers cores 0..n-1 in Aff0 (Aff1 past 8 cores). */
    mrs     x19, mpidr_el1
    and     x19, x19, #0xffff
    cmp     x19, #KIT_BOOT_HART
    b.ne    park

    /* The kit runs C at EL1; entry at EL2/EL3 is handled elsewhere. */
    mrs     x0, CurrentEL
    cmp     x0, #(1 << 2)           /* CurrentEL.EL is bits 3:2 */
    b.ne    park

    /* sp: top of this core's stack, 16-byte aligned (AAPCS64 6.4.5.1:
     * sp mod 16 = 0 at every public interface; the hardware checks it
     * when SCTLR_EL1.SA is set). */
    ldr     x1, =__kit_stacks_end
    mov     x2, #KIT_STACK_SIZE
    mul     x2, x2, x19
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

    /* Identity-map memory and turn on MMU and caches (mmu.c): with the MMU
     * off every access is Device memory, where newlib's unaligned string
     * routines and `dc zva` in memset fault. */
    bl      kit_mmu_enable

    mov     x0, x19                 /* core id */
    mov     x1, #KIT_DTB_ADDR       /* where the board puts the DTB, or 0 */
    b       kit_cstart

park:
    wfe
    b       park
