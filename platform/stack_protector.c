/*
 * The stack protector's two symbols (GCC -fstack-protector-strong, on for
 * the kit and programs by default: mk/stack.mk).  A function with an array
 * or an address-taken local puts __stack_chk_guard below its return
 * address and calls __stack_chk_fail when the copy has changed at return.
 *
 * The guard lives in .noinit: crt0 seeds it before .bss is zeroed and
 * before any protected function runs (boot/<arch>/crt0.S), and nothing
 * clears it afterwards.  newlib has its own pair (libc/ssp); these come
 * first in the link, so newlib's is never pulled in.
 */
#include <stdint.h>
#include "platform.h"

uintptr_t __stack_chk_guard __attribute__((section(".noinit")));

void __stack_chk_fail(void) __attribute__((noreturn));

void __stack_chk_fail(void)
{
    /* The stack is suspect: print and stop, with abort()'s status, as
     * glibc does.  kit_puts goes no deeper than the console driver. */
    kit_puts("\nkit: stack smashing detected (a local array overflowed "
             "into the return address): stopping\n");
    kit_exit(KIT_EXIT_ABORT);
}
