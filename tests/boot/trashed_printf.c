/* kit-test: printing after the program trashed all of .bss ends (in a fault report, or the output), never hangs
 * expect: before trashing
 * expect-once: \nkit: hart {boot_hart}: 
 * expect-not: nested
 * expect-exit: 139
 */
#include <stdint.h>
#include <stdio.h>

extern char __bss_start[], __bss_end[];

int main(void)
{
    printf("before trashing\n");
    fflush(stdout);
    /* The console's and the output lock's state (newlib's lives in .data
     * and stays): the lock then reads as held by no hart and "a report
     * waiting" as neither 0 nor 1, which a writer once waited on for ever
     * (platform/outlock.c).  Now the write gets as far as the console's
     * trashed driver pointer, and the fault is reported. */
    for (volatile char *p = __bss_start; p < __bss_end; p++)
        *p = (char)0xa5;
    printf("after trashing\n");
    fflush(stdout);
    return 0;
}
