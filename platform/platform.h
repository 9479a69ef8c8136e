/*
 * The platform interface: everything the portable layers (syscalls/, boot's
 * generic C start) need from a board, and nothing more.
 *
 * syscalls/ sees only platform/'s headers (this one, heap.h, hart.h,
 * timer.h, stack.h): it never touches a register or an address.  Each board supplies them by naming drivers in boards/<name>.mk;
 * platform/board.c turns that data into the kit_board structure below.
 */
#ifndef KIT_PLATFORM_H
#define KIT_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

/* Console: blocking byte output and polled input over the board's UART,
 * or the one the devicetree's /chosen/stdout-path names. */
struct kit_uart;
void kit_console_init(void);
void kit_console_use(const struct kit_uart *uart, uintptr_t base);
void kit_console_putc(char c);          /* "\n" goes out as "\r\n" (cooked) */
void kit_console_write(const char *s, size_t n);    /* as putc, n bytes */
int  kit_console_getc(int wait);        /* a byte, or -1 if none and !wait */
/* 1: cooked, the terminal's rules ("\n" out as "\r\n", CR in as "\n");
 * 0: raw, every byte as it is (CONSOLE_CRLF=0). */
int  kit_console_cooked(void);

/* Stop the machine; the host (QEMU) exits with `status`. */
void kit_exit(int status) __attribute__((noreturn));

/* A free-running counter and its frequency, for time(2)-like calls. */
uint64_t kit_counter(void);
uint64_t kit_counter_hz(void);

/* The firmware's devicetree, if any, read only when it matters
 * (platform/devicetree.c; platform/devicetree_none.c on a board without
 * one).  At boot: keep the heap below the blob (its address alone), and
 * read what the board needs before main.  Later, each on first use: */
void kit_devicetree_boot(uintptr_t dtb);
uint64_t kit_devicetree_timebase(void);  /* /cpus/timebase-frequency or 0 */
int kit_devicetree_grow_heap(void);      /* 1: the heap reaches further now */
const char *kit_devicetree_bootargs(void);  /* /chosen bootargs or NULL */
const char *kit_devicetree_psci(void);  /* /psci method; "": none; NULL: no blob */
int kit_devicetree_has_hart(unsigned hart); /* /cpus/cpu@hart: 1, 0; -1: unknown */
const char *kit_devicetree_riscv_isa(void); /* the first cpu's riscv,isa or NULL */

/* The board's real-time clock (BOARD_RTC, platform/board_rtc.c): nanoseconds
 * since 1970-01-01 00:00 UTC into *ns and 0, or -ENODEV (none, or it is
 * not running). */
int kit_rtc_ns(uint64_t *ns);

/* Raw diagnostics that work even when newlib's state is suspect (traps). */
void kit_puts(const char *s);
void kit_puthex(uint64_t v);
/* The kit's number formatters (kit_puthex and kit_putdec, the fault
 * report, the TRACE=1 lines): pure functions into the caller's buffer.
 * kit_hex: v as "0x" and 16 hex digits, NUL-terminated, into buf
 * (returned).  kit_dec: v in decimal without leading zeros, NUL-terminated,
 * at the end of buf; returns its first digit. */
#define KIT_HEX_LEN 19
#define KIT_DEC_LEN 21
char *kit_hex(char buf[KIT_HEX_LEN], uint64_t v);
char *kit_dec(char buf[KIT_DEC_LEN], uint64_t v);
void kit_putdec(uint64_t v);

/* Console output from several harts (platform/outlock.c): 1 when taken,
 * 0 when `spins` tries ran out (-1: no limit) or the caller holds it
 * already (print anyway; unlock only after a 1). */
int  kit_out_lock(unsigned hart, long spins);
void kit_out_unlock(void);

/* What the boot hart was given at entry: its hart/core id, the DTB
 * address (RISC-V: a1 from the firmware; AArch64: x0 from a loader that
 * passes one (booti), else the board file's BOARD_DTB_ADDR; 0 if
 * unknown), and the
 * privilege level it entered at (AArch64: the EL, 1-3; RISC-V: 3 for
 * M-mode, 1 for S-mode).  main() runs at EL1 / in the board's mode. */
struct kit_boot_info {
    uintptr_t hart;
    uintptr_t dtb;
    unsigned entry_level;
    /* A loader's argc and argv (U-Boot's bootelf, go, bootm of a
     * standalone image: its own words, argv[0] standing for the
     * program's name); 0 and NULL when none came (boot/handover.c). */
    int loader_argc;
    char *const *loader_argv;
};
extern struct kit_boot_info kit_boot_info;

/* Exit status used when the kit itself stops a program (CPU exception).
 * 139 = 128 + SIGSEGV, what a shell shows for a crashed Linux program. */
#define KIT_EXIT_FAULT 139
/* abort(), a smashed stack: 128 + SIGABRT. */
#define KIT_EXIT_ABORT 134

#endif
