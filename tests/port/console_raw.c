/* kit-test: CONSOLE_CRLF=0: stdout's bytes go out as they are, and STDIN's bytes come in as they are
 * expect-raw: out: <raw\n\r\n\x01\x04\x16\x7f\xfe>
 * expect: in: 61 04 62 16 63 0d 0a 00 ff 7a (10 bytes, then end of input)
 * expect-exit: 0
 */
/* tests/port/port.mk builds it with CONSOLE_CRLF=0 and feeds it a file
 * of "a ^D b ^V c CR LF NUL 0xff z", no newline at the end.  A raw
 * console adds no "\r" before "\n" (a gzip stream written to stdout stays
 * whole) and reads CR as CR; make run sends the file's own ^D and ^V
 * after a ^V, so they arrive as data (kitrun --feed; syscalls/fd.c). */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    static const char out[] = "out: <raw\n\r\n\x01\x04\x16\x7f\xfe>\n";
    unsigned char buf[64];
    size_t n = 0;
    ssize_t r;

    fwrite(out, 1, sizeof out - 1, stdout);
    fflush(stdout);
    while (n < sizeof buf && (r = read(0, buf + n, sizeof buf - n)) > 0)
        n += (size_t)r;
    printf("in:");
    for (r = 0; r < (ssize_t)n; r++)
        printf(" %02x", buf[r]);
    printf(" (%zu bytes, then end of input)\n", n);
    return 0;
}
