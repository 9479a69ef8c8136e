/* kit-test: clock() counts in steps of at most 1 ms on every architecture
 * scope: arch
 * libcs: newlib newlib-nano
 * qemu: -icount shift=0,sleep=off
 * expect: CLOCKS_PER_SEC: 1000000
 * expect: smallest step under 1 ms: yes
 * expect-exit: 0
 */
/* newlib 3.3.0 set CLOCKS_PER_SEC to 100 on AArch64 (machine/time.h, for
 * ARM semihosting's centisecond SYS_CLOCK), so clock() moved in 10 ms
 * steps even though the kit's _times reads a 62.5 MHz counter: a
 * benchmark of a few ms measured 0 or 10 ms.  RISC-V had 1000000 (the
 * value XSI requires) already.  newlib/patches/0008 makes AArch64 the
 * same.  (On rv32 clock_t is 32 bits, so clock() still wraps after
 * 2^32 us, about 71.6 minutes: see README, "newlib limits".)  newlib
 * only: picolibc 1.8 keeps 100 on AArch64 (README, picolibc limits). */
#include <stdio.h>
#include <time.h>

int main(void)
{
    clock_t c0 = clock(), c1;
    unsigned long long spins = 0;

    /* The first change of clock() after c0 is one step (or less, if c0 was
     * read late in its step).  A bound on the loop: no hang if it never moves. */
    while ((c1 = clock()) == c0 && ++spins < 100000000ull)
        ;
    unsigned long long step_us = (unsigned long long)(c1 - c0) * 1000000u / CLOCKS_PER_SEC;

    printf("CLOCKS_PER_SEC: %ld\n", (long)CLOCKS_PER_SEC);
    printf("smallest step under 1 ms: %s (%llu us)\n",
           c1 != c0 && step_us < 1000 ? "yes" : "NO", step_us);
    return c1 != c0 && step_us < 1000 ? 0 : 1;
}
