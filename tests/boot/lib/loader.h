/* The body of uboot_*.c: a program a loader started, checking what it was
 * handed (boot/handover.c), then ending the way its last words say:
 *
 *   ... exit N     exit(N)
 *   ... fault      a write through NULL: the fault report, exit 139
 *   (else)         return 0
 *
 * It prints its argv, where it was entered, whether the devicetree came
 * from the loader and, with one, that the heap grown as far as it goes
 * kept clear of the blob (which the kit may have moved to the top of
 * RAM first: platform/devicetree.c). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "board_config.h"
#include "../../platform/platform.h"
#include "fault.h"

/* Devicetree Specification 5.2: magic, then totalsize, big-endian. */
static uint32_t be32(uintptr_t p)
{
    const volatile uint8_t *b = (const volatile uint8_t *)p;

    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static int is_blob(uintptr_t p)
{
    return p && be32(p) == 0xd00dfeed;
}

/* Take the whole heap in 1 MiB blocks (never freed: the run ends soon
 * after); 1 when none overlaps the blob where it is afterwards. */
static int heap_clear_of_blob(void)
{
    enum { CHUNK = 1 << 20, MAX = 4096 };
    static uintptr_t block[MAX];
    uintptr_t dtb, end;
    unsigned n = 0, i;
    char *p;

    while (n < MAX && (p = malloc(CHUNK)))
        block[n++] = (uintptr_t)p;
    dtb = kit_boot_info.dtb;
    if (!is_blob(dtb))
        return 0;
    end = dtb + be32(dtb + 4);
    for (i = 0; i < n; i++)
        if (block[i] < end && block[i] + CHUNK > dtb)
            return 0;
    printf("heap: %u MiB, devicetree at %#lx\n", n, (unsigned long)dtb);
    return n > 0;
}

int main(int argc, char **argv)
{
    int i;

    printf("hello from the kit, started by a loader\n");
#if defined(__aarch64__)
    printf("entered at EL%u\n", kit_boot_info.entry_level);
#endif
    for (i = 1; i < argc; i++)
        printf("argv[%d] [%s]\n", i, argv[i]);
    if (kit_boot_info.dtb && kit_boot_info.dtb != (uintptr_t)KIT_DTB_ADDR &&
        is_blob(kit_boot_info.dtb)) {
        printf("devicetree from the loader: yes\n");
        printf("heap kept clear of the devicetree: %s\n",
               heap_clear_of_blob() ? "yes" : "NO");
    } else {
        printf("devicetree from the loader: none\n");
    }
    if (argc >= 3 && !strcmp(argv[argc - 2], "exit"))
        exit(atoi(argv[argc - 1]));
    if (argc >= 2 && !strcmp(argv[argc - 1], "fault")) {
        /* as fault_null_write */
        volatile int *volatile p = (volatile int *)(uintptr_t)8;

        before_fault();
        *p = 1;
    }
    return 0;
}
