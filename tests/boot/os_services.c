/* kit-test: a program finds an OS: a host file written and read back, the date, random bytes
 * needs: hostfs rtc entropy
 * expect: file: wrote 1 line, read it back: ok
 * expect: date: ok
 * expect: 16 random bytes: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* What issue 23 asked of the kit, in one program: fopen a file on the host
 * (semihosting), write it, read it back; print the date from the board's
 * real-time clock (the host's date, so after 2024); 16 bytes from
 * getentropy (virtio-rng, RNDR or the seed CSR), two draws that differ.
 * Runs on every board that has the three, under every C library. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "lib/scratch.h"

int main(void)
{
    char path[96], line[64] = "";
    unsigned char a[16], b[16];
    time_t now = time(NULL);
    struct tm tm;
    FILE *f;
    int ok, i;

    scratch(path, sizeof path, "os_services.txt");
    f = fopen(path, "w");
    ok = f && fputs("hello, host\n", f) >= 0 && fclose(f) == 0;
    f = fopen(path, "r");
    ok = ok && f && fgets(line, sizeof line, f) && !strcmp(line, "hello, host\n");
    if (f)
        fclose(f);
    remove(path);
    printf("file: wrote 1 line, read it back: %s\n", ok ? "ok" : "WRONG");

    gmtime_r(&now, &tm);
    printf("the date: %04d-%02d-%02d %02d:%02d:%02d UTC\n", tm.tm_year + 1900,
           tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    printf("date: %s\n", tm.tm_year + 1900 >= 2024 ? "ok" : "WRONG (no real-time clock?)");

    ok = getentropy(a, sizeof a) == 0 && getentropy(b, sizeof b) == 0 &&
         memcmp(a, b, sizeof a) != 0;
    printf("getentropy:");
    for (i = 0; i < 16; i++)
        printf(" %02x", a[i]);
    printf("\n16 random bytes: %s\n", ok ? "ok" : "WRONG");
    return 0;
}
