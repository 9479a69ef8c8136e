/*
 * TRACE=1: every system call newlib makes, one line each, strace-style:
 *
 *   _write(1, "hello\n", 6) = 6
 *   _sbrk(4096) = 0x80012000
 *   _fstat(1, ...) = 0 (S_IFCHR)
 *   _lseek(1, 0, SEEK_CUR) = -1 ESPIPE (Illegal seek)
 *
 * How: the traced image is linked with GNU ld's --wrap=_write (and so on,
 * mk/run.mk): every call to _write, newlib's included, lands in
 * __wrap__write below, which calls the kit's real _write (__real__write)
 * and then prints the line.  The program's own bytes go out first, so
 * the trace never reorders them; a line printed in the middle of the
 * program's line starts on a fresh line.
 *
 * The trace prints straight to the console (kit_console_write), never
 * through stdio or malloc, so tracing cannot call itself.  In an image
 * linked without --wrap nothing refers to this file and --gc-sections
 * drops it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "syscalls.h"
#include "trace.h"
#include "../platform/platform.h"

/* What strace shows of a buffer: its first bytes. */
#define SHOW_BYTES 32

/* A line of trace, built up then written at once. */
struct line {
    char buf[160];
    size_t n;
};

static int mid_line;            /* the console's last byte was not '\n' */

void kit_trace_on(void) {}      /* -Wl,--undefined: keeps this file linked */

static void add(struct line *l, const char *s)
{
    while (*s && l->n < sizeof l->buf - 2)
        l->buf[l->n++] = *s++;
}

/* Numbers through the kit's formatters (platform/console.c). */
static void add_dec(struct line *l, long long v)
{
    char d[KIT_DEC_LEN];

    if (v < 0)
        add(l, "-");
    add(l, kit_dec(d, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v));
}

/* As strace: 0x and the digits without leading zeros. */
static void add_hex(struct line *l, uintptr_t v)
{
    char d[KIT_HEX_LEN], *p = kit_hex(d, v) + 2;

    while (*p == '0' && p[1])
        p++;
    add(l, "0x");
    add(l, p);
}

/* The buffer as a C string literal, as strace prints it. */
static void add_bytes(struct line *l, const void *p, long len)
{
    const unsigned char *s = p;
    long i;

    if (len < 0) {
        add(l, "...");
        return;
    }
    add(l, "\"");
    for (i = 0; i < len && i < SHOW_BYTES; i++) {
        char e[5] = { '\\', 0, 0, 0, 0 };

        switch (s[i]) {
        case '\n': e[1] = 'n'; break;
        case '\r': e[1] = 'r'; break;
        case '\t': e[1] = 't'; break;
        case '"':  e[1] = '"'; break;
        case '\\': e[1] = '\\'; break;
        default:
            if (s[i] >= 0x20 && s[i] < 0x7f) {
                e[0] = (char)s[i];
            } else {                /* \xNN: the last two of kit_hex's digits */
                char d[KIT_HEX_LEN];

                kit_hex(d, s[i]);
                e[1] = 'x';
                e[2] = d[16];
                e[3] = d[17];
            }
        }
        add(l, e);
    }
    add(l, len > SHOW_BYTES ? "\"..." : "\"");
}

static const char *errno_name(int e)
{
    switch (e) {
    case EPERM:   return "EPERM";
    case ENOENT:  return "ENOENT";
    case ESRCH:   return "ESRCH";
    case EINTR:   return "EINTR";
    case EIO:     return "EIO";
    case EBADF:   return "EBADF";
    case ECHILD:  return "ECHILD";
    case EAGAIN:  return "EAGAIN";
    case ENOMEM:  return "ENOMEM";
    case EACCES:  return "EACCES";
    case EISDIR:  return "EISDIR";
    case ENOTDIR: return "ENOTDIR";
    case EMFILE:  return "EMFILE";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case EFAULT:  return "EFAULT";
    case EEXIST:  return "EEXIST";
    case EINVAL:  return "EINVAL";
    case ENOTTY:  return "ENOTTY";
    case ESPIPE:  return "ESPIPE";
    case EMLINK:  return "EMLINK";
    case ERANGE:  return "ERANGE";
    case ENOSYS:  return "ENOSYS";
    default:      return NULL;
    }
}

/* End the line and print it, on a line of its own. */
static void emit(struct line *l)
{
    l->buf[l->n++] = '\n';
    if (mid_line)
        kit_console_write("\n", 1);
    kit_console_write(l->buf, l->n);
    mid_line = 0;
}

