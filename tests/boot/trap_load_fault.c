/* kit-test: a load from an address with no memory is reported with the cause and the address, exit 139
 * expect: before the fault
 * expect[mmode]: kit: hart {boot_hart}: load access fault (M-mode)\n  pc 0x
 * expect[smode]: kit: hart {boot_hart}: load access fault (S-mode)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: data abort (synchronous external abort: no device or memory there)\n  pc 0x
 * expect: addr 0x00000000fffffff0
 * expect-once: kit: hart {boot_hart}: 
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
    printf("read %u\n", (unsigned)*bad);
    printf("after the fault\n");
    return 0;
}
