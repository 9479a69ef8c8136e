/* kit-test: a write to the program's own code faults (code is read-only), exit 139
 * expect: before the fault
 * expect: kit: hart {boot_hart}: 
 * expect: addr 0x
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "lib/fault.h"

int main(void)
{
    volatile uint32_t *code = (volatile uint32_t *)(uintptr_t)main;

    before_fault();
    *code = 0;
    printf("after the fault\n");
    return 0;
}
