/* kit-test: CMake feature checks under the kit's toolchain find what exists and only that; add_test boots with arguments
 * expect: HAVE_GETENTROPY 1
 * expect: HAVE_CLOCK_GETTIME 1
 * expect: HAVE_NONSENSE 0
 * expect: HAVE_FORK 0
 * expect: HAVE_ARC4RANDOM 1
 * expect: HAVE_CLOCK_MONOTONIC 1
 * expect: RUNS_AND_EXITS_0 1
 * expect: RUNS_AND_EXITS_3 0
 * expect: argv: [one] [two words] [it's]
 * expect: checks ok
 * expect-exit: 0
 */
/* Built by tests/port/checks/CMakeLists.txt with each check's result as
 * a -D; run by ctest through CMAKE_CROSSCOMPILING_EMULATOR.  Before
 * try_compile linked, HAVE_NONSENSE and HAVE_FORK were 1 (a static
 * library has nothing to resolve), and with no emulator ctest ran the
 * image in the host's shell. */
#include <stdio.h>
#include <string.h>

#ifndef HAVE_GETENTROPY
#define HAVE_GETENTROPY 0
#endif
#ifndef HAVE_CLOCK_GETTIME
#define HAVE_CLOCK_GETTIME 0
#endif
#ifndef HAVE_NONSENSE
#define HAVE_NONSENSE 0
#endif
#ifndef HAVE_FORK
#define HAVE_FORK 0
#endif
#ifndef HAVE_ARC4RANDOM
#define HAVE_ARC4RANDOM 0
#endif
#ifndef HAVE_CLOCK_MONOTONIC
#define HAVE_CLOCK_MONOTONIC 0
#endif
#ifndef RUNS_AND_EXITS_0
#define RUNS_AND_EXITS_0 0
#endif
#ifndef RUNS_AND_EXITS_3
#define RUNS_AND_EXITS_3 0
#endif

int main(int argc, char **argv)
{
    int ok = HAVE_GETENTROPY && HAVE_CLOCK_GETTIME && !HAVE_NONSENSE && !HAVE_FORK &&
             HAVE_ARC4RANDOM && HAVE_CLOCK_MONOTONIC && RUNS_AND_EXITS_0 && !RUNS_AND_EXITS_3 &&
             argc == 4 && !strcmp(argv[1], "one") && !strcmp(argv[2], "two words") &&
             !strcmp(argv[3], "it's");
    int i;

    printf("HAVE_GETENTROPY %d\nHAVE_CLOCK_GETTIME %d\nHAVE_NONSENSE %d\nHAVE_FORK %d\n",
           HAVE_GETENTROPY, HAVE_CLOCK_GETTIME, HAVE_NONSENSE, HAVE_FORK);
    printf("HAVE_ARC4RANDOM %d\nHAVE_CLOCK_MONOTONIC %d\n", HAVE_ARC4RANDOM, HAVE_CLOCK_MONOTONIC);
    printf("RUNS_AND_EXITS_0 %d\nRUNS_AND_EXITS_3 %d\n", RUNS_AND_EXITS_0, RUNS_AND_EXITS_3);
    printf("argv:");
    for (i = 1; i < argc; i++)
        printf(" [%s]", argv[i]);
    printf("\n");
    if (ok)
        printf("checks ok\n");
    return ok ? 0 : 1;
}
