/*
 * Host unit tests for the target-independent logic: the heap behind
 * _sbrk (platform/heap.c), the console fds (syscalls/fd.c) and the real
 * console (platform/console.c) with its one policy, "\n" -> "\r\n",
 * checked on the bytes a fake UART receives.  One line per check:
 * "PASS host/..." or "FAIL host/...: why".
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "../../platform/heap.h"
#include "../../platform/platform.h"
#include "../../syscalls/fd.h"
#include "fake_uart.h"

static int failures;

#define CHECK(name, cond) check(name, (cond), #cond)

static void check(const char *name, int ok, const char *expr)
{
    if (ok)
        printf("PASS host/%s\n", name);
    else {
        printf("FAIL host/%s: %s\n", name, expr);
        failures++;
    }
}

/* A heap over a real array, so pointers compare as they do on target. */
static _Alignas(16) unsigned char arena[4096];

static void test_heap(void)
{
    struct kit_heap h;
    uintptr_t base = (uintptr_t)arena;
    int err = 0;
    void *p;

    kit_heap_init(&h, base + 3, base + 4096 - 5);
    CHECK("heap: start rounded up to 16", h.start == base + 16);
    CHECK("heap: end rounded down to 16", h.end == base + 4096 - 16);

    p = kit_heap_sbrk(&h, 0, &err);
    CHECK("heap: sbrk(0) returns the break", p == (void *)h.start);
    p = kit_heap_sbrk(&h, 1, &err);
    CHECK("heap: sbrk(1) returns the old break", p == (void *)(base + 16));
    CHECK("heap: break stays 16-byte aligned", h.brk == base + 32);

    err = 0;
    p = kit_heap_sbrk(&h, (ptrdiff_t)(h.end - h.brk), &err);
    CHECK("heap: exactly the rest fits", p == (void *)(base + 32) && h.brk == h.end);
    p = kit_heap_sbrk(&h, 1, &err);
    CHECK("heap: one byte past the end fails", p == NULL && err == ENOMEM);
    CHECK("heap: failed sbrk leaves the break", h.brk == h.end);

    kit_heap_init(&h, base, base + 4096);
    err = 0;
    p = kit_heap_sbrk(&h, PTRDIFF_MAX, &err);
    CHECK("heap: huge request fails without wrapping", p == NULL && err == ENOMEM);
    p = kit_heap_sbrk(&h, 4096 - 15, &err);
    CHECK("heap: a request rounded up to the end still fits",
          p == (void *)base && h.brk == base + 4096);

    kit_heap_init(&h, base, base + 4096);
    kit_heap_sbrk(&h, 256, &err);
    p = kit_heap_sbrk(&h, -128, &err);
    CHECK("heap: negative sbrk shrinks", p == (void *)(base + 256) && h.brk == base + 128);
    err = 0;
    p = kit_heap_sbrk(&h, -256, &err);
    CHECK("heap: shrinking below the start fails", p == NULL && err == ENOMEM
          && h.brk == base + 128);

    kit_heap_init(&h, base + 64, base + 32);
    err = 0;
    p = kit_heap_sbrk(&h, 16, &err);
    CHECK("heap: no room at all: every request fails", p == NULL && err == ENOMEM);
}

static void test_write(void)
{
    kit_fd_reset();
    fake_uart_reset("", 0);
    CHECK("fd: write(1) reaches the console",
          kit_fd_write(1, "hi\n", 3) == 3 && fake_wire_len == 4
          && !memcmp(fake_wire, "hi\r\n", 4));
    CHECK("fd: write(2) reaches the console", kit_fd_write(2, "e", 1) == 1);
    CHECK("fd: write(0) is EBADF", kit_fd_write(0, "x", 1) == -EBADF);
    CHECK("fd: write(3) is EBADF", kit_fd_write(3, "x", 1) == -EBADF);
    CHECK("fd: write(-1) is EBADF", kit_fd_write(-1, "x", 1) == -EBADF);
    CHECK("fd: write of 0 bytes is 0", kit_fd_write(1, "", 0) == 0);
    CHECK("fd: close(1) works", kit_fd_close(1) == 0);
    CHECK("fd: write after close is EBADF", kit_fd_write(1, "x", 1) == -EBADF);
    CHECK("fd: second close is EBADF", kit_fd_close(1) == -EBADF);
    CHECK("fd: close(7) is EBADF", kit_fd_close(7) == -EBADF);
    kit_fd_reset();
    CHECK("fd: 0-2 are the console", kit_fd_is_console(0) == 1
          && kit_fd_is_console(2) == 1 && kit_fd_is_console(3) == -EBADF);
}

