/* kit-test: printing after the program trashed all of .data and .bss ends (in a fault report, or the output), never hangs
 * expect: before trashing
 * expect-once: \nkit: hart {boot_hart}: 
 * expect-not: nested
 * expect-exit: 139
 */
#include <stdint.h>
#include <stdio.h>

extern char __data_start[], __bss_end[];

int main(void)
{
    printf("before trashing\n");
    fflush(stdout);
    /* The console's, newlib's and the output lock's state: the lock then
     * reads as held by no hart and "a report waiting" as neither 0 nor 1,
     * which a writer once waited on for ever (platform/outlock.c).  Now
     * printf gets as far as the C library's trashed pointers, and the
     * fault is reported. */
    for (volatile char *p = __data_start; p < __bss_end; p++)
        *p = (char)0xa5;
    printf("after trashing\n");
    fflush(stdout);
    return 0;
}
