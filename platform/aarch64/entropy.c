/*
 * AArch64's random-number instruction (FEAT_RNG, Armv8.5): RNDRRS, where
 * ID_AA64ISAR0_EL1.RNDR (bits 63:60) is 0b0001 (ARM ARM D17.2.61).
 *
 * RNDRRS rather than RNDR: both read a DRBG, but RNDRRS reseeds it from
 * the true random source before each read (ARM ARM C5.2.15-16), and
 * getentropy's bytes are meant as seeds.  A read that fails sets
 * PSTATE.Z (NZCV = 0b0100) and returns 0: tried again, a bounded number
 * of times.  Named by their encodings (S3_3_C2_C4_1, ID_AA64ISAR0_EL1 is
 * readable by name): the kit assembles for cortex-a53, which has no RNG.
 * QEMU: -cpu max has it (the SVE boards), cortex-a53 does not.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "../arch.h"

#define ISAR0_RNDR_SHIFT 60
#define TRIES 1000

static int has_rng(void)
{
    uint64_t isar0;

    __asm__ volatile("mrs %0, id_aa64isar0_el1" : "=r"(isar0));
    return (isar0 >> ISAR0_RNDR_SHIFT & 0xf) >= 1;
}

/* 64 random bits into *v: 1, or 0 after TRIES failed reads. */
static int rndrrs(uint64_t *v)
{
    uint64_t ok;
    int i;

    for (i = 0; i < TRIES; i++) {
        __asm__ volatile("mrs %0, s3_3_c2_c4_1\n\tcset %1, ne"
                         : "=r"(*v), "=r"(ok) :: "cc");
        if (ok)
            return 1;
    }
    return 0;
}

int kit_arch_entropy(void *buf, size_t len)
{
    unsigned char *p = buf;
    uint64_t v;
    size_t n;

    if (!has_rng())
        return -ENODEV;
    while (len) {
        if (!rndrrs(&v))
            return -EIO;
        n = len < sizeof v ? len : sizeof v;
        memcpy(p, &v, n);
        p += n;
        len -= n;
    }
    return 0;
}

const char *kit_arch_entropy_name(void)
{
    return "rndr";
}
