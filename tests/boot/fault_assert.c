/* kit-test: a failed assert prints newlib's message and abort()'s, exit 134
 * boards: virt-rv64 virt-rv64-sbi virt-rv32 virt-aarch64 virt-aarch64-el2 virt-aarch64-el3
 * expect: before the fault
 * expect: assertion "x == 2" failed
 * expect: kit: abort() called
 * expect-not: after the fault
 * expect-exit: 134
 */
#include <assert.h>
#include "lib/fault.h"

int main(void)
{
    volatile int x = 1;

    before_fault();
    assert(x == 2);
    printf("after the fault\n");
    return 0;
}
