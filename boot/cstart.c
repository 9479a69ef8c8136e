/*
 * The architecture-neutral half of start-up.  crt0.S (per architecture)
 * has already: sent every other hart/core to wait (kit_hart_secondary),
 * set sp (and gp on RISC-V), enabled the FPU, installed the trap vector,
 * set the stack guards, this hart's TLS block and the stack protector's
 * guard value (this function is itself protected).  What is left is C:
 *
 *   1. copy .data from its load address (only where code is in flash);
 *   2. zero .bss;
 *   3. bring up the console and the heap, below the devicetree blob; read
 *      the blob now only if the board needs it before main;
 *   4. register the destructors (so they run last), run the constructors;
 *   5. main(argc, argv, envp) (the host's command line, platform/
 *      cmdline.c), then exit() with its result, so atexit
 *      handlers run and stdio buffers are flushed.
 *
 * Steps 1 and 2 must not rely on .data or .bss, so they use only locals.
 */
#include <stdint.h>
#include <stdlib.h>
#include "../platform/platform.h"
#include "../platform/heap.h"
#include "../platform/cmdline.h"
#include "../platform/stack.h"
#include "../syscalls/fd.h"
#include "boot.h"

/* Defined by the linker script (linker/kit.ld). */
extern char __data_load[], __data_start[], __data_end[];
extern char __bss_start[], __bss_end[];
extern char __kit_heap_start[], __kit_heap_end[];
extern void (*__preinit_array_start[])(void), (*__init_array_end[])(void);
extern void (*__fini_array_start[])(void), (*__fini_array_end[])(void);

int main(int argc, char **argv, char **envp);

/* Only where code runs from flash (BOARD_FLASH_*): elsewhere the loader
 * put .data where it runs.  Two words a round: linker/kit.ld aligns both
 * ends of .data, and so its load address, to 16.  A loop, not memcpy:
 * with no call before kit_handover, kit_cstart's arguments stay in
 * argument registers instead of being saved to the stack. */
static void copy_data(void)
{
    uintptr_t *to = (uintptr_t *)__data_start, *end = (uintptr_t *)__data_end;
    const uintptr_t *from = (const uintptr_t *)__data_load;

    if (!KIT_CODE_IN_FLASH)
        return;
    while (to < end) {
        to[0] = from[0];
        to[1] = from[1];
        to += 2;
        from += 2;
        __asm__ volatile("" : "+r"(to), "+r"(from) : : "memory");
    }
}

/* Eight words a round (64 or 32 bytes): linker/kit.ld aligns both ends
 * of .bss to 64.  The empty asm keeps GCC from turning the loop back into
 * a memset call (newlib's RISC-V memset takes about twice the
 * instructions for the 1-2 KiB here). */
static void zero_bss(void)
{
    uintptr_t *p = (uintptr_t *)__bss_start, *end = (uintptr_t *)__bss_end;

    if (p == end)
        return;
#if defined(__aarch64__)
    /* AArch64: `dc zva` zeroes a whole block in one instruction, where
     * DCZID_EL0 (ARM ARM, its register description) allows it (DZP, bit
     * 4, clear) and the block (2^BS four-byte words, BS bits 3:0) is the
     * 64 bytes the ends are aligned to (BS = 4), as on the Cortex-A53 and
     * in QEMU.  The MMU is on
     * (crt0): with it off, memory is Device, where dc zva faults. */
    uint64_t dczid;

    __asm__("mrs %0, dczid_el0" : "=r"(dczid));
    if ((dczid & 0x1f) == 4) {
        do {
            __asm__ volatile("dc zva, %0" : : "r"(p) : "memory");
            p += 8;
        } while (p < end);
        return;
    }
#endif
    do {                /* tested at the bottom: one branch a round */
        p[0] = 0; p[1] = 0; p[2] = 0; p[3] = 0;
        p[4] = 0; p[5] = 0; p[6] = 0; p[7] = 0;
        p += 8;
        __asm__ volatile("" : "+r"(p) : : "memory");
    } while (p < end);
}

/* ELF gABI "Initialization and Termination Functions": preinit_array,
 * then init_array, in order; fini_array in reverse order at exit.
 * linker/kit.ld puts the two tables back to back, so one walk runs both
 * in order.  Not inlined: its loop needs registers that survive the
 * calls, which kit_cstart then need not save when there is nothing to
 * run (the usual C program). */
__attribute__((noinline)) static void run_constructors(void)
{
    void (**f)(void);

    for (f = __preinit_array_start; f < __init_array_end; f++)
        (*f)();
}

#if !defined(__PICOLIBC__)
static void run_destructors(void)
{
    void (**f)(void);

    for (f = __fini_array_end; f > __fini_array_start; )
        (*--f)();
}
#endif

/* Set once .bss is zeroed: RISC-V harts that arrived with this one wait
 * for it before they read their slot (boot/riscv/crt0.S).  In .data, so
 * that the zeroing leaves it alone and it starts as the image says. */
__attribute__((section(".data"))) unsigned kit_boot_ready;

/* The arguments are used before the first call and never after it (the
 * devicetree's address is read back from kit_boot_info), so nothing here
 * is kept in a callee-saved register that would have to be saved first. */
void kit_cstart(uintptr_t hart, uintptr_t dtb, unsigned entry_level,
                uintptr_t loader0, uintptr_t loader1)
{
    struct kit_cmdline cmd;

    copy_data();
    zero_bss();
#if KIT_MAX_HARTS > 1
    __atomic_store_n(&kit_boot_ready, 1, __ATOMIC_RELEASE);
#endif
    kit_boot_info.hart = hart;      /* safe to store only after zero_bss */
    kit_boot_info.entry_level = entry_level;
    kit_boot_info.dtb = kit_handover(dtb, loader0, loader1);
    kit_stack_paint();              /* STACK_REPORT=1: the high-water mark's base */
    kit_console_init();
    kit_fd_reset();
    kit_heap_init(&kit_heap, (uintptr_t)__kit_heap_start, (uintptr_t)__kit_heap_end);
    kit_devicetree_boot(kit_boot_info.dtb);     /* usually nothing is read yet */

    /* Registered first, so it runs last: after the program's own atexit
     * handlers, as on a hosted system.  picolibc's exit() walks
     * .fini_array itself (after the atexit handlers), so not there. */
#if !defined(__PICOLIBC__)
    atexit(run_destructors);
#endif
    if ((uintptr_t)__preinit_array_start != (uintptr_t)__init_array_end)
        run_constructors();
#if KIT_CMDLINE
    kit_cmdline_init(&cmd);         /* ARGS=/ENV= from the host, if any */
#else
    /* CMDLINE=0 (PROFILE=tiny, mk/profile.mk): no line read, none of
     * cmdline.c linked; main gets what an empty line gives. */
    static char *no_line[] = { "app", 0 };

    cmd.argc = 1;
    cmd.argv = no_line;
    cmd.envp = no_line + 1;
#endif
    exit(main(cmd.argc, cmd.argv, cmd.envp));
}
