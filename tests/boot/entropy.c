/* kit-test: getentropy and arc4random from the machine's entropy source
 * needs: entropy
 * scope: arch
 * expect: source: 
 * expect: getentropy 16 bytes, twice, different: ok
 * expect: getentropy 256 bytes (the most): ok
 * expect: getentropy 257 bytes: EINVAL: ok
 * expect: arc4random: two values, different: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* platform/entropy.h: RNDR, the RISC-V seed CSR, or virtio-rng (the virt
 * boards' QEMU lines add the device).  Before the kit had a source,
 * arc4random did not link (no getentropy). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../../platform/entropy.h"

static void say(const char *what, int ok)
{
    printf("%s: %s\n", what, ok ? "ok" : "WRONG");
}

int main(void)
{
    static unsigned char a[256], b[256];
    const char *src = kit_entropy_source();
    unsigned x, y;
    int i, zero = 1;

    printf("source: %s\n", src ? src : "WRONG: none");
    say("getentropy 16 bytes, twice, different", getentropy(a, 16) == 0 &&
        getentropy(b, 16) == 0 && memcmp(a, b, 16) != 0);
    memset(a, 0, sizeof a);
    if (getentropy(a, 256) == 0)
        for (i = 0; i < 256; i++)
            zero &= a[i] == 0;
    say("getentropy 256 bytes (the most)", !zero);
    errno = 0;
    say("getentropy 257 bytes: EINVAL", getentropy(a, 257) == -1 && errno == EINVAL);
    x = arc4random();
    y = arc4random();
    say("arc4random: two values, different", x != y);
    return 0;
}
