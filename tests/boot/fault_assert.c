/* kit-test: a failed assert prints newlib's message and abort()'s, exit 134
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
