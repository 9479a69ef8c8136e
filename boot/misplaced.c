/*
 * An image started where it was not linked: say so, and stop.
 *
 * The kit's images run only at their link address (the page tables, the
 * PMP guards and the fault tables are the linker's, for that address;
 * image_header.h declares it to loaders).  A loader that places the image
 * by its header (booti, which moves it), its ELF program headers (bootelf)
 * or a uImage's load address (bootm) gets it right; one that runs it where
 * it lies (go) or a uImage made for another address does not.  crt0 compares
 * where _start runs with where it was linked before anything else and,
 * when they differ, comes here with a stack in this copy's own stack area
 * (run and link: _start's two addresses; the message names the image's
 * first byte, the header, which is what a loader is told to load where).
 *
 * Everything here must work from the wrong address: code reaches its
 * data pc-relatively (RISC-V medany, AArch64 adrp: page-relative, so the
 * message needs an address a multiple of 4 KiB away), but a pointer the
 * linker stored in the image holds a link-time address, so each one read
 * is moved by as much as the image was (SHIFTED).  Nothing is written
 * but the stack and the exit driver's own block; the console is left as
 * the loader set it up.  No floating point: AArch64 C at EL2 under a
 * loader may trap it.
 */
#include <stdint.h>
#include "../platform/board.h"
#include "boot.h"

/* The status the run ends with: 126, a shell's "found but cannot run". */
#define KIT_EXIT_MISPLACED 126

#if defined(__aarch64__)
#define NO_FP __attribute__((target("general-regs-only")))
#else
#define NO_FP
#endif

/* A link-time pointer read from the image, for the copy that runs. */
#define SHIFTED(p, by) ((__typeof__(p))((uintptr_t)(p) + (by)))

struct out {
    void (*putc)(uintptr_t base, unsigned char c);
    uintptr_t base;
    int add_cr;
};

static NO_FP void say(const struct out *o, const char *s)
{
    while (*s)
        kit_uart_putc_crlf(o->putc, o->base, o->add_cr, *s++);
}

static NO_FP void say_hex(const struct out *o, uintptr_t v)
{
    int shift;

    say(o, "0x");
    for (shift = (int)sizeof v * 8 - 4; shift >= 0; shift -= 4)
        o->putc(o->base, (unsigned char)"0123456789abcdef"[v >> shift & 15]);
}

extern const char __kit_image_header[];   /* the image's first byte */

NO_FP void kit_misplaced(uintptr_t run, uintptr_t link)
{
    uintptr_t by = run - link;
    uintptr_t start = (uintptr_t)__kit_image_header;   /* this copy's */
    const struct kit_uart *uart = SHIFTED(kit_board.console, by);
    const struct kit_exit_dev *exit = SHIFTED(kit_board.exit, by);
    struct out o = { SHIFTED(uart->putc, by), kit_board.console_base, !uart->sends_crlf };

    say(&o, "\nkit: this image runs only at ");
    say_hex(&o, start - by);
    say(&o, ", where it was linked, and was started at ");
    say_hex(&o, start);
    say(&o, ": load it at its address, or boot it with booti (AArch64) or\n"
            "bootelf, which place it there (docs/real-board.md)\n");
    SHIFTED(exit->exit, by)(kit_board.exit_base, KIT_EXIT_MISPLACED);
    for (;;)
        ;
}
