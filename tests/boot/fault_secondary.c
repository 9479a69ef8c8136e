/* kit-test: a fault on a secondary hart names that hart, and its report is not mixed into the boot hart's output, exit 139
 * needs: smp
 * qemu: -smp 4
 * expect: the fault will be on hart {?victim}
 * expect: before the fault
 * expect[mmode]: \n\nkit: hart {victim}: illegal instruction (M-mode)\n  pc 0x
 * expect[smode]: \n\nkit: hart {victim}: illegal instruction (S-mode)\n  pc 0x
 * expect[aarch64]: \n\nkit: hart {victim}: undefined/illegal instruction\n  pc 0x
 * expect:   pc: crash+0x0
 * expect-once: kit: 
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

/*
 * The report must name the hart that faulted, so the program says which
 * one it starts and the test expects that number ({?victim}): hart 2,
 * unless it is the boot hart (under OpenSBI fw_jump any hart may be: its
 * boot-hart lottery), then hart 3.  Not mixed: the boot hart prints whole
 * lines in a loop, each one _write under the output lock, so the report
 * (which starts with a "\n" of its own) must follow a complete line, as
 * "\n\nkit: ...", and its own first line must be whole up to the next
 * line's "  pc 0x".
 */
int main(void)
{
    char line[] = "the boot hart keeps printing whole lines\n";
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
