/* kit-test: a local array overflowing into the return address is caught by the stack protector, exit 134
 * expect: before the fault
 * expect: kit: stack smashing detected
 * expect-not: after the fault
 * expect-exit: 134
 */
#include <string.h>
#include "lib/fault.h"

static void fill(char *buf, size_t n)
{
    memset(buf, 'x', n);
}

__attribute__((noinline)) static void victim(volatile size_t n)
{
    char buf[16];

    fill(buf, n);                       /* n > 16: past the array */
    __asm__ volatile("" :: "r"(buf) : "memory");
}

int main(void)
{
    before_fault();
    victim(64);
    printf("after the fault\n");
    return 0;
}
