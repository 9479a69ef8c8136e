/*
 * What a loader handed over in the first two argument registers.
 *
 *   QEMU -kernel (ELF)   AArch64 x0 = 0; RISC-V a0 = hart, a1 = devicetree
 *   U-Boot booti         x0 / a1 = the devicetree the loader prepared
 *                        (its /chosen/bootargs = U-Boot's $bootargs)
 *   U-Boot bootelf, go,  x0 / a0 = argc, x1 / a1 = argv: U-Boot's own
 *   bootm (standalone)   words; no devicetree.  argv[0] is the address
 *                        (go, bootm) or, with bootelf (2023.01), the first
 *                        word after it: either way the kit takes it for
 *                        the program's name, as C does, and main's argv[0]
 *                        stays "app"
 *
 * (Linux Documentation/arch/arm64/booting.rst, "x0 = physical address of
 * device tree blob"; riscv/boot.rst, "a1 = the devicetree"; U-Boot's
 * cmd/boot.c and cmd/elf.c for go and bootelf.)  RISC-V crt0 has already
 * told the two apart, since it needs the hart id before any stack; it
 * passes argc/argv here or zeros.  AArch64 crt0 passes x0 and x1 as they
 * came, and they are sorted out here, after the MMU is on: a devicetree
 * is a RAM address, 8-byte aligned (booting.rst), starting with the
 * magic; argc is a small count with argv beside it.
 */
#include <stdint.h>
#include "../platform/platform.h"
#include "board_config.h"
#include "boot.h"

/* More words than any U-Boot command line holds (CONFIG_SYS_MAXARGS). */
#define LOADER_ARGC_MAX 64

/* Devicetree Specification 5.2: the blob starts with 0xd00dfeed. */
static int is_blob(uintptr_t p)
{
#if KIT_MMU_RAM_END > KIT_MMU_RAM_START
    const volatile uint8_t *b = (const volatile uint8_t *)p;

    /* p - START wraps below RAM: one comparison, which stays valid where
     * RAM starts at 0 (raspi3b). */
    if (!p || p - (uintptr_t)KIT_MMU_RAM_START >=
              (uintptr_t)KIT_MMU_RAM_END - (uintptr_t)KIT_MMU_RAM_START || p & 7)
        return 0;
    return b[0] == 0xd0 && b[1] == 0x0d && b[2] == 0xfe && b[3] == 0xed;
#else
    (void)p;                        /* M-mode: crt0 passes none */
    return 0;
#endif
}

uintptr_t kit_handover(uintptr_t dtb, uintptr_t loader0, uintptr_t loader1)
{
    if (is_blob(loader0))
        return loader0;
    if (loader0 > 0 && loader0 <= LOADER_ARGC_MAX && loader1) {
        kit_boot_info.loader_argc = (int)loader0;
        kit_boot_info.loader_argv = (char *const *)loader1;
    }
    return dtb;
}
