/* kit-test: gettimeofday and clock advance with the hardware counter
 * expect: gettimeofday advances: yes
 * expect: usec in range: yes
 * expect: clock advances: yes
 * expect: time() agrees with gettimeofday: yes
 * expect-exit: 0
 */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static long long usec(const struct timeval *tv)
{
    return (long long)tv->tv_sec * 1000000 + tv->tv_usec;
}

int main(void)
{
    struct timeval a, b;
    clock_t c0, c1;
    volatile unsigned spin = 0;

    gettimeofday(&a, NULL);
    c0 = clock();
    /* Wait until at least 20 ms have passed by the counter itself. */
    do {
        for (int i = 0; i < 10000; i++)
            spin++;
        gettimeofday(&b, NULL);
    } while (usec(&b) - usec(&a) < 20000 && spin < 400000000u);
    c1 = clock();

    int advances = usec(&b) > usec(&a) && usec(&b) - usec(&a) >= 20000;
    printf("gettimeofday advances: %s (%lld us)\n", advances ? "yes" : "NO",
           usec(&b) - usec(&a));
    printf("usec in range: %s\n",
           a.tv_usec >= 0 && a.tv_usec < 1000000 && b.tv_usec < 1000000 ? "yes" : "NO");
    printf("clock advances: %s\n", c1 > c0 ? "yes" : "NO");
    time_t t = time(NULL);
    printf("time() agrees with gettimeofday: %s\n",
           t >= a.tv_sec && t <= b.tv_sec + 1 ? "yes" : "NO");
    return advances && c1 > c0 ? 0 : 1;
}
