/* kit-test: a fault after the program trashed all of .data and .bss (console, newlib, the kit's flags) is still reported, as itself, in one report, exit 139
 * expect: before the fault
 * expect[mmode]: \nkit: hart {boot_hart}: store/AMO access fault (M-mode)\n  pc 0x
 * expect[smode]: \nkit: hart {boot_hart}: store/AMO access fault (S-mode)\n  pc 0x
 * expect[aarch64]: \nkit: hart {boot_hart}: data abort (synchronous external abort: no device or memory there)\n  pc 0x
 * expect: addr 0x00000000fffffff0
 * expect-once: kit: 
 * expect-not: nested fault
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

extern char __data_start[], __bss_end[];

int main(void)
{
    before_fault();
    /* Everything the console, newlib and the trap handler keep in RAM:
     * the output lock then looks held (the report waits a bounded time,
     * then prints) and the in-trap marks hold 0xa5 bytes, which must not
     * pass for "in the handler" (boot/fault.c): the report is the store's
     * own, not a "nested fault". */
    for (volatile char *p = __data_start; p < __bss_end; p++)
        *p = (char)0xa5;
    *(volatile int *)(uintptr_t)0xfffffff0u = 1;
    printf("after the fault\n");
    return 0;
}
