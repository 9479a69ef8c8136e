/* kit-test: the ABI-check example passes its correct routine and names the broken one
 * scope: arch
 * expect: my_memcpy copied "checked by the ABI harness", returned dst: yes, rules broken: 0
 * expect: callee 'my_memcpy_s' clobbered
 * expect: my_memcpy_s broke 1 rule(s), as expected
 * expect-exit: 0
 */
/* examples/abi-check: check your own assembly routine against the calling
 * convention, under QEMU:
 *
 *     make run ARCH=riscv64 ABI=lp64d APP=examples/abi-check
 *     make run ARCH=aarch64 APP=examples/abi-check
 *
 * my_memcpy (riscv/ or aarch64/my_memcpy.S) keeps the rules; my_memcpy_s
 * keeps its copy cursor in a callee-saved register without saving it, the
 * classic mistake, and the harness names it.  The exit status counts only
 * my_memcpy, so this example passes.  abi/README.md explains the rest.
 */
#include <stdio.h>
#include "checked_call.h"

void *my_memcpy(void *dst, const void *src, size_t n);     /* correct */
void *my_memcpy_s(void *dst, const void *src, size_t n);   /* broken */

int main(void)
{
    char src[32] = "checked by the ABI harness", dst[32] = "";

    /* the whole recipe: call through CC_CHECKED_CALL, look at .errors */
    cc_result r = CC_CHECKED_CALL(my_memcpy, dst, src, sizeof src);
    printf("%s: my_memcpy copied \"%s\", returned dst: %s, rules broken: %d\n",
           cc_target(), dst, (void *)r.ret[0] == dst ? "yes" : "no", r.errors);

    /* the broken one: its report is printed by the harness */
    cc_result bad = CC_CHECKED_CALL(my_memcpy_s, dst, src, sizeof src);
    printf("%s: my_memcpy_s broke %d rule(s), as expected\n", cc_target(), bad.errors);

    return r.errors != 0 || (void *)r.ret[0] != dst;
}
