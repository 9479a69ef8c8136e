/*
 * A known recursion for the STACK_REPORT=1 check (tests/build/
 * stack_report.sh): 32 levels with a 256-byte buffer each, about 10 KiB,
 * far deeper than anything the exit path uses.  At the deepest level it
 * prints how far below the top of its stack (linker/kit.ld: hart n's
 * stack ends n strides below __kit_stacks_end) its buffer lies; the
 * report at exit must say at least that much and not much more.
 */
#include <stdint.h>
#include <stdio.h>
#include "board_config.h"
#include "../../platform/platform.h"
#include "../../platform/stack.h"

static uintptr_t deepest;

static int __attribute__((noinline)) dive(int n)
{
    volatile char buf[256];

    buf[0] = (char)n;
    if (n == 0)
        deepest = (uintptr_t)&buf[0];
    else
        buf[1] = (char)dive(n - 1);     /* not a tail call: the frame stays */
    return buf[0] + buf[1];
}

int main(void)
{
    uintptr_t top = kit_stack_top(kit_boot_info.hart);

    dive(32);
    printf("deepest buffer %lu bytes below the stack top\n", (unsigned long)(top - deepest));
    return 0;
}
