/*
 * The boot path's own entry points, from reset to main and from a trap
 * to the report.  Called from boot/<arch>/crt0.S, vectors/trap entry and
 * nowhere else: nothing below boot/ calls into it.
 */
#ifndef KIT_BOOT_H
#define KIT_BOOT_H

#include <stdint.h>

/* boot/cstart.c: the C half of start-up on the boot hart, then main().
 * loader0/loader1: what a loader left in the first two argument
 * registers (AArch64: x0 and x1 as they came; RISC-V S-mode: argc and
 * argv when a loader passed those, else 0), sorted out by
 * kit_handover. */
void kit_cstart(uintptr_t hart, uintptr_t dtb, unsigned entry_level,
                uintptr_t loader0, uintptr_t loader1) __attribute__((noreturn));

/* boot/handover.c: the devicetree to use (a loader's, when loader0 is
 * one, else dtb), and a loader's argc/argv into kit_boot_info. */
uintptr_t kit_handover(uintptr_t dtb, uintptr_t loader0, uintptr_t loader1);

/* boot/misplaced.c: crt0 found the image running at `run`, not at `link`
 * where it was linked: says so and exits. */
void kit_misplaced(uintptr_t run, uintptr_t link) __attribute__((noreturn));

/* boot/tls.c: this hart's thread-local storage block, and tp / TPIDR_EL0
 * at it; crt0 calls it on every hart before C that may use TLS. */
void kit_tls_init(uintptr_t hart);

#if defined(__riscv)
/* boot/riscv/trap.c: a trap; regs = the frame trap_entry.S saved
 * (boot/trap.h), level = TRAP_LEVEL_*.  Reports and exits, or returns
 * after an interrupt it handled. */
void kit_trap(uintptr_t *regs, unsigned level);

/* boot/riscv/pmp.c (M-mode): this hart's locked PMP guards; and why an
 * access fault (cause 1 or 7) at addr happened, in words from them:
 * "M-mode, PMP: not executable", "M-mode, PMP: read-only", "M-mode". */
void kit_pmp_init(unsigned hart);
const char *kit_pmp_why(uintptr_t addr, unsigned cause);

/* boot/riscv/sv39.c (S-mode): why a page fault (cause 12, 13, 15) at
 * addr happened, in words from the Sv39 map: "S-mode, nothing mapped
 * there", "S-mode, permission: page read-only", ... */
const char *kit_sv39_why(uintptr_t addr, unsigned cause);
#elif defined(__aarch64__)
/* boot/aarch64/trap.c: an exception taken through vector slot `vector`;
 * regs = the frame vectors.S saved (boot/trap.h), level = TRAP_LEVEL_*.
 * Reports and exits, or returns after an interrupt it handled. */
void kit_trap(uint64_t *regs, unsigned vector, unsigned level);

/* boot/aarch64/mmu.c: turn the MMU and caches on with the link-time
 * identity map (every core). */
void kit_mmu_enable(void);
#endif

/* boot/cstart.c: 1 once .bss is zeroed (RISC-V secondaries wait for it). */
extern unsigned kit_boot_ready;

/* The stack protector's guard (-fstack-protector-strong), seeded by crt0. */
extern uintptr_t __stack_chk_guard;

#endif
