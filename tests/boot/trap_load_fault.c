/* kit-test: a load from an address with no memory is reported with the address
 * expect: before the fault
 * expect: 0x00000000fffffff0
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    /* Just below 4 GiB: nothing there on any board here (with the RAM
     * sizes they run with), on 32- and 64-bit harts alike.  RISC-V: load
     * access fault; AArch64: data abort (external abort). */
    volatile uint32_t *bad = (volatile uint32_t *)(uintptr_t)0xfffffff0u;

    printf("before the fault\n");
    fflush(stdout);
    printf("read %u\n", *bad);
    printf("after the fault\n");
    return 0;
}
