/* Host files for the tests: a name of this configuration's own.  make
 * test runs QEMU in the kit's top directory, where relative paths then
 * resolve (docs/running.md), and boots the same test on several
 * configurations at once, so each names its files after the board, the
 * ABI and the C library: build/hostfs-<board>-<abi>-<libc>-<name>. */
#ifndef SCRATCH_TEST_H
#define SCRATCH_TEST_H

#include <stdio.h>
#include "board_config.h"

#if defined(__PICOLIBC__)
#define SCRATCH_LIBC "picolibc"
#elif defined(_NANO_FORMATTED_IO)
#define SCRATCH_LIBC "nano"
#else
#define SCRATCH_LIBC "newlib"
#endif

#if defined(__riscv_float_abi_double)
#define SCRATCH_ABI "d"
#elif defined(__riscv)
#define SCRATCH_ABI "soft"
#else
#define SCRATCH_ABI "a64"
#endif

static inline const char *scratch(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "build/hostfs-%s-%s-%s-%s", KIT_BOARD_NAME, SCRATCH_ABI,
             SCRATCH_LIBC, name);
    return buf;
}

#endif
