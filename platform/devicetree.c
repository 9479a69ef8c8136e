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
 *             board file's (BOARD_CONSOLE_FROM_DTB := 1);
 *   BOOTARGS  /chosen/bootargs (3.6) -- asked at boot where semihosting
 *             has no command line (platform/bootargs.c);
 *   PSCI      /psci's method, the PSCI conduit -- asked when a second
 *             core is first started (platform/aarch64/hart_psci.c);
 *   CPUS      which harts the machine has (/cpus/cpu@N) -- asked when a
 *             hart is started (platform/hart.c), so that a hart QEMU was
 *             not given (-smp) fails to start instead of never starting;
 *   ISA       the first cpu's riscv,isa -- asked when a program first
 *             wants entropy, for the seed CSR (platform/riscv/entropy.c),
 *             in a walk of its own below (fdt_walk), so that only such a
 *             program carries it.
 *
 * A board that needs answers before main (BOARD_DEVICETREE := boot) gets
 * RAM, the timebase, the command line and the console at boot (PSCI
 * stays lazy).  At boot the blob's address alone is used: the
 * heap stops below it.  Reading a blob costs tens of thousands of
 * instructions (bench/results.md), so an empty main pays nothing.
 *
 * Each answer comes from a bounded pass over the blob that stops once
 * the facts asked for are settled: fdt_scan validates every token as it
 * reads it (the blob is untrusted; a bad one is reported once, never read
 * again, and the board file's values stay) and keeps the facts asked for
 * on the way (struct fdt_facts).  A new question is a field there
 * (fdt/fdt.c, scan_token()) and a function here.  Only the console, which
 * needs /chosen/stdout-path resolved to a node, walks the blob again
 * (fdt_find), and only on a board that asks.
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

/* The facts that point into the blob (they move with it). */
#define STRING_FACTS (FDT_FACT_BOOTARGS | FDT_FACT_STDOUT | FDT_FACT_PSCI)

static struct fdt_facts facts;      /* what the passes found */
static int refused;                 /* 1: no blob, or a bad one: never read */

/*
 * A pass for the facts in `want` not settled yet, reading only as far as
 * they need (/chosen comes early in QEMU's RISC-V blobs, so bootargs at
 * boot costs a fraction of a whole pass).  A bad blob is reported once
 * and answers nothing.
 */
static __attribute__((noinline)) void scan(unsigned want)
{
    const void *dtb = (const void *)kit_boot_info.dtb;
    int err;

    facts.want = want;
    if (refused || !dtb || !(err = fdt_scan(dtb, DTB_MAX_SIZE, &facts)))
        return;
    refused = 1;
    kit_puts("kit: ignoring the devicetree at ");
    kit_puthex((uintptr_t)dtb);
    kit_puts(": ");
    kit_puts(fdt_strerror(err));
    kit_puts("\n");
}

/* Every UART driver in the build (mk/config.mk), each with its own
 * compatible strings (drivers/uart/uart.h). */
#define UART_ENTRY(name) &name##_uart,
KIT_UART_DRIVERS(KIT_UART_DECLARE)
static const struct kit_uart *const uarts[] = { KIT_UART_DRIVERS(UART_ENTRY) };

/* The UART /chosen/stdout-path names, if a driver here drives it.  The
 * path ends at ':' (3.6); what follows ("115200n8") is for the driver,
 * and the UART keeps its rate. */
static void read_console(void)
{
    const char *path = facts.str[FDT_STDOUT_PATH];
    const char *const *c;
    struct fdt_node node;
    size_t i, n;

    if (!(facts.found & FDT_FACT_STDOUT))
        return;
    n = strcspn(path, ":");
    if (fdt_find((const void *)kit_boot_info.dtb, DTB_MAX_SIZE, path, n, &node) ||
        node.reg)
        return;
    for (i = 0; i < sizeof uarts / sizeof uarts[0]; i++)
        for (c = uarts[i]->compatible; *c; c++)
            if (fdt_list_has(node.compatible, node.compatible_len, *c)) {
                kit_console_use(uarts[i], (uintptr_t)node.addr);
                return;
            }
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

/* Devicetree Specification 5.2: the blob starts with the big-endian word
 * 0xd00dfeed.  Only asked of KIT_DTB_ADDR, a board's aligned constant, so
 * one word load does (the kit's targets are little-endian). */
static int has_magic(uintptr_t dtb)
{
    return __builtin_bswap32(*(const volatile uint32_t *)dtb) == 0xd00dfeedu;
}

void kit_devicetree_boot(uintptr_t dtb)
{
    /* A board that finds its blob at a fixed address checks the magic at
     * boot (four bytes): an empty place is said now, not when the blob is
     * first needed, and is never read again. */
    if (dtb && KIT_DTB_ADDR && dtb == KIT_DTB_ADDR && !has_magic(dtb)) {
        no_blob_there(dtb);
        refused = 1;
        return;
    }
    /* The heap must not run over the blob: stop it below the blob when the
     * blob sits in the board file's RAM (OpenSBI fw_jump puts it at
     * 0x82200000).  The address is all this needs.  QEMU's RISC-V blob
     * sits at the top of RAM, so with less RAM than the board file says
     * the heap stops below it, short of the end.  A blob below the image
     * (AArch64 virt) says nothing of where RAM ends: the board file's end
     * is a guess, good for HEAP_MIN (make run checks -m against it), and
     * the heap asks the blob before it grows past that (sure). */
    if (dtb >= kit_heap.start && dtb < kit_heap.end)
        kit_heap_init(&kit_heap, kit_heap.start, dtb);
    else if (dtb && dtb < kit_heap.start &&
             kit_heap.end - kit_heap.start > (uintptr_t)KIT_HEAP_MIN)
        kit_heap.sure = kit_heap.start + (uintptr_t)KIT_HEAP_MIN;
    if (KIT_DEVICETREE_AT_BOOT || KIT_CONSOLE_FROM_DTB)
        scan(FDT_FACT_MEMORY | FDT_FACT_TIMEBASE | FDT_FACT_BOOTARGS |
             FDT_FACT_STDOUT);
    /* A board may pin its console (BOARD_CONSOLE_FROM_DTB := 0), and the
     * SBI console is always a deliberate choice. */
    if (KIT_CONSOLE_FROM_DTB)
        read_console();
}

/* /chosen bootargs (platform/bootargs.c, at boot). */
const char *kit_devicetree_bootargs(void)
{
    scan(FDT_FACT_BOOTARGS);
    return facts.found & FDT_FACT_BOOTARGS ? facts.str[FDT_BOOTARGS] : NULL;
}

uint64_t kit_devicetree_timebase(void)
{
    scan(FDT_FACT_TIMEBASE);
    return facts.found & FDT_FACT_TIMEBASE ? facts.timebase_hz : 0;
}

/* Whether the machine has hart `hart` (/cpus/cpu@N): 1 or 0; -1 when the
 * devicetree cannot tell (none, a refused one, no cpu nodes, N >= 64). */
int kit_devicetree_has_hart(unsigned hart)
{
    scan(FDT_FACT_CPUS);
    if (!(facts.found & FDT_FACT_CPUS) || hart >= 64)
        return -1;
    return (int)(facts.cpus >> hart & 1);
}

/* /psci method: NULL without a usable devicetree, "" when it has no
 * /psci node (the machine has no PSCI). */
const char *kit_devicetree_psci(void)
{
    scan(FDT_FACT_PSCI);
    if (!(facts.settled & FDT_FACT_PSCI))
        return NULL;
    return facts.found & FDT_FACT_PSCI ? facts.str[FDT_PSCI_METHOD] : "";
}

/* The board file's end of RAM was a guess (sure, above): the heap ends
 * where the devicetree's RAM bank ends, nearer or further; without an
 * answer, where the board file says. */
static void settle(void)
{
    uint64_t end = facts.mem_base + facts.mem_size;

    if ((facts.found & FDT_FACT_MEMORY) && kit_heap.start >= facts.mem_base &&
        kit_heap.start < end)
        kit_heap_settle(&kit_heap, end > UINTPTR_MAX ? UINTPTR_MAX : (uintptr_t)end);
    else
        kit_heap.sure = kit_heap.end;
}

/* The walk for riscv,isa: a property of /cpus' children (the RISC-V
 * cpus binding: cpu nodes, each with "riscv,isa"), the first one met. */
struct isa_walk {
    int in_cpus;                /* inside the root's child "cpus" */
    const char *isa;
};

static int isa_token(void *ctx, const struct fdt_token *t)
{
    struct isa_walk *w = ctx;

    if (t->depth == 2 && t->tag == FDT_BEGIN_NODE)
        w->in_cpus = t->name_len == 4 && !memcmp(t->name, "cpus", 4);
    else if (t->depth == 2 && t->tag == FDT_END_NODE && w->in_cpus)
        return 1;                               /* /cpus read: none */
    else if (t->depth == 3 && t->tag == FDT_PROP && w->in_cpus &&
             t->name_len == 9 && !memcmp(t->name, "riscv,isa", 9) &&
             t->len && !t->val[t->len - 1]) {   /* a <string> (2.2.4.2) */
        w->isa = (const char *)t->val;
        return 1;
    }
    return 0;
}

/* The first cpu's riscv,isa string, or NULL (no blob, a refused one,
 * none there).  Not kept: the caller keeps what it makes of it. */
const char *kit_devicetree_riscv_isa(void)
{
    struct isa_walk w = { 0, NULL };

    if (refused || !kit_boot_info.dtb)
        return NULL;
    fdt_walk((const void *)kit_boot_info.dtb, DTB_MAX_SIZE, isa_token, &w);
    return w.isa;
}

/*
 * The heap has used up what it has: let it grow to the end of the RAM
 * bank the devicetree reports, if that is further (or, the first time
 * when the board file's end was a guess, settle it there, nearer or
 * further).  The heap is one contiguous range (newlib's malloc assumes
 * so), so a blob in the way is moved to the top of that RAM first
 * (kit_boot_info.dtb follows it) and the heap grows up to it.
 */
int kit_devicetree_grow_heap(void)
{
    uint64_t end;
    uintptr_t dtb = kit_boot_info.dtb, top;
    size_t n;

    scan(FDT_FACT_MEMORY);
    if (kit_heap.sure < kit_heap.end) {
        settle();
        return 1;
    }
    end = facts.mem_base + facts.mem_size;
    if (!(facts.found & FDT_FACT_MEMORY) || kit_heap.end < facts.mem_base ||
        kit_heap.end >= end)
        return 0;                   /* unknown, another bank, or all of it */
    if (end > UINTPTR_MAX)
        end = UINTPTR_MAX & ~(uint64_t)15;
    if (dtb >= kit_heap.end && dtb < end) {
        n = (fdt_totalsize((const void *)dtb) + 15u) & ~(size_t)15;
        top = ((uintptr_t)end - n) & ~(uintptr_t)15;
        if (top > dtb) {
            memmove((void *)top, (const void *)dtb, n);
            kit_boot_info.dtb = dtb = top;
            /* Strings found in the old place are read again if asked. */
            facts.found &= ~STRING_FACTS;
            facts.settled &= ~STRING_FACTS;
        }
        end = dtb;
    }
    return kit_heap_extend(&kit_heap, (uintptr_t)end);
}
