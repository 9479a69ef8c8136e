/*
 * Where the program's command line comes from at boot:
 *
 *   1. semihosting SYS_GET_CMDLINE (Arm semihosting v2.0, 6.4), on boards
 *      whose QEMU line has -semihosting (every board the kit ships): QEMU
 *      answers with the -kernel path and -append's text.  One trap, where
 *      reading the devicetree's /chosen would walk the whole blob (QEMU
 *      puts /chosen last in AArch64 virt's 1 MiB blob: about 56 000
 *      instructions at every boot, program arguments or not);
 *   2. on a board without semihosting, the devicetree's /chosen "bootargs"
 *      (Devicetree Specification v0.4, 3.6), which QEMU fills from -append,
 *      read in a pass that stops once /chosen has been read.
 *
 * Which one is the board's to say (KIT_SEMIHOSTING), not a run-time
 * fallback: an image that can only ask semihosting links none of the
 * devicetree reader for its command line (1.8 KB on rv64), and on those
 * boards a semihosting call that fails means QEMU has nothing to give.
 *
 * platform/cmdline.c splits it; newlib's getenv reads `environ`.
 */
#include <stdint.h>
#include <string.h>
#include "../drivers/semihost/semihost.h"
#include "board_config.h"
#include "cmdline.h"
#include "heap.h"
#include "platform.h"

extern char **environ;

/* Room for a semihosting command line on the boot stack: most lines fit
 * (QEMU gives the -kernel path and -append's text, or fails the call
 * when they do not fit).  A longer one is asked for again in a buffer
 * from the heap, four times as big each time, until it fits or the heap
 * is used up; that buffer stays taken (the heap cannot give back what
 * lies below the words cut from it). */
#define CMDLINE_MAX 256
#define CMDLINE_GROW 4
/* Past this the host is not short of room but gives no line at all
 * (Linux passes QEMU at most 128 KiB in one argument, -append's). */
#define CMDLINE_LIMIT (1ul << 20)

#if KIT_SEMIHOSTING
/* A word that may alias the line's bytes (C11 6.5p7 allows only char). */
typedef uintptr_t __attribute__((may_alias)) word_t;

#define ONES  ((uintptr_t)-1 / 0xff)    /* 0x01 in every byte */
#define HIGHS (ONES << 7)               /* 0x80 in every byte */
/* Non-zero when a byte of x is 0 (the classic test: only a zero byte
 * borrows into its own top bit without having it set). */
#define HAS_ZERO(x) (((x) - ONES) & ~(x) & HIGHS)

/* The first blank or the NUL of line (word-aligned, its NUL inside the
 * same buffer): a word at a time, since the name is a path of some 50
 * characters and this runs at every boot; newlib's strchr would do the
 * same in 250 bytes more. */
static char *skip_name(char *line)
{
    const word_t *w = (const word_t *)line;
    char *p;

    while (!HAS_ZERO(*w) && !HAS_ZERO(*w ^ ONES * ' '))
        w++;
    for (p = (char *)w; *p && *p != ' '; p++)
        ;
    return p;
}
#endif

/* The board's command line (rule above), or NULL.  The semihosting line
 * starts with the program's name (QEMU: the -kernel path), then -append's
 * text; argv[0] is "app" on every board, so the name is skipped. */
static const char *board_line(char *line, long size)
{
#if KIT_SEMIHOSTING
    long block[2] = { (long)(uintptr_t)line, size };
    char *p;

    if (kit_semihost(SYS_GET_CMDLINE, block) != 0)
        return NULL;
    line[size - 1] = 0;
    p = skip_name(line);
    return *p ? p + 1 : p;
#else
    (void)line;
    (void)size;
    return kit_devicetree_bootargs();   /* a pass over the blob up to /chosen */
#endif
}

/* ARGS and ENV that do not fit the board: say so and stop, with the
 * status a shell gives a command it cannot run (126; execve's E2BIG). */
static void too_long(void)
{
    kit_puts("kit: ARGS and ENV do not fit in the board's memory; main not started\n");
    kit_exit(126);
}

#if KIT_SEMIHOSTING
/* The line after the stack buffer was too small: the heap's, or stop;
 * NULL if the host gives none. */
static const char *long_line(void)
{
    size_t size = CMDLINE_MAX;
    const char *line = NULL;
    char *buf;
    int err;

    while (!line) {
        if ((size *= CMDLINE_GROW) > CMDLINE_LIMIT) {
            kit_puts("kit: the host gives no command line (SYS_GET_CMDLINE); main gets none\n");
            return NULL;
        }
        if (!(buf = kit_heap_sbrk(&kit_heap, (ptrdiff_t)size, &err)))
            too_long();
        line = board_line(buf, (long)size);
        if (!line)
            kit_heap_sbrk(&kit_heap, -(ptrdiff_t)size, &err);
    }
    return line;
}
#endif

void kit_cmdline_init(struct kit_cmdline *out)
{
    /* On the stack (split copies what it keeps); whole words, for skip_name. */
    char buf[CMDLINE_MAX] __attribute__((aligned(sizeof(uintptr_t))));
    const char *line = board_line(buf, sizeof buf);
    size_t size;
    void *mem = NULL;
    int err;

#if KIT_SEMIHOSTING
    if (!line)
        line = long_line();
#endif
    if (!line)
        line = "";
    /* The words stay for the whole run: taken from the heap before
     * malloc's first sbrk, never given back. */
    size = kit_cmdline_size(line);
    if (size && !(mem = kit_heap_sbrk(&kit_heap, (ptrdiff_t)size, &err)))
        too_long();
    kit_cmdline_split(line, mem, out);
    environ = out->envp;
}
