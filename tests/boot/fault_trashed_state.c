/* kit-test: a fault after the program trashed all of .data and .bss (console, newlib, the kit's flags) still ends with one line, exit 139
 * expect: before the fault
 * expect: kit: hart {boot_hart}: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

extern char __data_start[], __bss_end[];

int main(void)
{
    before_fault();
    /* Everything the console, newlib and the trap handler keep in RAM. */
    for (volatile char *p = __data_start; p < __bss_end; p++)
        *p = (char)0xa5;
    *(volatile int *)(uintptr_t)0xfffffff0u = 1;
    printf("after the fault\n");
    return 0;
}
