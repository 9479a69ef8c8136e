/*
 * dtb_shrink IN OUT: copy a devicetree blob without the free space at its
 * end (its totalsize made what its blocks use), for the -dtb boot test
 * (tests/boot/dtb_user.c).  QEMU's -M virt,dumpdtb= writes a 1 MiB blob
 * of a few KiB of content; the shrunk copy is what a user's dtc output
 * looks like.  Devicetree Specification 5.2: the header's fields are
 * big-endian 32-bit words; the memory reservation, structure and strings
 * blocks each lie within totalsize.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

int main(int argc, char **argv)
{
    static unsigned char blob[4 << 20];
    size_t n, end;
    FILE *f;

    if (argc != 3) {
        fprintf(stderr, "usage: dtb_shrink IN.dtb OUT.dtb\n");
        return 2;
    }
    if (!(f = fopen(argv[1], "rb"))) {
        perror(argv[1]);
        return 1;
    }
    n = fread(blob, 1, sizeof blob, f);
    fclose(f);
    if (n < 40 || be32(blob) != 0xd00dfeed || be32(blob + 4) > n) {
        fprintf(stderr, "dtb_shrink: %s is not a devicetree blob\n", argv[1]);
        return 1;
    }
    /* The end of the later of the structure and strings blocks */
    end = be32(blob + 8) + (size_t)be32(blob + 36);          /* structure */
    if (be32(blob + 12) + (size_t)be32(blob + 32) > end)      /* strings */
        end = be32(blob + 12) + (size_t)be32(blob + 32);
    end = (end + 7) & ~(size_t)7;
    if (end > be32(blob + 4)) {
        fprintf(stderr, "dtb_shrink: %s: blocks run past totalsize\n", argv[1]);
        return 1;
    }
    blob[4] = (unsigned char)(end >> 24);
    blob[5] = (unsigned char)(end >> 16);
    blob[6] = (unsigned char)(end >> 8);
    blob[7] = (unsigned char)end;
    if (!(f = fopen(argv[2], "wb")) || fwrite(blob, 1, end, f) != end || fclose(f)) {
        perror(argv[2]);
        return 1;
    }
    return 0;
}
