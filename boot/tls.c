/*
 * Thread-local storage: a block per hart, and the thread pointer at it.
 *
 * picolibc keeps errno in TLS (picolibc.h: PICOLIBC_TLS), and any program
 * may declare _Thread_local variables: each such variable is at a fixed
 * offset, chosen by the linker, from the thread pointer.  Until it points
 * at a block of the right layout the first errno write goes to address
 * 0 + offset, which the kit's guards report as a NULL pointer.
 *
 * Layout, ELF TLS "variant I" on both architectures (linker/kit.ld makes
 * the template and reserves the blocks):
 *
 *   RISC-V psABI, "Thread Local Storage": tp points at the first byte of
 *   the TLS block, a copy of .tdata followed by zeroed .tbss; offsets are
 *   positive (ld: TPOFF = address - start of .tdata).
 *   AArch64 ELF ABI (AAELF64), "Thread Local Storage": TPIDR_EL0 points at
 *   a 16-byte thread control block, the TLS block follows it, rounded up
 *   to the TLS alignment (ld: TPOFF = address - start of .tdata
 *   + ALIGN(16, alignment)).
 *
 * Every hart gets its own block (hart h at __kit_tls_blocks + h * pitch:
 * __kit_tls_gap bytes of TCB gap, then the copy), set up by crt0 before
 * the hart runs any C that may use TLS.  The blocks are not in .bss, so a
 * secondary hart may fill its own while the boot hart zeroes .bss.
 * With newlib and no _Thread_local the template is empty, and crt0 does
 * not call this at all: nothing reads the register.
 */
#include <stdint.h>
#include "boot.h"

/* linker/kit.ld: the TLS image (start, bytes to copy, bytes in all) and
 * the blocks (the TCB gap before each, the stride between them). */
extern const char __kit_tls_start[], __kit_tls_data_size[], __kit_tls_size[];
extern char __kit_tls_blocks[], __kit_tls_gap[], __kit_tls_pitch[];

/* Zero the block a word at a time (it starts 16-byte aligned and its
 * pitch is a multiple of 16, so rounding the end up stays inside it),
 * then copy .tdata's few bytes over its start.  Plain loops, not
 * memset/memcpy: this runs before .bss is zeroed, and the empty asm keeps
 * GCC from turning them back into library calls. */
void kit_tls_init(uintptr_t hart)
{
    char *block = __kit_tls_blocks + hart * (uintptr_t)__kit_tls_pitch;
    char *tls = block + (uintptr_t)__kit_tls_gap;
    uintptr_t *w = (uintptr_t *)tls;
    uintptr_t *wend = (uintptr_t *)(tls + (((uintptr_t)__kit_tls_size + sizeof *w - 1)
                                          & ~(sizeof *w - 1)));
    const char *src = __kit_tls_start;
    char *p = tls, *copied = tls + (uintptr_t)__kit_tls_data_size;

    while (w < wend) {
        *w++ = 0;
        __asm__ volatile("" : "+r"(w) : : "memory");
    }
    while (p < copied) {
        *p++ = *src++;
        __asm__ volatile("" : "+r"(p) : : "memory");
    }
#if defined(__riscv)
    __asm__ volatile("mv tp, %0" : : "r"(tls));         /* the block itself */
#elif defined(__aarch64__)
    __asm__ volatile("msr tpidr_el0, %0" : : "r"(block));   /* the TCB gap before it */
#endif
}
