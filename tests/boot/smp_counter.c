/* kit-test: four harts add to one atomic counter; the boot hart starts and waits for them
 * needs: smp
 * qemu: -smp 4
 * expect: started 3 other harts
 * expect: counter 400000 (4 harts x 100000)
 * expect: every hart had its own stack: yes
 * expect: starting itself or a missing hart fails: yes
 * expect-exit: 0
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include "../../platform/hart.h"
#include "board_config.h"                /* KIT_* values of this build */
#include "../../platform/platform.h"
#include "../../platform/stack.h"     /* kit_stack_top */

#define HARTS 4
#define ADDS  100000
/* work()'s local lies this close below the top of its hart's stack: crt0
 * starts sp at the top, and only a few frames (start-up, main, work) lie
 * above it.  Less than a guard (4 KiB), so a stack one stride off fails. */
#define NEAR_TOP 1024

static unsigned long counter;
static uintptr_t stack_seen[HARTS];
static unsigned id_seen[HARTS];

static void work(void *arg)
{
    unsigned slot = (unsigned)(uintptr_t)arg;
    int local;

    stack_seen[slot] = (uintptr_t)&local;
    id_seen[slot] = kit_hart_self();
    for (int i = 0; i < ADDS; i++)
        __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
}

int main(void)
{
    unsigned self = kit_hart_self(), started = 0, h;
    int distinct = 1, refused;

    /* The boot hart may be any hart under OpenSBI: start the other three. */
    for (h = 0; h < HARTS; h++)
        if (h != self && kit_hart_start(h, work, (void *)(uintptr_t)h) == 0)
            started++;
    printf("started %u other harts (boot hart %u)\n", started, self);

    /* Starting ourselves, or a hart that does not exist,
     * must fail with EINVAL, not hang or run twice. */
    errno = 0;
    refused = kit_hart_start(self, work, 0) == -1 && errno == EINVAL;
    errno = 0;
    refused &= kit_hart_start(KIT_MAX_HARTS, work, 0) == -1 && errno == EINVAL;

    work((void *)(uintptr_t)self);
    for (h = 0; h < HARTS; h++)
        if (h != self)
            kit_hart_wait(h);

    /* Exact: slot h ran on hart h (ids 0..3, work() got h as its arg), and
     * its local lay at the top of hart h's own stack (stack.h: hart h's
     * stack is the KIT_STACK_SIZE bytes below kit_stack_top(h)). */
    for (h = 0; h < HARTS; h++) {
        uintptr_t top = kit_stack_top(h);

        if (id_seen[h] != h || stack_seen[h] >= top || stack_seen[h] < top - NEAR_TOP)
            distinct = 0;
    }
    printf("counter %lu (%d harts x %d)\n", counter, HARTS, ADDS);
    printf("every hart had its own stack: %s\n", distinct ? "yes" : "NO");
    printf("starting itself or a missing hart fails: %s\n", refused ? "yes" : "NO");
    return counter == (unsigned long)HARTS * ADDS && distinct && refused
           && started == HARTS - 1 ? 0 : 1;
}
