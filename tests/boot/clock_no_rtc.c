/* kit-test: a board without a real-time clock counts the date from reset (1970), and says so in its board file
 * needs: !rtc
 * expect: CLOCK_REALTIME: 1970, seconds since reset: ok
 * expect: time() agrees: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* BOARD_RTC := none (sifive_u, sifive_e, raspi3b: boards/*.mk say why):
 * CLOCK_REALTIME is CLOCK_MONOTONIC, the counter since reset. */
#include <stdio.h>
#include <time.h>

int main(void)
{
    struct timespec r, m;

    clock_gettime(CLOCK_MONOTONIC, &m);
    clock_gettime(CLOCK_REALTIME, &r);
    printf("CLOCK_REALTIME: 1970, seconds since reset: %s\n",
           r.tv_sec < 600 && r.tv_sec >= m.tv_sec ? "ok" : "WRONG");
    printf("time() agrees: %s\n", time(NULL) - r.tv_sec <= 1 ? "ok" : "WRONG");
    return 0;
}
