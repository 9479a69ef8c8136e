/*
 * virtio-rng over virtio-mmio, polled, virtio 1.x only.
 *
 * Why 1.x and not the legacy interface QEMU 7.2 presents by default: the
 * legacy one (virtio 1.2, 4.2.4) wants its queue as one page-aligned
 * block given by page frame number, the used ring on a page of its own
 * (8 KiB of RAM for a one-descriptor queue); 1.x places three small
 * rings anywhere by address.  The kit's virt boards ask QEMU for 1.x
 * (-global virtio-mmio.force-legacy=false); a legacy device is reported
 * once and not used (platform/entropy.c).
 *
 * Register offsets: virtio 1.2, 4.2.2 "MMIO Device Register Layout".
 * Start-up: 3.1.1 "Driver Requirements: Device Initialization" and
 * 4.2.3.1-4.2.3.2.  The queue: 2.7 "Split Virtqueues" with one
 * descriptor, device-writable, pointing at the caller's buffer (the kit
 * maps memory 1:1, so an address is what the device sees).  The device
 * answers in the used ring; the kit polls it, with interrupts off
 * (VIRTQ_AVAIL_F_NO_INTERRUPT).  Little-endian throughout (1.x).
 */
#include "virtio_rng.h"
#include "../mmio.h"

#define MAGIC_VALUE         0x000   /* 0x74726976, "virt" */
#define VERSION             0x004   /* 2: virtio 1.x; 1: legacy */
#define DEVICE_ID           0x008   /* 4: entropy source (5.4) */
#define DEVICE_FEATURES     0x010
#define DEVICE_FEATURES_SEL 0x014
#define DRIVER_FEATURES     0x020
#define DRIVER_FEATURES_SEL 0x024
#define QUEUE_SEL           0x030
#define QUEUE_NUM_MAX       0x034
#define QUEUE_NUM           0x038
#define QUEUE_READY         0x044
#define QUEUE_NOTIFY        0x050
#define INTERRUPT_STATUS    0x060
#define INTERRUPT_ACK       0x064
#define STATUS              0x070
#define QUEUE_DESC_LOW      0x080
#define QUEUE_DESC_HIGH     0x084
#define QUEUE_DRIVER_LOW    0x090   /* the available ring */
#define QUEUE_DRIVER_HIGH   0x094
#define QUEUE_DEVICE_LOW    0x0a0   /* the used ring */
#define QUEUE_DEVICE_HIGH   0x0a4

#define MAGIC               0x74726976u
#define DEVICE_ENTROPY      4
#define ACKNOWLEDGE         1u      /* device status bits (2.1) */
#define DRIVER              2u
#define DRIVER_OK           4u
#define FEATURES_OK         8u
#define FAILED              128u
#define F_VERSION_1_HIGH    1u      /* feature bit 32 (6): bit 0 of word 1 */

#define DESC_F_WRITE        2       /* the device writes the buffer (2.7.5) */
#define AVAIL_F_NO_INTERRUPT 1      /* we poll (2.7.7) */

/* How long to wait for the device: a bound, so that a device that never
 * answers is an error instead of a hang. */
#define SPINS 100000000ul

/* The one-descriptor queue: alignments from 2.7 (16, 2, 4). */
static struct {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
} __attribute__((aligned(16))) desc;
static struct {
    uint16_t flags, idx, ring[1], used_event;
} __attribute__((aligned(2))) avail;
static volatile struct {
    uint16_t flags, idx;
    struct { uint32_t id, len; } ring[1];
    uint16_t avail_event;
} __attribute__((aligned(4))) used;

int virtio_rng_probe(uintptr_t base)
{
    if (mmio_read32(base + MAGIC_VALUE) != MAGIC ||
        mmio_read32(base + DEVICE_ID) != DEVICE_ENTROPY)
        return VIRTIO_RNG_NONE;
    return mmio_read32(base + VERSION) == 2 ? VIRTIO_RNG_MODERN : VIRTIO_RNG_LEGACY;
}

static void write_addr(uintptr_t base, unsigned low, const volatile void *p)
{
    uint64_t a = (uintptr_t)p;

    mmio_write32(base + low, (uint32_t)a);
    mmio_write32(base + low + 4, (uint32_t)(a >> 32));
}

static int fail(uintptr_t base)
{
    mmio_write32(base + STATUS, FAILED);
    return -1;
}

int virtio_rng_init(uintptr_t base)
{
    unsigned long n;
    uint32_t status;

    /* Reset, and wait until the device says it is done (4.2.3.1). */
    mmio_write32(base + STATUS, 0);
    for (n = 0; mmio_read32(base + STATUS) != 0; n++)
        if (n == SPINS)
            return -1;
    status = ACKNOWLEDGE | DRIVER;
    mmio_write32(base + STATUS, status);
    /* Only VERSION_1: the entropy device has no features of its own. */
    mmio_write32(base + DEVICE_FEATURES_SEL, 1);
    if (!(mmio_read32(base + DEVICE_FEATURES) & F_VERSION_1_HIGH))
        return fail(base);
    mmio_write32(base + DRIVER_FEATURES_SEL, 0);
    mmio_write32(base + DRIVER_FEATURES, 0);
    mmio_write32(base + DRIVER_FEATURES_SEL, 1);
    mmio_write32(base + DRIVER_FEATURES, F_VERSION_1_HIGH);
    status |= FEATURES_OK;
    mmio_write32(base + STATUS, status);
    if (!(mmio_read32(base + STATUS) & FEATURES_OK))
        return fail(base);
    /* Queue 0, "requestq" (5.4.2), one descriptor. */
    mmio_write32(base + QUEUE_SEL, 0);
    if (mmio_read32(base + QUEUE_READY) || mmio_read32(base + QUEUE_NUM_MAX) < 1)
        return fail(base);
    mmio_write32(base + QUEUE_NUM, 1);
    avail.flags = AVAIL_F_NO_INTERRUPT;
    avail.idx = 0;
    used.idx = 0;
    write_addr(base, QUEUE_DESC_LOW, &desc);
    write_addr(base, QUEUE_DRIVER_LOW, &avail);
    write_addr(base, QUEUE_DEVICE_LOW, &used);
    mmio_fence();
    mmio_write32(base + QUEUE_READY, 1);
    mmio_write32(base + STATUS, status | DRIVER_OK);
    return 0;
}

/* One request: the device fills up to len bytes of p; how many, or -1. */
static long request(uintptr_t base, uint8_t *p, uint32_t len)
{
    uint16_t seen = used.idx;
    unsigned long n;

    desc.addr = (uintptr_t)p;
    desc.len = len;
    desc.flags = DESC_F_WRITE;
    desc.next = 0;
    avail.ring[0] = 0;
    mmio_fence();               /* the descriptor before the index */
    avail.idx++;
    mmio_fence();               /* the index before the notification */
    mmio_write32(base + QUEUE_NOTIFY, 0);
    for (n = 0; used.idx == seen; n++)
        if (n == SPINS)
            return -1;
    mmio_fence();               /* the bytes after the index that says so */
    mmio_write32(base + INTERRUPT_ACK, mmio_read32(base + INTERRUPT_STATUS));
    return used.ring[0].len <= len ? (long)used.ring[0].len : -1;
}

int virtio_rng_read(uintptr_t base, void *buf, size_t len)
{
    uint8_t *p = buf;
    long got;

    while (len) {
        got = request(base, p, len > 0x10000 ? 0x10000 : (uint32_t)len);
        if (got <= 0)           /* 5.4.6.1: it must give one byte or more */
            return -1;
        p += got;
        len -= (size_t)got;
    }
    return 0;
}
