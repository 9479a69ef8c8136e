/*
 * Hart start for a board that has no way to start another hart (one hart,
 * or a method the kit does not implement yet): kit_hart_start fails with
 * ENOSYS instead of waiting for a hart that will never come.
 */
#include <errno.h>
#include "arch.h"

int kit_arch_hart_wake(unsigned hart)
{
    (void)hart;
    return -ENOSYS;
}

/* A hart the board has a stack for but no way to start waits for good. */
void kit_arch_hart_wait(unsigned hart)
{
    (void)hart;
    for (;;)
        ;
}

void kit_arch_hart_rest(unsigned hart)
{
    (void)hart;
}
