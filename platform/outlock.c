/*
 * One lock around console output, so that lines from several harts (a
 * secondary hart's fault report, the boot hart's printf) do not
 * interleave.  A hart that faults may hold it forever, and a report must
 * come out regardless: kit_out_lock gives up after a bounded wait and the
 * caller prints anyway (a mixed line beats a silent hang).  Ordinary
 * output (_write) waits as long as it takes: the only other holder is a
 * hart reporting a fault, which ends the program.
 *
 * Both words live in .bss, which a program may scribble over: a holder
 * that is no hart, or a "report waiting" that is not exactly 1, is such
 * garbage, and is not waited for (printing after a trashed .bss ends in
 * output or a fault report, never a silent hang).
 */
#include "board_config.h"
#include "platform.h"

static int out_lock;        /* 0 free, else 1 + the holder's hart id */
static int report_waiting;  /* a fault report wants the lock: writers yield */

int kit_out_lock(unsigned hart, long spins)
{
    long i;

    /* One hart: no one else prints (timer callbacks may not), so there
     * is nothing to wait for, and the compiler drops the rest. */
    if (KIT_MAX_HARTS == 1)
        return 1;
    /* A report must not starve behind a hart that prints in a loop: once
     * one waits, ordinary writers stop taking the lock (the report ends
     * the program). */
    if (spins >= 0)
        __atomic_store_n(&report_waiting, 1, __ATOMIC_RELAXED);
    for (i = 0; spins < 0 || i < spins; i++) {
        int expected = __atomic_load_n(&out_lock, __ATOMIC_RELAXED);

        if (spins < 0 && __atomic_load_n(&report_waiting, __ATOMIC_RELAXED) == 1)
            continue;
        if (expected == (int)hart + 1)
            return 0;           /* ours already (a fault while printing) */
        if (expected >= 1 && expected <= KIT_MAX_HARTS)
            expected = 0;       /* a real holder: wait for it to let go */
        if (__atomic_compare_exchange_n(&out_lock, &expected, (int)hart + 1, 0,
                                        __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return 1;
    }
    return 0;
}

void kit_out_unlock(void)
{
    __atomic_store_n(&out_lock, 0, __ATOMIC_RELEASE);
}
