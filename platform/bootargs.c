/*
 * Where the program's command line comes from at boot:
 *
 *   0. a loader's argc/argv (U-Boot's bootelf, go, bootm of a standalone
 *      image: boot/handover.c), when one came;
 *   1. semihosting SYS_GET_CMDLINE (Arm semihosting v2.0, 6.4), on boards
 *      whose QEMU line has -semihosting (every board the kit ships): QEMU
 *      answers with the -kernel path and -append's text.  One trap, where
 *      reading the devicetree's /chosen would walk the whole blob (QEMU
 *      puts /chosen last in AArch64 virt's 1 MiB blob: about 56 000
 *      instructions at every boot, program arguments or not);
 *   2. on a board without semihosting, the devicetree's /chosen "bootargs"
 *      (Devicetree Specification v0.4, 3.6), which QEMU fills from -append,
 *      read in a pass that stops once /chosen has been read; and on a
 *      board with it, when semihosting has no words and the devicetree
 *      came in a register rather than from the board's fixed address
 *      (AArch64, RISC-V S-mode): a loader's (U-Boot's booti writes
 *      $bootargs there), or OpenSBI's copy of QEMU's.
 *
 * Which one is the board's to say (KIT_SEMIHOSTING), with that one
 * exception for loaders: AArch64 virt under QEMU alone finds its blob at
 * the fixed address and never walks it for a command line (QEMU puts
 * /chosen last in its 1 MiB blob).
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

/* Whether a word must be quoted for kit_cmdline_split to keep it one
 * word, as it was: a blank, a quote or a backslash in it, or none at all. */
static int needs_quotes(const char *w)
{
    if (!*w)
        return 1;
    for (; *w; w++)
        if (*w == ' ' || *w == '\t' || *w == '\n' || *w == '\r' ||
            *w == '\'' || *w == '"' || *w == '\\')
            return 1;
    return 0;
}

/* The loader's words after argv[0] (its address) as one line for the
 * splitter, each one that needs it in single quotes ('\'' for a quote
 * inside).  Words that do not fit are dropped, and said so. */
static const char *loader_line(char *line, long size)
{
    char *p = line, *end = line + size - 1;
    int i;

    for (i = 1; i < kit_boot_info.loader_argc; i++) {
        const char *w = kit_boot_info.loader_argv[i];
        int q = needs_quotes(w);
        size_t need = strlen(w) * (q ? 4 : 1) + (q ? 2 : 0) + 1;

        if ((size_t)(end - p) < need) {
            kit_puts("kit: the loader's command line does not fit in "
                     "256 bytes: words dropped\n");
            break;
        }
        if (q)
            *p++ = '\'';
        for (; *w; w++)
            if (q && *w == '\'') {
                memcpy(p, "'\\''", 4);
                p += 4;
            } else {
                *p++ = *w;
            }
        if (q)
            *p++ = '\'';
        *p++ = ' ';
    }
    *p = 0;
    return line;
}

/* A devicetree handed over in a register, not found at the board's
 * fixed address: a loader's, whose /chosen/bootargs is the line.  Not on
 * RISC-V in M-mode: there the kit runs first after QEMU's reset code,
 * whose a1 is QEMU's own blob, and QEMU's -append is already in the
 * semihosting line; walking the blob to /chosen would cost about 7 000
 * instructions at every boot for nothing (bench: reset -> main).  A
 * loader reaches the kit in S-mode (docs/real-board.md). */
static int dtb_in_register(void)
{
#if defined(__riscv) && !defined(KIT_MODE_S)
    return 0;
#else
    return kit_boot_info.dtb && kit_boot_info.dtb != (uintptr_t)KIT_DTB_ADDR;
#endif
}

/* The board's command line (rule above), or NULL.  The semihosting line
 * starts with the program's name (QEMU: the -kernel path), then -append's
 * text; argv[0] is "app" on every board, so the name is skipped. */
static const char *board_line(char *line, long size)
{
    if (kit_boot_info.loader_argc)
        return loader_line(line, size);
#if KIT_SEMIHOSTING
    long block[2] = { (long)(uintptr_t)line, size };
    const char *chosen;
    char *p;

    if (kit_semihost(SYS_GET_CMDLINE, block) != 0)
        return NULL;                    /* no room: long_line asks again */
    line[size - 1] = 0;
    p = skip_name(line);
    if (*p)
        p++;
    if (!kit_cmdline_blank(p) || !dtb_in_register())
        return p;
    chosen = kit_devicetree_bootargs();
    return chosen ? chosen : p;         /* NULL would mean "no room" */
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
    void *mem;
    int err;

#if KIT_SEMIHOSTING
    if (!line)
        line = long_line();
#endif
    if (!line || kit_cmdline_blank(line)) {
        kit_cmdline_none(out);          /* the usual boot: nothing to split */
    } else {
        /* The words stay for the whole run: taken from the heap before
         * malloc's first sbrk, never given back. */
        size = kit_cmdline_size(line);
        if (!(mem = kit_heap_sbrk(&kit_heap, (ptrdiff_t)size, &err)))
            too_long();
        kit_cmdline_split(line, mem, out);
    }
    environ = out->envp;
}
