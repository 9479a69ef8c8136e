/*
 * What the devicetree tells the kit at boot, when the firmware hands one
 * over (RISC-V: a1; AArch64 virt: the start of RAM):
 *
 *   - where RAM ends, so the heap reaches the end of the memory QEMU was
 *     given (-m 512M gives a bigger heap than the board file's default);
 *   - which UART /chosen/stdout-path names, so the console follows the
 *     machine rather than the board file;
 *   - how fast the RISC-V time counter runs (/cpus/timebase-frequency,
 *     Devicetree Specification 3.7).
 *
 * The blob is untrusted: fdt_check validates it first, and any error
 * leaves the board file's values in place (and says so).
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

static void use_stdout_path(const void *dtb)
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
 * The heap may grow to the end of the RAM bank the image is in.  If the
 * blob sits in that space (QEMU puts it at the top of RISC-V RAM, OpenSBI
 * fw_jump at 0x82200000), move it to the start of the heap first and keep
 * the heap above it, so the program can still read it through
 * kit_boot_info.dtb.
 */
static void use_memory(const void *dtb)
{
    uint64_t base, size, end, blob = (uintptr_t)dtb;
    uintptr_t start = kit_heap.start;

    if (fdt_memory(dtb, &base, &size) < 0)
        return;
    end = base + size;
    if (start < base || start >= end)
        return;                     /* not the bank we are in */
    if (end > UINTPTR_MAX)
        end = UINTPTR_MAX & ~(uint64_t)15;
    /* With page tables (AArch64, RISC-V Sv39), only what they map as RAM
     * (linker/mmu_tables.ld.S): the heap never reaches past the map. */
    if (KIT_MMU_RAM_END && end > (uint64_t)KIT_MMU_RAM_END)
        end = (uint64_t)KIT_MMU_RAM_END;
    if (blob >= start && blob < end) {
        size_t n = (fdt_totalsize(dtb) + 15u) & ~(size_t)15;

        memmove((void *)start, dtb, n);
        kit_boot_info.dtb = start;
        start += n;
    }
    kit_heap_init(&kit_heap, start, (uintptr_t)end);
}

static void use_timebase(const void *dtb)
{
    int cpus = fdt_path_offset(dtb, "/cpus"), len, pos = 0;
    const void *val;
    uint64_t hz;

    if (cpus < 0)
        return;
    val = fdt_getprop(dtb, cpus, "timebase-frequency", &len);
    if (val && fdt_read_cells(val, len, &pos, len == 8 ? 2 : 1, &hz) == 0 && hz)
        kit_counter_set_hz(hz);
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

void kit_devicetree_init(uintptr_t dtb)
{
    int err;

    if (!dtb)
        return;
    err = fdt_check((const void *)dtb, DTB_MAX_SIZE);
    if (err == FDT_ERR_BADMAGIC && KIT_DTB_ADDR && dtb == KIT_DTB_ADDR) {
        no_blob_there(dtb);
        return;
    }
    if (err < 0) {
        kit_puts("kit: ignoring the devicetree at ");
        kit_puthex(dtb);
        kit_puts(": ");
        kit_puts(fdt_strerror(err));
        kit_puts("\n");
        return;
    }
    /* A board may pin its console (BOARD_CONSOLE_FROM_DTB := 0), and the
     * SBI console is always a deliberate choice. */
    if (KIT_CONSOLE_FROM_DTB)
        use_stdout_path((const void *)dtb);
    use_timebase((const void *)dtb);
    use_memory((const void *)dtb);     /* last: it may move the blob */
}
