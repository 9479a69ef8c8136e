/*
 * A virtio entropy device (virtio 1.2, 5.4 "Entropy Device") on a
 * virtio-mmio transport (4.2): random bytes the host fills in.
 * platform/entropy.c finds the transport (the board's list of them:
 * BOARD_VIRTIO_MMIO_*) and asks here.
 */
#ifndef KIT_VIRTIO_RNG_H
#define KIT_VIRTIO_RNG_H

#include <stddef.h>
#include <stdint.h>

/* What sits at one transport: */
#define VIRTIO_RNG_NONE    0    /* no device, or another kind */
#define VIRTIO_RNG_MODERN  1    /* an entropy device, virtio 1.x (Version 2) */
#define VIRTIO_RNG_LEGACY  2    /* one, but legacy (Version 1): not driven */
int virtio_rng_probe(uintptr_t base);

/* Bring the device at base up (reset, features, its one queue): 0 or -1. */
int virtio_rng_init(uintptr_t base);

/* Fill buf with len random bytes: 0, or -1 when the device stops
 * answering. */
int virtio_rng_read(uintptr_t base, void *buf, size_t len);

#endif
