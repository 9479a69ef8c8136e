/*
 * Where random bytes come from (platform/entropy.h lists the sources).
 *
 * The CPU's own instruction first (platform/<arch>/entropy.c: no device
 * to set up, no DMA), then a virtio-rng device.  QEMU attaches a
 * "-device virtio-rng-device" to the highest virtio-mmio transport
 * (riscv virt: 0x10008000 of eight at 0x10001000 + n * 0x1000; arm virt:
 * 0x0a003e00 of 32 at 0x0a000000 + n * 0x200), so the board's
 * transports are scanned from the top: each is a few bytes of registers
 * whose MagicValue, Version and DeviceID say what sits there (virtio
 * 1.2, 4.2.2).  The scan runs once, at the first call.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "arch.h"
#include "entropy.h"
#include "platform.h"
#include "../drivers/virtio/virtio_rng.h"

/* The virtio-rng transport in use: 0 none, 1 not looked for yet. */
static uintptr_t rng_base = 1;

static uintptr_t find_virtio_rng(void)
{
    uintptr_t base;
    int i, kind;

    for (i = KIT_VIRTIO_MMIO_COUNT - 1; i >= 0; i--) {
        base = (uintptr_t)KIT_VIRTIO_MMIO_BASE + (uintptr_t)i * KIT_VIRTIO_MMIO_STRIDE;
        kind = virtio_rng_probe(base);
        if (kind == VIRTIO_RNG_MODERN)
            return virtio_rng_init(base) == 0 ? base : 0;
        if (kind == VIRTIO_RNG_LEGACY) {
            kit_puts("kit: the virtio-rng device at ");
            kit_puthex(base);
            kit_puts(" is legacy (virtio-mmio version 1); the kit drives 1.x "
                     "(QEMU: -global virtio-mmio.force-legacy=false)\n");
            return 0;
        }
    }
    return 0;
}

static uintptr_t virtio_rng_base(void)
{
    if (rng_base == 1)
        rng_base = find_virtio_rng();
    return rng_base;
}

int kit_entropy(void *buf, size_t len)
{
    int r = kit_arch_entropy(buf, len);

    if (r != -ENODEV)
        return r;
    if (!virtio_rng_base())
        return -ENOSYS;
    return virtio_rng_read(rng_base, buf, len) == 0 ? 0 : -EIO;
}

const char *kit_entropy_source(void)
{
    if (kit_arch_entropy(NULL, 0) != -ENODEV)
        return kit_arch_entropy_name();
    return virtio_rng_base() ? "virtio-rng" : NULL;
}