/* " = r", or " = -1 ENAME (text)" when the call failed; then print. */
static void finish(struct line *l, long long r, int failed)
{
    int e = errno;

    add(l, " = ");
    add_dec(l, r);
    if (failed) {
        add(l, " ");
        if (errno_name(e))
            add(l, errno_name(e));
        else {
            add(l, "errno ");
            add_dec(l, e);
        }
        add(l, " (");
        add(l, strerror(e));
        add(l, ")");
    }
    emit(l);
    errno = e;                  /* the program sees the call's errno */
}

static void start(struct line *l, const char *name)
{
    l->n = 0;
    add(l, name);
    add(l, "(");
}

/* --- the wrapped calls: __real_x is the kit's x (io.c, sbrk.c, ...) ----- */

int __wrap__write(int fd, const void *buf, size_t len)
{
    struct line l;
    int r = __real__write(fd, buf, len);

    if (r > 0 && (fd == STDOUT_FILENO || fd == STDERR_FILENO))
        mid_line = ((const char *)buf)[r - 1] != '\n';
    start(&l, "_write");
    add_dec(&l, fd);
    add(&l, ", ");
    add_bytes(&l, buf, (long)len);
    add(&l, ", ");
    add_dec(&l, (long long)len);
    add(&l, ")");
    finish(&l, r, r < 0);
    return r;
}

int __wrap__read(int fd, void *buf, size_t len)
{
    struct line l;
    int r = __real__read(fd, buf, len);

    start(&l, "_read");
    add_dec(&l, fd);
    add(&l, ", ");
    add_bytes(&l, buf, r);
    add(&l, ", ");
    add_dec(&l, (long long)len);
    add(&l, ")");
    finish(&l, r, r < 0);
    return r;
}

