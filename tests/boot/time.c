/* kit-test: gettimeofday, clock and time advance at the counter's real rate: 20 ms of instructions read as 20 ms
 * qemu: -icount shift=0,sleep=off
 * expect: gettimeofday over 20 ms of instructions: yes
 * expect: clock over 20 ms of instructions: yes
 * expect: usec in range: yes
 * expect: time() agrees with gettimeofday: yes
 * expect-exit: 0
 */
/*
 * The rate is the point: gettimeofday and clock turn counter ticks into
 * time with the rate the kit believes (the devicetree's timebase on
 * RISC-V, CNTFRQ_EL0 on AArch64), and a wrong rate still "advances".  So
 * the interval comes from elsewhere: under -icount shift=0 (QEMU's
 * "icount" mode, as timer.c runs) every instruction takes 1 ns of virtual
 * time, and the counters (mtime, CNTVCT_EL0) follow virtual time, so a
 * loop of a known number of instructions is a known interval on every
 * board, with a timer interrupt or without.  sleep=off: a wfi costs no
 * real time.  Tolerance: the reads themselves take a few microseconds
 * of instructions (rv32: 64-bit divisions in software), so 1% late, never
 * early; clock() one step of CLOCKS_PER_SEC either way (picolibc on
 * AArch64 counts in 10 ms steps).
 */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

#define LOOPS   10000000ul      /* 2 instructions each: 20 ms */
#define WANT_US 20000
#define LATE_US (WANT_US / 100)

/* n iterations of exactly two instructions (decrement, branch). */
static void burn(unsigned long n)
{
#if defined(__riscv)
    __asm__ volatile("1: addi %0, %0, -1\n bnez %0, 1b" : "+r"(n));
#else
    __asm__ volatile("1: subs %0, %0, #1\n b.ne 1b" : "+r"(n) :: "cc");
#endif
}

static long usec(const struct timeval *tv)
{
    return (long)tv->tv_sec * 1000000 + tv->tv_usec;
}

static const char *within(long got_us, long early_us, long late_us)
{
    return got_us >= WANT_US - early_us && got_us <= WANT_US + late_us ? "yes" : "NO";
}

int main(void)
{
    long step_us = 1000000 / CLOCKS_PER_SEC, tv_us, clock_us;
    struct timeval a, b;
    clock_t c0, c1;
    time_t t;

    gettimeofday(&a, NULL);
    c0 = clock();
    burn(LOOPS);
    c1 = clock();
    gettimeofday(&b, NULL);
    t = time(NULL);

    tv_us = usec(&b) - usec(&a);
    clock_us = (long)(c1 - c0) * step_us;
    printf("gettimeofday over 20 ms of instructions: %s (%ld us)\n",
           within(tv_us, 0, LATE_US), tv_us);
    printf("clock over 20 ms of instructions: %s (%ld us, steps of %ld us)\n",
           within(clock_us, step_us, LATE_US + step_us), clock_us, step_us);
    printf("usec in range: %s\n",
           a.tv_usec >= 0 && a.tv_usec < 1000000 && b.tv_usec < 1000000 ? "yes" : "NO");
    printf("time() agrees with gettimeofday: %s\n",
           t >= a.tv_sec && t <= b.tv_sec + 1 ? "yes" : "NO");
    return 0;
}
