/*
 * The RISC-V entropy source: the seed CSR (0x015) of the Zkr extension
 * (RISC-V Cryptography Extensions Vol. I, v1.0, chapter 4 "Entropy
 * Source").
 *
 * Only in M-mode, and only where the hart has Zkr: nothing in a register
 * says so (misa has no bit for it), so the devicetree's riscv,isa string
 * (the first cpu's) is asked for a "zkr" or "zk" extension, once.  S-mode
 * may reach seed only if M-mode sets mseccfg.SSEED, which OpenSBI 1.1
 * does not: an S-mode build has none.
 *
 * seed must be accessed with a read-write instruction (csrrw; a plain
 * read is an illegal instruction, 4.1).  Its OPST field (bits 31:30)
 * says ES16 (2: bits 15:0 hold 16 bits of entropy), WAIT (1) or BIST
 * (0: ask again), or DEAD (3: unrecoverable).  The 16-bit samples are
 * the source's raw output, which 4.4 expects to seed a DRBG -- what
 * arc4random does with getentropy's bytes; QEMU fills them from the
 * host's random source.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "board_config.h"
#include "../arch.h"
#include "../platform.h"

#define SEED_OPST_SHIFT 30
#define OPST_BIST 0
#define OPST_WAIT 1
#define OPST_ES16 2
#define OPST_DEAD 3
#define TRIES 100000

#if defined(KIT_MODE_S)
int kit_arch_entropy(void *buf, size_t len)
{
    (void)buf;
    (void)len;
    return -ENODEV;
}
#else
/* Does the ISA string name ext among its multi-letter extensions
 * ("rv64imafdc_zicsr_zkr_sstc": each after a '_')? */
static int isa_has(const char *isa, const char *ext)
{
    size_t n = strlen(ext);
    const char *p;

    for (p = strchr(isa, '_'); p; p = strchr(p + 1, '_'))
        if (!strncmp(p + 1, ext, n) && (p[1 + n] == '_' || !p[1 + n]))
            return 1;
    return 0;
}

static int has_zkr(void)
{
    static int known = -1;
    const char *isa;

    if (known < 0) {
        isa = kit_devicetree_riscv_isa();
        known = isa && (isa_has(isa, "zkr") || isa_has(isa, "zk"));
    }
    return known;
}

/* 16 bits of entropy into *v: 1, or 0 (DEAD, or no sample in TRIES). */
static int seed16(uint16_t *v)
{
    unsigned long s;
    int i;

    for (i = 0; i < TRIES; i++) {
        __asm__ volatile("csrrw %0, 0x015, x0" : "=r"(s));
        switch ((s >> SEED_OPST_SHIFT) & 3) {
        case OPST_ES16:
            *v = (uint16_t)s;
            return 1;
        case OPST_DEAD:
            return 0;
        default:                /* BIST, WAIT: not yet */
            break;
        }
    }
    return 0;
}

int kit_arch_entropy(void *buf, size_t len)
{
    unsigned char *p = buf;
    uint16_t v;
    size_t n;

    if (!has_zkr())
        return -ENODEV;
    while (len) {
        if (!seed16(&v))
            return -EIO;
        n = len < sizeof v ? len : sizeof v;
        memcpy(p, &v, n);
        p += n;
        len -= n;
    }
    return 0;
}
#endif

const char *kit_arch_entropy_name(void)
{
    return "zkr";
}
