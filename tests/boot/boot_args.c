/* kit-test: the firmware's hand-over reaches C: a devicetree at the address given
 * needs: devicetree
 * expect: devicetree at the boot address: yes
 * expect: boot hart id is sane: yes
 * expect-exit: 0
 */
#include <stdint.h>
#include <stdio.h>
#include "board_config.h"                /* KIT_* values of this build */
#include "../../platform/platform.h"

/* Devicetree Specification v0.4, 5.2: the header starts with the
 * big-endian magic 0xd00dfeed. */
static int has_fdt_magic(uintptr_t addr)
{
    const volatile uint8_t *p = (const volatile uint8_t *)addr;

    return addr && p[0] == 0xd0 && p[1] == 0x0d && p[2] == 0xfe && p[3] == 0xed;
}

int main(void)
{
    int dtb = has_fdt_magic(kit_boot_info.dtb);
    int hart = kit_boot_info.hart < KIT_MAX_HARTS;

    printf("dtb %#lx, hart %lu\n", (unsigned long)kit_boot_info.dtb,
           (unsigned long)kit_boot_info.hart);
    printf("devicetree at the boot address: %s\n", dtb ? "yes" : "NO");
    printf("boot hart id is sane: %s\n", hart ? "yes" : "NO");
    return dtb && hart ? 0 : 1;
}
