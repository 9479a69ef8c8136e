/*
 * The MMU and caches off at the level the image was entered at, for
 * images a loader starts with them on.
 *
 * Linux Documentation/arch/arm64/booting.rst asks a loader for "MMU off,
 * D-cache off, the image cleaned to the point of coherency", and U-Boot's
 * booti does that; its bootm of a standalone image (and go) jumps with
 * U-Boot's own MMU and caches still on, at EL1, or at EL2 with
 * -M virt,virtualization=on.  The kit then installs its own tables
 * (mmu.c), which must not happen under a live MMU, and runs with the MMU
 * off until then (Device memory: no cache at all), so first:
 *
 *   1. clean and invalidate every data-cache line of the image, header to
 *      heap (linker/kit.ld), to the point of coherency (ARM ARM D7.5.9,
 *      DC CIVAC): what the loader copied is then in memory, and no stale
 *      line is hit once mmu.c turns the caches back on;
 *   2. SCTLR_ELx.M, C and I clear (D13.2.118/119): MMU, data and
 *      instruction caches off;
 *   3. invalidate the instruction cache and this level's TLB entries, so
 *      that nothing the loader's regime left is used later.
 *
 * With the MMU already off (QEMU's -kernel, booti) it costs nine
 * instructions.  At EL3 (a reset, raspi3b) nothing is on.
 *
 * kit_caches_off: clobbers x0, x1, x4-x7; no stack.
 */
#define SCTLR_M (1 << 0)            /* MMU */
#define SCTLR_C (1 << 2)            /* data and unified caches */
#define SCTLR_I (1 << 12)           /* instruction cache */

/* MMU, caches off in SCTLR_ELx (\el: el1 or el2), after the clean; then
 * the instruction cache and the level's TLBs (\tlbi: vmalle1 or alle2). */
.macro off_at el, tlbi
    mrs     x0, sctlr_\el
    mov     x1, #(SCTLR_M | SCTLR_C)
    tst     x0, x1
    b.eq    done                    /* nothing on: nothing to do */
    mov     x4, lr
    bl      clean_image
    bic     x0, x0, x1
    bic     x0, x0, #SCTLR_I
    msr     sctlr_\el, x0
    isb
    ic      iallu
    tlbi    \tlbi
    dsb     sy
    isb
    mov     lr, x4
    ret
.endm

    .section .text
    .globl kit_caches_off
kit_caches_off:
    mrs     x0, CurrentEL
    cmp     x0, #(2 << 2)
    b.eq    at_el2
    b.hi    done                    /* EL3: entered from reset */
    off_at  el1, vmalle1
at_el2:
    off_at  el2, alle2
done:
    ret

/* DC CIVAC over [header, heap start), one line at a time: the smallest
 * data-cache line is 4 << CTR_EL0.DminLine bytes (D13.2.34).  Uses x5-x7
 * only (the caller keeps SCTLR and its mask in x0, x1). */
clean_image:
    mrs     x5, ctr_el0
    ubfx    x5, x5, #16, #4
    mov     x6, #4
    lsl     x6, x6, x5
    adrp    x5, __kit_image_header
    add     x5, x5, :lo12:__kit_image_header
    ldr     x7, =__kit_heap_start
1:  dc      civac, x5
    add     x5, x5, x6
    cmp     x5, x7
    b.lo    1b
    dsb     sy
    ret
