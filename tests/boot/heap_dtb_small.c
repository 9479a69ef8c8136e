/* kit-test: with less RAM than the board file (-m 64M) the heap stops at the real end of RAM: malloc says ENOMEM there, no fault
 * needs: devicetree
 * qemu: -m 64M
 * expect: heap stops inside the 64 MiB of RAM: yes
 * expect: malloc says ENOMEM at the end: yes
 * expect-exit: 0
 */
/* Every board file says more RAM than 64 MiB.  RISC-V: QEMU puts the
 * devicetree at the top of RAM and the heap stops below it.  AArch64 virt:
 * the blob is below the image, so the heap asks it where RAM ends before
 * it grows past HEAP_MIN (platform/devicetree.c); it went on to the board
 * file's 126 MiB and malloc died of an external abort. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "board_config.h"

#define RAM_MB 64

int main(void)
{
    size_t total = 0, chunk = 1 << 20;
    uintptr_t top = 0, base = KIT_RAM_ORIGIN & ~(uintptr_t)0x3fffffff;
    char *p;

    /* 1 MiB blocks, touched at both ends, never freed. */
    errno = 0;
    while ((p = malloc(chunk))) {
        p[0] = 1;
        p[chunk - 1] = 1;
        total += chunk;
        if ((uintptr_t)p + chunk > top)
            top = (uintptr_t)p + chunk;
    }
    int enomem = errno == ENOMEM;
    unsigned long mb = (unsigned long)(total >> 20);
    int inside = top <= base + ((uintptr_t)RAM_MB << 20) && mb + 16 >= RAM_MB;

    printf("heap: %lu MiB allocated of %d MiB RAM from %p, top %p\n", mb, RAM_MB,
           (void *)base, (void *)top);
    printf("heap stops inside the %d MiB of RAM: %s\n", RAM_MB, inside ? "yes" : "NO");
    printf("malloc says ENOMEM at the end: %s\n", enomem ? "yes" : "NO");
    return inside && enomem ? 0 : 1;
}
