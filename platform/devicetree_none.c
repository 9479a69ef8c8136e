/*
 * A board without a devicetree (BOARD_DEVICETREE := none, e.g. sifive_e):
 * the board file's values are all there is, and none of the reader
 * (platform/devicetree.c, fdt/) is linked.
 */
#include <stddef.h>
#include <stdint.h>
#include "platform.h"

void kit_devicetree_boot(uintptr_t dtb)
{
    (void)dtb;
}

uint64_t kit_devicetree_timebase(void)
{
    return 0;
}

int kit_devicetree_grow_heap(void)
{
    return 0;
}

const char *kit_devicetree_bootargs(void)
{
    return NULL;
}

int kit_devicetree_has_hart(unsigned hart)
{
    (void)hart;
    return -1;
}

const char *kit_devicetree_psci(void)
{
    return NULL;
}

const char *kit_devicetree_riscv_isa(void)
{
    return NULL;
}
