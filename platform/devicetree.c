/*
 * What the devicetree tells the kit, read only when it matters.
 *
 * The firmware's blob (RISC-V: a1; AArch64 virt: the start of RAM) can
 * answer a few questions the board file answers only roughly:
 *
 *   RAM       where RAM ends, so the heap can reach the end of the memory
 *             QEMU was given (-m 512M) -- asked when the heap has used up
 *             the board file's RAM (syscalls/sbrk.c);
 *   TIMEBASE  how fast the counter runs (/cpus/timebase-frequency,
 *             Devicetree Specification 3.7) -- asked the first time a
 *             program asks for the time (platform/counter.c);
 *   CONSOLE   which UART /chosen/stdout-path names -- asked at boot, and
 *             only by a board that says its console may differ from the
 *             board file's (BOARD_CONSOLE_FROM_DTB := 1).
 *
 * A board that needs every answer before main (BOARD_DEVICETREE := boot)
 * gets them all at boot.  At boot the blob's address alone is used: the
 * heap stops below it.  Reading a blob costs tens of thousands of
 * instructions (bench/results.md), so an empty main pays nothing.
 *
 * All of it comes from one bounded pass over the blob, the first time any
 * answer is needed: fdt_scan validates every token as it reads it (the
 * blob is untrusted; a bad one is reported once and the board file's
 * values stay) and keeps the facts asked for on the way (struct
 * fdt_facts: RAM, timebase, bootargs).  A new question is a field there
 * (fdt/fdt.c, collect()) and a function here.  Only the console, which
 * needs /chosen/stdout-path resolved to a node, walks the blob again, and
 * only on a board that asks (fdt.h's lookups, on the blob fdt_scan
 * accepted).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "../fdt/fdt.h"
#include "../drivers/uart/uart.h"
#include "board_config.h"
#include "heap.h"
#include "board.h"
#include "platform.h"

/* QEMU's blobs are at most 1 MiB; never read further than 2 MiB. */
#define DTB_MAX_SIZE (2u << 20)

static struct fdt_facts facts;      /* what the passes found */
static unsigned settled;            /* FDT_FACT_* answered (found or not) */
static int scanned;                 /* 1: a pass has run */
static int blob_ok;                 /* 1: it accepted what it read */

/* Every UART driver in the build (mk/config.mk), each with its own
 * compatible strings (drivers/uart/uart.h). */
#define UART_ENTRY(name) &name##_uart,
KIT_UART_DRIVERS(KIT_UART_DECLARE)
static const struct kit_uart *const uarts[] = { KIT_UART_DRIVERS(UART_ENTRY) };

static int drives(const void *dtb, int node, const struct kit_uart *uart)
{
    const char *const *c;

    for (c = uart->compatible; *c; c++)
        if (fdt_node_is_compatible(dtb, node, *c) == 1)
            return 1;
    return 0;
}

static void read_console(const void *dtb)
{
    const char *options;            /* "115200n8": the UART keeps its rate */
    int node = fdt_stdout_node(dtb, &options);
    uint64_t base, size;
    size_t i;

    if (node < 0 || fdt_node_reg(dtb, node, &base, &size) < 0)
        return;
    for (i = 0; i < sizeof uarts / sizeof uarts[0]; i++)
        if (drives(dtb, node, uarts[i])) {
            kit_console_use(uarts[i], (uintptr_t)base);
            return;
        }
}

/*
 * A pass for the facts in `want` not answered yet, reading only as far as
 * they need (fdt_scan stops once they are settled: /chosen comes early in
 * QEMU's blobs, so bootargs at boot costs a fraction of a whole pass).  A
 * bad blob is reported once and answers nothing.
 */
static const struct fdt_facts *scan(unsigned want)
{
    const void *dtb = (const void *)kit_boot_info.dtb;
    struct fdt_facts f = { 0 };
    int err;

    want &= ~settled;
    if (!want || !dtb || (scanned && !blob_ok))
        return &facts;
    f.want = want;
    err = fdt_scan(dtb, DTB_MAX_SIZE, &f);
    scanned = 1;
    blob_ok = err == 0;
    if (err < 0) {
        kit_puts("kit: ignoring the devicetree at ");
        kit_puthex((uintptr_t)dtb);
        kit_puts(": ");
        kit_puts(fdt_strerror(err));
        kit_puts("\n");
        return &facts;
    }
    settled |= want;                /* settled early, or the blob ended */
    if (f.found & want & FDT_FACT_MEMORY) {
        facts.mem_base = f.mem_base;
        facts.mem_size = f.mem_size;
    }
    if (f.found & want & FDT_FACT_TIMEBASE)
        facts.timebase_hz = f.timebase_hz;
    if (f.found & want & FDT_FACT_BOOTARGS)
        facts.bootargs = f.bootargs;
    facts.found |= f.found & want;
    return &facts;
}

