/*
 * getentropy (POSIX.1-2024; OpenBSD, glibc): random bytes from the
 * machine's own entropy source (platform/entropy.c: RNDR, the RISC-V seed
 * CSR or a virtio-rng device), and through it newlib's and picolibc's
 * arc4random.  A board with none fails ENOSYS: never bytes made up from
 * the time or a counter.
 */
#include <errno.h>
#include <stddef.h>
#include <unistd.h>
#include "result.h"
#include "../platform/entropy.h"

/* POSIX.1-2024 getentropy: at most GETENTROPY_MAX (256) bytes a call. */
#define KIT_GETENTROPY_MAX 256

int getentropy(void *buf, size_t len)
{
    if (len > KIT_GETENTROPY_MAX)
        return (int)kit_result(-EINVAL);
    if (!buf && len)
        return (int)kit_result(-EFAULT);
    return (int)kit_result(kit_entropy(buf, len));
}
