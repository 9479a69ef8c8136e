/* kit-test: make debug GDB_BATCH=...: gdb stops at main, steps, reads a variable, prints a backtrace
 * expect: Breakpoint 1, main
 * expect: answer = 42
 * expect: #0  twice
 * expect: #1  0x
 * expect: in main ()
 * expect-exit: 0
 */
#include <stdio.h>

/* noinline: the backtrace shows main -> twice at -O2 too. */
__attribute__((noinline)) static int twice(int x)
{
    __asm__ volatile("" ::: "memory");
    return 2 * x;
}

int main(void)
{
    volatile int answer = 42;
    int r = twice(answer);

    printf("debug_me: %d\n", r);
    return r == 84 ? 0 : 1;
}
