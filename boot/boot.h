/*
 * The boot path's own entry points, from reset to main and from a trap
 * to the report.  Called from boot/<arch>/crt0.S, vectors/trap entry and
 * nowhere else: nothing below boot/ calls into it.
 */
#ifndef KIT_BOOT_H
#define KIT_BOOT_H

#include <stdint.h>

/* boot/cstart.c: the C half of start-up on the boot hart, then main(). */
void kit_cstart(uintptr_t hart, uintptr_t dtb, unsigned entry_level)
    __attribute__((noreturn));

#if defined(__riscv)
/* boot/riscv/trap.c: report a trap (xcause, xepc, xtval) and exit. */
void kit_trap(uintptr_t cause, uintptr_t epc, uintptr_t tval)
    __attribute__((noreturn));
#elif defined(__aarch64__)
/* boot/aarch64/trap.c: report an exception taken through vector slot
 * `vector` (ESR_EL1, ELR_EL1, FAR_EL1) and exit. */
void kit_trap(unsigned vector, uint64_t esr, uint64_t elr, uint64_t far)
    __attribute__((noreturn));

/* boot/aarch64/mmu.c: build the identity map (boot core, once), then turn
 * the MMU and caches on (every core). */
void kit_mmu_build(void);
void kit_mmu_enable(void);
#endif

#endif
