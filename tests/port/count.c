/* kit-test: make run COUNT=1 says how many instructions ran: 1000 nops and the two calls around them
 * expect: counted
 * expect: kit: {?total} instructions: 
 * expect:  before main, 
 * expect:  from main to _exit, 1002 from bench_begin to bench_end (COUNT=1: exact
 * expect-exit: 0
 */
#include <stdio.h>

/* The marks the counter notes (as bench/programs/bench.h's): noipa, so
 * each stays a real call, one `ret` long. */
__attribute__((noipa)) void bench_begin(void) { __asm__ volatile(""); }
__attribute__((noipa)) void bench_end(void) { __asm__ volatile(""); }

int main(void)
{
    bench_begin();
    /* bench_begin's ret, these, and the call of bench_end: 1002 */
    __asm__ volatile(".rept 1000\n\tnop\n\t.endr");
    bench_end();
    printf("counted\n");
    return 0;
}
