/*
 * mbr: give a disk image a DOS (MBR) partition table with one bootable
 * partition, from 1 MiB to the end of the file: what `make sdcard` formats
 * as FAT (mtools' mformat -i FILE@@1M) for U-Boot to read.
 *
 *   mbr DISK TYPE      TYPE: the partition type byte, e.g. 0x0e (FAT16, LBA)
 *
 * U-Boot's distro boot (the autoboot of every board U-Boot ships for)
 * looks for boot.scr on a disk's partitions and ignores a disk that has
 * none, so a whole-disk FAT is not enough.  The layout is the classic
 * MBR's (the partition table at byte 446 of sector 0: four 16-byte
 * entries, then the signature 0x55 0xaa at 510): entry 1 is status 0x80
 * (bootable), CHS fields 0xfe 0xff 0xff ("use the LBA fields"), the type,
 * the first sector and the sector count as 32-bit little-endian numbers.
 * The rest of sector 0 (boot code, disk signature) stays as it was.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SECTOR      512
#define TABLE       446             /* the partition table's offset */
#define FIRST_LBA   2048            /* 1 MiB: where SD cards start theirs */

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* One 16-byte partition entry: bootable, LBA only, [first, first + count). */
static void entry(uint8_t *e, unsigned type, uint32_t first, uint32_t count)
{
    static const uint8_t chs_lba[3] = { 0xfe, 0xff, 0xff };

    memset(e, 0, 16);
    e[0] = 0x80;
    memcpy(e + 1, chs_lba, 3);
    e[4] = (uint8_t)type;
    memcpy(e + 5, chs_lba, 3);
    put32(e + 8, first);
    put32(e + 12, count);
}

int main(int argc, char **argv)
{
    uint8_t sector[SECTOR];
    unsigned long type;
    long size;
    FILE *f;

    if (argc != 3 || !(type = strtoul(argv[2], NULL, 0)) || type > 0xff) {
        fprintf(stderr, "usage: mbr DISK TYPE (a partition type byte, e.g. 0x0e)\n");
        return 2;
    }
    if (!(f = fopen(argv[1], "r+b")) || fseek(f, 0, SEEK_END) ||
        (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
        fprintf(stderr, "mbr: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    if (size / SECTOR <= FIRST_LBA || size / SECTOR > UINT32_MAX) {
        fprintf(stderr, "mbr: %s: %ld bytes: more than 1 MiB and less than 2 TiB, "
                "please\n", argv[1], size);
        return 1;
    }
    if (fread(sector, 1, SECTOR, f) != SECTOR)
        memset(sector, 0, SECTOR);
    memset(sector + TABLE, 0, 64);
    entry(sector + TABLE, (unsigned)type, FIRST_LBA,
          (uint32_t)(size / SECTOR - FIRST_LBA));
    sector[510] = 0x55;
    sector[511] = 0xaa;
    if (fseek(f, 0, SEEK_SET) || fwrite(sector, 1, SECTOR, f) != SECTOR || fclose(f)) {
        fprintf(stderr, "mbr: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    return 0;
}
