/*
 * Random bytes from the machine itself, for getentropy (syscalls/
 * getentropy.c) and through it arc4random.  The sources, first found
 * first used (platform/entropy.c):
 *
 *   rndr        AArch64 FEAT_RNG (RNDRRS), where ID_AA64ISAR0_EL1 says
 *               so: QEMU's -cpu max (the SVE boards), not cortex-a53
 *   zkr         the RISC-V seed CSR (Zkr), in M-mode only, where the
 *               devicetree's riscv,isa names zkr: QEMU -cpu rv64,zkr=true
 *               (OpenSBI 1.1 does not open it to S-mode)
 *   virtio-rng  a virtio entropy device on one of the board's virtio-mmio
 *               transports (BOARD_VIRTIO_MMIO_*): the virt boards' QEMU
 *               lines add -device virtio-rng-device
 *
 * None: -ENOSYS.  Never bytes made from a clock or a counter.
 */
#ifndef KIT_ENTROPY_H
#define KIT_ENTROPY_H

#include <stddef.h>

/* Fill buf with len random bytes: 0, or -ENOSYS (no source), -EIO (the
 * source stopped answering). */
int kit_entropy(void *buf, size_t len);

/* Which source kit_entropy uses: "rndr", "zkr", "virtio-rng", or NULL
 * for none (for a program that wants to say where its bytes come from). */
const char *kit_entropy_source(void);

#endif