/* One int argument, int result: _close, _isatty. */
#define WRAP_INT1(name)                                 \
    int __real_##name(int a);                           \
    int __wrap_##name(int a);                           \
    int __wrap_##name(int a)                            \
    {                                                   \
        struct line l;                                  \
        int r = __real_##name(a);                       \
                                                        \
        start(&l, #name);                               \
        add_dec(&l, a);                                 \
        add(&l, ")");                                   \
        finish(&l, r, r < 0);                           \
        return r;                                       \
    }
WRAP_INT1(_close)

/* isatty returns 0 with errno set when it fails, not -1. */
int __wrap__isatty(int fd)
{
    struct line l;
    int r;

    errno = 0;
    r = __real__isatty(fd);
    start(&l, "_isatty");
    add_dec(&l, fd);
    add(&l, ")");
    finish(&l, r, r == 0 && errno);
    return r;
}

int __wrap__fstat(int fd, struct stat *st)
{
    struct line l;
    int r = __real__fstat(fd, st);

    start(&l, "_fstat");
    add_dec(&l, fd);
    add(&l, ", ...)");
    if (r == 0) {
        add(&l, " = 0 (");
        add(&l, S_ISCHR(st->st_mode) ? "S_IFCHR"
                : S_ISREG(st->st_mode) ? "S_IFREG" : "other");
        add(&l, ")");
        emit(&l);
        return r;
    }
    finish(&l, r, 1);
    return r;
}

off_t __wrap__lseek(int fd, off_t off, int whence)
{
    static const char *const wh[] = { "SEEK_SET", "SEEK_CUR", "SEEK_END" };
    struct line l;
    off_t r = __real__lseek(fd, off, whence);

    start(&l, "_lseek");
    add_dec(&l, fd);
    add(&l, ", ");
    add_dec(&l, (long long)off);
    add(&l, ", ");
    if (whence >= 0 && whence <= 2)
        add(&l, wh[whence]);
    else
        add_dec(&l, whence);
    add(&l, ")");
    finish(&l, (long long)r, r < 0);
    return r;
}

void *__wrap__sbrk(ptrdiff_t incr)
{
    struct line l;
    void *p = __real__sbrk(incr);

    start(&l, "_sbrk");
    add_dec(&l, (long long)incr);
    add(&l, ")");
    if (p != (void *)-1) {
        add(&l, " = ");
        add_hex(&l, (uintptr_t)p);
        emit(&l);
        return p;
    }
    finish(&l, -1, 1);
    return p;
}

void __wrap__exit(int status)
{
    struct line l;

    start(&l, "_exit");
    add_dec(&l, status);
    add(&l, ") = ?");
    emit(&l);
    __real__exit(status);
}

int __wrap__getpid(void)
{
    struct line l;
    int r = __real__getpid();

    start(&l, "_getpid");
    add(&l, ")");
    finish(&l, r, 0);
    return r;
}

int __wrap__kill(int pid, int sig)
{
    struct line l;
    int r;

    start(&l, "_kill");
    add_dec(&l, pid);
    add(&l, ", ");
    add_dec(&l, sig);
    add(&l, ")");
    if (sig != 0 && pid == __real__getpid()) {  /* it does not return */
        add(&l, " = ?");
        emit(&l);
    }
    r = __real__kill(pid, sig);
    finish(&l, r, r < 0);
    return r;
}

int __wrap__gettimeofday(struct timeval *tv, void *tz)
{
    struct line l;
    int r = __real__gettimeofday(tv, tz);

    start(&l, "_gettimeofday");
    if (tv && r == 0) {
        add(&l, "{");
        add_dec(&l, (long long)tv->tv_sec);
        add(&l, ", ");
        add_dec(&l, (long long)tv->tv_usec);
        add(&l, "}");
    } else {
        add_hex(&l, (uintptr_t)tv);
    }
    add(&l, tz ? ", ...)" : ", NULL)");
    finish(&l, r, r < 0);
    return r;
}

clock_t __wrap__times(struct tms *buf)
{
    struct line l;
    clock_t r = __real__times(buf);

    start(&l, "_times");
    add(&l, buf ? "...)" : "NULL)");
    finish(&l, (long long)r, r == (clock_t)-1);
    return r;
}

/* Host files (syscalls/open.c, file.c). */
int __wrap__open(const char *path, int flags, int mode)
{
    struct line l;
    int r = __real__open(path, flags, mode);

    start(&l, "_open");
    add_bytes(&l, path, path ? (long)strlen(path) : -1);
    add(&l, ", ");
    add_hex(&l, (uintptr_t)flags);
    if (flags & O_CREAT) {          /* mode is read only then (open(2)) */
        add(&l, ", ");
        add_hex(&l, (uintptr_t)mode);
    }
    add(&l, ")");
    finish(&l, r, r < 0);
    return r;
}

int __wrap__stat(const char *path, struct stat *st)
{
    struct line l;
    int r = __real__stat(path, st);

    start(&l, "_stat");
    add_bytes(&l, path, path ? (long)strlen(path) : -1);
    add(&l, ", ...)");
    finish(&l, r, r < 0);
    return r;
}

/* A path and nothing else, or no argument at all: the rest fail the same way. */
#define WRAP_PATH1(name)                                                \
    int __real_##name(const char *p);                                   \
    int __wrap_##name(const char *p);                                   \
    int __wrap_##name(const char *p)                                    \
    {                                                                   \
        struct line l;                                                  \
        int r = __real_##name(p);                                       \
                                                                        \
        start(&l, #name);                                               \
        add_bytes(&l, p, p ? (long)strlen(p) : -1);                     \
        add(&l, ")");                                                   \
        finish(&l, r, r < 0);                                           \
        return r;                                                       \
    }
WRAP_PATH1(_unlink)

int __wrap__rename(const char *old, const char *new)
{
    struct line l;
    int r = __real__rename(old, new);

    start(&l, "_rename");
    add_bytes(&l, old, old ? (long)strlen(old) : -1);
    add(&l, ", ");
    add_bytes(&l, new, new ? (long)strlen(new) : -1);
    add(&l, ")");
    finish(&l, r, r < 0);
    return r;
}

/* The POSIX calls a program makes itself (syscalls/clock_gettime.c,
 * getentropy.c): strace shows them too. */
int __wrap_clock_gettime(clockid_t id, struct timespec *ts)
{
    struct line l;
    int r = __real_clock_gettime(id, ts);

    start(&l, "clock_gettime");
    add_dec(&l, (long long)id);
    if (r == 0) {
        add(&l, ", {");
        add_dec(&l, (long long)ts->tv_sec);
        add(&l, ", ");
        add_dec(&l, ts->tv_nsec);
        add(&l, "})");
    } else {
        add(&l, ", ...)");
    }
    finish(&l, r, r < 0);
    return r;
}

int __wrap_getentropy(void *buf, size_t len)
{
    struct line l;
    int r = __real_getentropy(buf, len);

    start(&l, "getentropy");
    add_hex(&l, (uintptr_t)buf);
    add(&l, ", ");
    add_dec(&l, (long long)len);
    add(&l, ")");
    finish(&l, r, r < 0);
    return r;
}