/*
 * Nothing at the fixed address where the board's loader puts the blob
 * (BOARD_DTB_ADDR: AArch64 virt, where no register says where it is).
 * Say where the kit looked and what the loader needs, rather than "bad
 * magic": the usual cause is a -dtb file too big for QEMU to place there,
 * which QEMU drops without a word.
 */
static void no_blob_there(uintptr_t dtb)
{
    kit_puts("kit: no devicetree at ");
    kit_puthex(dtb);
    kit_puts(", where this board's loader puts one");
    if (KIT_DTB_MAX) {
        kit_puts(" (QEMU: a -dtb file of at most ");
        kit_putdec(KIT_DTB_MAX);
        kit_puts(" bytes; a larger one is not loaded at all)");
    }
    kit_puts(": using the board file's RAM and console\n");
}

/* Devicetree Specification 5.2: the blob starts with 0xd00dfeed. */
static int has_magic(uintptr_t dtb)
{
    const volatile uint8_t *p = (const volatile uint8_t *)dtb;

    return p[0] == 0xd0 && p[1] == 0x0d && p[2] == 0xfe && p[3] == 0xed;
}

void kit_devicetree_boot(uintptr_t dtb)
{
    /* A board that finds its blob at a fixed address checks the magic at
     * boot (four bytes): an empty place is said now, not when the blob is
     * first needed, and is never read again. */
    if (dtb && KIT_DTB_ADDR && dtb == KIT_DTB_ADDR && !has_magic(dtb)) {
        no_blob_there(dtb);
        scanned = 1;
        return;
    }
    /* The heap must not run over the blob: stop it below the blob when the
     * blob sits in the board file's RAM (OpenSBI fw_jump puts it at
     * 0x82200000).  The address is all this needs. */
    if (dtb >= kit_heap.start && dtb < kit_heap.end)
        kit_heap_init(&kit_heap, kit_heap.start, dtb);
    if (KIT_DEVICETREE_AT_BOOT || KIT_CONSOLE_FROM_DTB)
        scan(FDT_FACT_MEMORY | FDT_FACT_TIMEBASE | FDT_FACT_BOOTARGS);
    /* A board may pin its console (BOARD_CONSOLE_FROM_DTB := 0), and the
     * SBI console is always a deliberate choice. */
    if (KIT_CONSOLE_FROM_DTB && blob_ok)
        read_console((const void *)dtb);
}

/* /chosen bootargs (platform/bootargs.c, at boot). */
const char *kit_devicetree_bootargs(void)
{
    const struct fdt_facts *f = scan(FDT_FACT_BOOTARGS);

    return f->found & FDT_FACT_BOOTARGS ? f->bootargs : NULL;
}

uint64_t kit_devicetree_timebase(void)
{
    const struct fdt_facts *f = scan(FDT_FACT_TIMEBASE);

    return f->found & FDT_FACT_TIMEBASE ? f->timebase_hz : 0;
}

/*
 * The heap has used up what it has: let it grow to the end of the RAM
 * bank the devicetree reports, if that is further.  The heap is one
 * contiguous range (newlib's malloc assumes so), so a blob in the way is
 * moved to the top of that RAM first (kit_boot_info.dtb follows it) and
 * the heap grows up to it.
 */
int kit_devicetree_grow_heap(void)
{
    const struct fdt_facts *f = scan(FDT_FACT_MEMORY);
    uint64_t end = f->mem_base + f->mem_size;
    uintptr_t dtb;

    if (!(f->found & FDT_FACT_MEMORY) || kit_heap.end < f->mem_base || kit_heap.end >= end)
        return 0;                   /* unknown, another bank, or all of it */
    if (end > UINTPTR_MAX)
        end = UINTPTR_MAX & ~(uint64_t)15;
    dtb = kit_boot_info.dtb;
    if (dtb >= kit_heap.end && dtb < end) {
        size_t n = (fdt_totalsize((const void *)dtb) + 15u) & ~(size_t)15;
        uintptr_t top = ((uintptr_t)end - n) & ~(uintptr_t)15;

        if (top > dtb) {
            memmove((void *)top, (const void *)dtb, n);
            kit_boot_info.dtb = top;
            if (facts.bootargs)     /* it points into the blob */
                facts.bootargs += top - dtb;
        }
        end = kit_boot_info.dtb;
    }
    return kit_heap_extend(&kit_heap, (uintptr_t)end);
}