static void test_read(void)
{
    char buf[32];
    long n;

    kit_fd_reset();
    fake_uart_reset("abc\ndef", 7);
    n = kit_fd_read(0, buf, sizeof buf);
    CHECK("fd: read stops after a newline", n == 4 && !memcmp(buf, "abc\n", 4));
    n = kit_fd_read(0, buf, sizeof buf);
    CHECK("fd: read returns what is there", n == 3 && !memcmp(buf, "def", 3));

    fake_uart_reset("x\ry", 3);
    n = kit_fd_read(0, buf, sizeof buf);
    CHECK("fd: CR reads as LF", n == 2 && !memcmp(buf, "x\n", 2));

    fake_uart_reset("\x04", 1);
    CHECK("fd: ^D alone is end of file", kit_fd_read(0, buf, sizeof buf) == 0);
    fake_uart_reset("ab\x04z", 4);
    n = kit_fd_read(0, buf, sizeof buf);
    CHECK("fd: ^D after bytes returns them", n == 2 && !memcmp(buf, "ab", 2));
    fake_uart_reset("a\x16\x04" "b\x16\x16\x16\r\x04", 9);
    n = kit_fd_read(0, buf, sizeof buf);
    CHECK("fd: ^V makes the next byte data (^D, ^V, CR)",
          n == 5 && !memcmp(buf, "a\x04" "b\x16\r", 5));

    fake_uart_reset("abcdef", 6);
    CHECK("fd: read honours the length", kit_fd_read(0, buf, 2) == 2);
    CHECK("fd: read(1) is EBADF", kit_fd_read(1, buf, 1) == -EBADF);
    CHECK("fd: read(5) is EBADF", kit_fd_read(5, buf, 1) == -EBADF);
}

/* The wire holds exactly `want` (n bytes)? */
static int wire_is(const char *want, size_t n)
{
    return fake_wire_len == n && !memcmp(fake_wire, want, n);
}

static void test_console(void)
{
    fake_uart_reset("", 0);
    fake_uart_inits = 0;
    kit_console_init();
    CHECK("console: init initialises the board's UART", fake_uart_inits == 1);

    kit_console_write("a\nb\n", 4);
    CHECK("console: each \\n goes out as \\r\\n", wire_is("a\r\nb\r\n", 6));
    fake_uart_reset("", 0);
    kit_console_putc('\n');
    CHECK("console: putc('\\n') sends \\r\\n", wire_is("\r\n", 2));
    fake_uart_reset("", 0);
    kit_console_write("x\ry\r\n", 5);
    CHECK("console: \\r alone passes through, \\r\\n gets one more \\r",
          wire_is("x\ry\r\r\n", 6));
    fake_uart_reset("", 0);
    kit_console_write("\0\xff", 2);
    CHECK("console: every byte value passes (NUL, 0xff)", wire_is("\0\xff", 2));
    fake_uart_reset("", 0);
    kit_puts("ok\n");
    kit_puthex(0xab);
    CHECK("console: kit_puts and kit_puthex use the same rule",
          wire_is("ok\r\n0x00000000000000ab", 22));
    fake_uart_reset("q", 1);
    CHECK("console: getc passes a byte, then -1 when none (no wait)",
          kit_console_getc(0) == 'q' && kit_console_getc(0) == -1);

    kit_console_use(&fake_crlf_uart, 0);
    fake_uart_reset("", 0);
    kit_console_write("a\nb\n", 4);
    CHECK("console: no second \\r for a device that sends its own",
          wire_is("a\nb\n", 4));
    kit_console_init();
}

/* The kit's formatters (console.c), which the fault report and TRACE=1
 * share: every width of value, the 32-bit halves and 16-bit digits the
 * rv32-friendly code splits it into included. */
static void test_format(void)
{
    static const struct { uint64_t v; const char *dec; } d[] = {
        { 0, "0" }, { 7, "7" }, { 10, "10" }, { 65535, "65535" }, { 65536, "65536" },
        { 655359, "655359" }, { 4294967295u, "4294967295" }, { 4294967296u, "4294967296" },
        { 10000000000000000000u, "10000000000000000000" },
        { UINT64_MAX, "18446744073709551615" },
    };
    char dec[KIT_DEC_LEN], hex[KIT_HEX_LEN];
    size_t i;
    int ok = 1;

    for (i = 0; i < sizeof d / sizeof d[0]; i++)
        ok &= !strcmp(kit_dec(dec, d[i].v), d[i].dec);
    CHECK("format: kit_dec prints 0 to 2^64 - 1 exactly", ok);
    CHECK("format: kit_hex prints 16 digits",
          !strcmp(kit_hex(hex, 0x123456789abcdef0ull), "0x123456789abcdef0")
          && !strcmp(kit_hex(hex, 0xab), "0x00000000000000ab"));
}

int main(void)
{
    kit_console_init();
    test_heap();
    test_console();
    test_format();
    test_write();
    test_read();
    return failures ? 1 : 0;
}
