/* kit-test: AArch64 with -dtb: a blob QEMU can place is used; one too big for QEMU to load is named with where the kit looked, not "bad magic", exit 0
 * boards: virt-aarch64
 * expect-not: bad magic
 * case: fits | qemu: -dtb build/host/virt-aarch64-small.dtb | expect: devicetree at the start of RAM: yes | expect-not: kit: no devicetree
 * case: too big | qemu: -dtb build/host/virt-aarch64-dump.dtb | expect: kit: no devicetree at 0x0000000040000000, where this board's loader puts one (QEMU: a -dtb file of at most 1038576 bytes | expect: devicetree at the start of RAM: no
 */
/*
 * The two blobs come from QEMU itself (tests/tests.mk): -M virt,dumpdtb=
 * writes 1 MiB, of which a few KiB are content; tests/host/dtb_shrink.c
 * cuts the free space off, as dtc output would have none.  QEMU 7.2 loads
 * the small one at the start of RAM and silently drops the big one
 * (boards/virt-aarch64.mk says why).
 */
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    const volatile unsigned char *p = (const volatile unsigned char *)0x40000000;
    int there = p[0] == 0xd0 && p[1] == 0x0d && p[2] == 0xfe && p[3] == 0xed;

    printf("devicetree at the start of RAM: %s\n", there ? "yes" : "no");
    return 0;
}
