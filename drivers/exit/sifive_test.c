/*
 * SiFive "test finisher" (QEMU hw/misc/sifive_test.c; virt at 0x100000).
 *
 * One 32-bit register.  Writing 0x5555 stops QEMU with status 0; writing
 * (code << 16) | 0x3333 stops it with status `code` (16 bits; the shell then
 * keeps the low 8).
 */
#include "exit.h"
#include "../mmio.h"

#define FINISHER_PASS 0x5555u
#define FINISHER_FAIL 0x3333u

static void sifive_test_stop(uintptr_t base, int status)
{
    uint32_t v = status == 0 ? FINISHER_PASS
                             : ((uint32_t)(status & 0xffff) << 16) | FINISHER_FAIL;
    mmio_write32(base, v);
}

const struct kit_exit_dev sifive_test_exit = { "sifive_test", sifive_test_stop };
