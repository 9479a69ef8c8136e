/*
 * What a build put into its image, printed at run time: the build test
 * (tests/build/rebuild.sh) changes one variable at a time and checks
 * that the booted image reports the new value.
 *   stack, harts   board_config.h (STACK_SIZE, BOARD_MAX_HARTS): compiled in
 *   linked stack, linked harts   the linker's stack reserve, harts x
 *                  (stack + guard), split back into its two factors
 *   heap_min       HEAP_MIN, given to the linker
 *   optimized      OPT= (CFLAGS): __OPTIMIZE__ is defined unless -O0
 */
#include <stdint.h>
#include <stdio.h>
#include "board_config.h"

extern char __kit_stacks_start[], __kit_stacks_end[], __kit_heap_min[];

int main(void)
{
#ifdef __OPTIMIZE__
    const char *optimized = "yes";
#else
    const char *optimized = "no";
#endif

    printf("stack %lu\n", (unsigned long)KIT_STACK_SIZE);
    printf("harts %lu\n", (unsigned long)KIT_MAX_HARTS);
    unsigned long span = (unsigned long)(__kit_stacks_end - __kit_stacks_start);

    printf("linked stack %lu\n", span / KIT_MAX_HARTS - KIT_STACK_GUARD);
    printf("linked harts %lu\n", span / KIT_STACK_PITCH);
    printf("heap_min %lu\n", (unsigned long)(uintptr_t)__kit_heap_min);
    printf("optimized %s\n", optimized);
    return 0;
}
