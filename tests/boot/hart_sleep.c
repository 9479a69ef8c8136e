/* kit-test: the cores that wait sleep: one is started, rests and is started twice more; while the boot core then computes and the others wait, every core's instructions together are the computation's
 * needs: smp hart-doorbell
 * insns-max: 50010000
 * expect: hart 1 ran 3 times, done after each: yes
 * expect: computed 0x
 * expect-exit: 0
 */
/* On raspi3b QEMU starts all four cores into the image.  The ones not
 * running a function wait: cores 2 and 3 for their first release (crt0's
 * wait_for_release), core 1 for its next start (kit_arch_hart_rest).
 * QEMU runs WFE as a yield, so cores waiting in wfe spin on their host
 * threads; in wfi (woken by the board's doorbell,
 * platform/aarch64/hart_spintable.c) they execute nothing.  insns-max
 * counts every core's instructions between bench_begin and bench_end
 * (tools/runner/kitrun.c: QEMU's TCG plugin, each core on its own host
 * thread), where the boot core runs a loop of 5 x ROUNDS instructions,
 * whatever the compiler (it is assembly), and a few more for the calls:
 * 50000006 in all.  Cores spinning in wfe added 2.7 to 37 million there
 * (QEMU 7.2, a 2-core host); sleeping ones add none. */
#include <stdint.h>
#include <stdio.h>
#include "../../platform/hart.h"
#include "../../bench/programs/bench.h"

#define STARTS 3
#define ROUNDS 10000000       /* the boot core's work: 5 instructions each */

static unsigned runs;

static void work(void *arg)
{
    (void)arg;
    __atomic_fetch_add(&runs, 1, __ATOMIC_RELAXED);
}

int main(void)
{
    uint64_t x = 0x9e3779b97f4a7c15ull;
    uint32_t n = ROUNDS;
    int done = 1, i;

    /* Core 1 from crt0's wait, then twice from its rest. */
    for (i = 0; i < STARTS; i++) {
        if (kit_hart_start(1, work, NULL) != 0) {
            printf("kit_hart_start(1) failed, start %d\n", i + 1);
            return 1;
        }
        kit_hart_wait(1);
        done &= kit_hart_done(1);
    }
    printf("hart 1 ran %u times, done after each: %s\n",
           __atomic_load_n(&runs, __ATOMIC_RELAXED), done ? "yes" : "NO");

    /* Work of a fixed length while cores 1-3 wait. */
    bench_begin();
    __asm__ volatile("1: eor  %0, %0, %0, lsl #13\n"
                     "   subs %w1, %w1, #1\n"
                     "   eor  %0, %0, %0, lsr #7\n"
                     "   eor  %0, %0, %0, lsl #17\n"
                     "   b.ne 1b"
                     : "+r"(x), "+r"(n) :: "cc");
    bench_end();
    printf("computed 0x%016llx\n", (unsigned long long)x);
    return runs == STARTS && done ? 0 : 1;
}
