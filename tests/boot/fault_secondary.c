/* kit-test: a fault on a secondary hart names that hart, and its report is not mixed into the boot hart's output, exit 139
 * needs: smp
 * qemu: -smp 4
 * expect: before the fault
 * expect: kit: hart 
 * expect: illegal instruction
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "../../platform/hart.h"
#include "lib/fault.h"

/* An illegal instruction: it faults on every board, including raspi3b,
 * whose page 0 stays mapped. */
static void crash(void *arg)
{
    (void)arg;
#if defined(__riscv)
    __asm__ volatile(".word 0");
#else
    __asm__ volatile("udf #0");
#endif
}

int main(void)
{
    char line[] = "the boot hart keeps printing whole lines\n";

    /* Hart 2, unless it is the boot hart: under OpenSBI any hart may be
     * (its boot-hart lottery), then hart 3. */
    unsigned victim = kit_hart_self() == 2 ? 3 : 2;

    printf("the fault will be on hart %u\n", victim);
    before_fault();
    if (kit_hart_start(victim, crash, 0) != 0) {
        printf("kit_hart_start: %s\n", strerror(errno));
        return 3;
    }
    for (;;)
        fwrite(line, 1, sizeof line - 1, stdout);
    printf("after the fault\n");
    return 0;
}
