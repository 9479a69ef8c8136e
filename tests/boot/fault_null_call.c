/* kit-test: calling a NULL function pointer is named, pc 0, exit 139
 * boards: virt-rv64 virt-rv64-sbi virt-rv32 virt-aarch64 virt-aarch64-el2 virt-aarch64-el3
 * expect: before the fault
 * expect: kit: hart 0: NULL pointer: 
 * expect: pc 0x0000000
 * expect-not: after the fault
 * expect-exit: 139
 */
#include "lib/fault.h"

int main(void)
{
    void (*volatile fn)(void) = NULL;

    before_fault();
    fn();
    printf("after the fault\n");
    return 0;
}
