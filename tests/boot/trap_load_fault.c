/* kit-test: a load from an address with no memory is reported with the address
 * expect: before the fault
 * expect: 0x0000000100000000
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    /* 4 GiB: no RAM or device there on QEMU virt (RISC-V: load access
     * fault; AArch64: outside the 32-bit translated range, data abort). */
    volatile uint32_t *bad = (volatile uint32_t *)(uintptr_t)0x100000000ull;

    printf("before the fault\n");
    fflush(stdout);
    printf("read %u\n", *bad);
    printf("after the fault\n");
    return 0;
}
