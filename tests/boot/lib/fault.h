/* Shared by the fault tests: say where we are, with stdout flushed, so
 * that the log shows the program got as far as the fault. */
#ifndef FAULT_TEST_H
#define FAULT_TEST_H

#include <stdio.h>

static inline void before_fault(void)
{
    printf("before the fault\n");
    fflush(stdout);
}

#endif
