/*
 * Where the program's command line comes from at boot:
 *
 *   1. semihosting SYS_GET_CMDLINE (Arm semihosting v2.0, 6.4), on boards
 *      whose QEMU line has -semihosting (all AArch64 boards, sifive_e,
 *      sifive_u): QEMU answers with the -kernel path and -append's text.
 *      One trap, where reading the devicetree's /chosen would walk the
 *      whole blob (QEMU puts /chosen last in AArch64 virt's 1 MiB blob:
 *      about 56 000 instructions at every boot, program arguments or not);
 *   2. otherwise the devicetree's /chosen "bootargs" (Devicetree
 *      Specification v0.4, 3.6), which QEMU fills from -append (RISC-V
 *      virt), read in a pass that stops once /chosen has been read.
 *
 * platform/cmdline.c splits it; newlib's getenv reads `environ`.
 */
#include <stdint.h>
#include <string.h>
#include "../drivers/semihost/semihost.h"
#include "board_config.h"
#include "cmdline.h"
#include "platform.h"

extern char **environ;

/* Room for a semihosting command line: QEMU copies at most this much. */
#define CMDLINE_MAX 256

/* The semihosting line starts with the program's name (QEMU: the -kernel
 * path), then -append's text; argv[0] is "app" on every board, so the
 * name is skipped. */
static const char *from_semihosting(char *line, long size)
{
#if KIT_SEMIHOSTING
    long block[2] = { (long)(uintptr_t)line, size };
    char *p;

    if (kit_semihost(SYS_GET_CMDLINE, block) == 0) {
        line[size - 1] = 0;
        p = strchr(line, ' ');
        return p ? p + 1 : "";
    }
#else
    (void)line;
    (void)size;
#endif
    return NULL;
}

void kit_cmdline_init(struct kit_cmdline *out)
{
    char buf[CMDLINE_MAX];          /* on the stack: parse copies what it keeps */
    const char *line = from_semihosting(buf, sizeof buf);

    if (!line)                      /* a pass over the blob up to /chosen */
        line = kit_devicetree_bootargs();
    if (kit_cmdline_parse(line ? line : "", out) < 0)
        kit_puts("kit: no memory for the command line; main gets none\n");
    environ = out->envp;
}
