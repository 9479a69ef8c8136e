/* kit-test: on an AArch64 CPU with FEAT_RNG (QEMU -cpu max) getentropy reads RNDRRS, before any device
 * scope: arch
 * archs: aarch64
 * qemu: -cpu max
 * expect: source: rndr
 * expect: getentropy 32 bytes, twice, different: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* platform/aarch64/entropy.c: ID_AA64ISAR0_EL1.RNDR says the CPU has it
 * (cortex-a53, the boards' default CPU, does not: there virtio-rng). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "../../platform/entropy.h"

int main(void)
{
    unsigned char a[32], b[32];
    const char *src = kit_entropy_source();

    printf("source: %s\n", src ? src : "none");
    printf("getentropy 32 bytes, twice, different: %s\n",
           getentropy(a, 32) == 0 && getentropy(b, 32) == 0 && memcmp(a, b, 32) ? "ok" : "WRONG");
    return 0;
}
