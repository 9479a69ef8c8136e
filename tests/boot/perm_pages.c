/* kit-test: the guards' permission boundaries sit on 4 KiB pages, and the page of the stack's top holds no guard: QEMU runs a page that a PMP boundary splits through its slow path (docs/benchmarking.md)
 * expect: end of code on a page: yes
 * expect: end of read-only data on a page: yes
 * expect: the stack's top page holds no guard: yes
 * expect-exit: 0
 */
#include <stdint.h>
#include <stdio.h>
#include "board_config.h"
#include "../../platform/platform.h"
#include "../../platform/stack.h"

#define PAGE 4096u

extern char __kit_text_end[], __kit_rodata_end[];     /* linker/kit.ld */

static const char *yes(int ok)
{
    return ok ? "yes" : "no";
}

int main(void)
{
    unsigned hart = (unsigned)kit_boot_info.hart;
    uintptr_t top = kit_stack_top(hart), page = (top - 1) & ~(uintptr_t)(PAGE - 1);

    printf("end of code on a page: %s\n", yes((uintptr_t)__kit_text_end % PAGE == 0));
    printf("end of read-only data on a page: %s\n", yes((uintptr_t)__kit_rodata_end % PAGE == 0));
    /* Below the top, down to the page's start: the stack alone (its own
     * guard is under its bottom).  Above, up to the page's end: not the
     * trap stacks and their guards, and for a hart other than 0 not the
     * guard of the hart above. */
    printf("the stack's top page holds no guard: %s\n",
           yes(page >= top - KIT_STACK_SIZE && (hart == 0 || top % PAGE == 0) &&
               ((uintptr_t)__kit_trap_stacks_end <= page ||
                (uintptr_t)__kit_trap_stacks_start >= page + PAGE)));
    return 0;
}
