/*
 * picolibc's stdin, stdout and stderr, on the kit's console.
 *
 * picolibc's tinystdio never calls write() for the standard streams:
 * printf() ends in the put function of the FILE that `stdout` points at
 * (picolibc <stdio.h>: `extern FILE *const stdout`, struct __file with
 * put/get/flush), and a program without these three FILEs does not link.
 * Here they go through the kit's system calls (syscalls/io.c), so output
 * is the same as with newlib: "\n" becomes "\r\n" in the console driver,
 * a closed fd fails with EBADF, TRACE=1 shows each _write, and a line is
 * written under the output lock in one piece.
 *
 * As with newlib: stdout is line-buffered (written at "\n", when the
 * buffer is full, on fflush, before stdin is read, and at exit), stderr
 * is unbuffered.  stdin reads the console as read() does (CR is "\n",
 * Ctrl-D is end of input).
 */
#include <stdio.h>
#include "../syscalls.h"

struct kit_file {
    FILE file;                  /* first: tinystdio hands this pointer back */
    int fd;
    size_t n;                   /* bytes waiting in buf */
    char buf[128];              /* stdout's line; stderr never keeps any */
};

/* A failed write sets the stream's error indicator (ferror), as C's
 * fputc does (C11 7.21.7.3); tinystdio's printf returns -1 but leaves
 * that to the put function. */
static int flush(FILE *f)
{
    struct kit_file *k = (struct kit_file *)f;
    size_t n = k->n;

    k->n = 0;
    if (n && _write(k->fd, k->buf, n) != (int)n) {
        f->flags |= __SERR;
        return EOF;
    }
    return 0;
}

static int put(char c, FILE *f)
{
    struct kit_file *k = (struct kit_file *)f;

    k->buf[k->n++] = c;
    if (c == '\n' || k->n == sizeof k->buf || k->fd == 2)
        return flush(f) ? EOF : (unsigned char)c;
    return (unsigned char)c;
}

static struct kit_file out = { FDEV_SETUP_STREAM(put, NULL, flush, _FDEV_SETUP_WRITE), 1, 0, {0} };
static struct kit_file err = { FDEV_SETUP_STREAM(put, NULL, flush, _FDEV_SETUP_WRITE), 2, 0, {0} };

/* One byte as read() gives it; a prompt without "\n" goes out first, as
 * newlib does before it reads a line-buffered terminal. */
static int get(FILE *f)
{
    char c;
    int n;

    (void)f;
    flush(&out.file);
    n = _read(0, &c, 1);
    if (n == 1)
        return (unsigned char)c;
    return n == 0 ? _FDEV_EOF : _FDEV_ERR;
}

static FILE in = FDEV_SETUP_STREAM(NULL, get, NULL, _FDEV_SETUP_READ);

FILE *const stdin = &in;
FILE *const stdout = &out.file;
FILE *const stderr = &err.file;

/* exit() runs the destructors (picolibc's __libc_fini_array) before
 * _exit: a last line without "\n" still comes out.  _exit and abort do
 * not flush, as with newlib. */
static void __attribute__((destructor)) flush_at_exit(void)
{
    flush(&out.file);
}
