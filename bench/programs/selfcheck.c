/*
 * Is the plugin's count exact?  Compare it with the CPU's own count of
 * retired instructions over the same stretch of code: RISC-V minstret
 * (M-mode), AArch64 PMU event 0x08 INST_RETIRED, which QEMU implements
 * only with -icount (and then counts exactly, instruction by instruction).
 *
 * The markers here read the counter as their first instruction, so the
 * plugin's count (instructions executed before the marker's first
 * instruction) and the counter's value cover exactly the same
 * instructions.  The stretch includes printf through the UART: MMIO
 * accesses make QEMU end translation blocks early, the case a
 * per-block count would get wrong.  run.sh compares the printed
 * difference with the plugin's bench_end - bench_begin.
 */
#include <stdio.h>

#if defined(__riscv)
#define READ_COUNTER(v) __asm__ volatile("csrr %0, minstret" : "=r"(v))
#elif defined(__aarch64__)
#define READ_COUNTER(v) __asm__ volatile("mrs %0, pmevcntr0_el0" : "=r"(v))
#endif

__attribute__((noipa)) unsigned long bench_begin(void)
{
    unsigned long v;

    READ_COUNTER(v);
    return v;
}

__attribute__((noipa)) unsigned long bench_end(void)
{
    unsigned long v;

    READ_COUNTER(v);
    return v;
}

static void counter_on(void)
{
#if defined(__aarch64__)
    /* PMEVTYPER0_EL0: event 0x08, counted at EL1 and EL0; enable it
     * (PMCNTENSET_EL0 bit 0) and the PMU (PMCR_EL0.E). */
    __asm__ volatile("msr pmevtyper0_el0, %0\n"
                     "msr pmcntenset_el0, %1\n"
                     "mrs x9, pmcr_el0\n"
                     "orr x9, x9, #1\n"
                     "msr pmcr_el0, x9\n"
                     "isb" :: "r"(0x08ul), "r"(1ul) : "x9");
#endif
}

int main(void)
{
    unsigned long begin, end;
    volatile unsigned sum = 0;
    unsigned i;

    counter_on();
    begin = bench_begin();
    for (i = 0; i < 1000; i++)
        sum += i * i;
    printf("a line through stdio and the UART: %u\n", sum);
    end = bench_end();
    printf("counter-delta %lu\n", end - begin);
    return 0;
}
