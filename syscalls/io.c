/*
 * newlib's I/O system calls (newlib/libc/include/sys/unistd.h; called from
 * the _r wrappers in newlib/libc/reent/).  Each returns -1 with `errno` set
 * on failure, as POSIX asks.
 *
 * They set `errno` as any C code does (newlib: the single struct _reent's
 * errno).  Some newlib functions reach them through the _r wrappers in
 * newlib/libc/reent/, which copy a *global* errno into the reent; others,
 * like isatty(), call them directly.  One thread, one reent: setting the
 * reent's errno serves both.
 */
#include "syscalls.h"
#include <sys/stat.h>
#include <sys/types.h>
#include <errno.h>
#include <string.h>
#include "fd.h"
#include "../platform/platform.h"
#include "../platform/hart.h"

static long result(long r)
{
    if (r < 0) {
        errno = (int)-r;
        return -1;
    }
    return r;
}

/* Under the output lock, so that another hart's fault report does not
 * land in the middle of this write (platform/outlock.c). */
int _write(int fd, const void *buf, size_t len)
{
    int locked = kit_out_lock(kit_hart_self(), -1);
    long r = kit_fd_write(fd, buf, len);

    if (locked)
        kit_out_unlock();
    return (int)result(r);
}

int _read(int fd, void *buf, size_t len)
{
    return (int)result(kit_fd_read(fd, buf, len));
}

int _close(int fd)
{
    return (int)result(kit_fd_close(fd));
}

/* The console is a character device: newlib then line-buffers stdout
 * (__smakebuf_r checks S_IFCHR via isatty).  Every other field is 0, as
 * for a fresh tty: no size, no blocks, no inode; never stack garbage. */
int _fstat(int fd, struct stat *st)
{
    if (result(kit_fd_is_console(fd)) < 0)
        return -1;
    memset(st, 0, sizeof *st);
    st->st_mode = S_IFCHR;
    return 0;
}

int _isatty(int fd)
{
    return result(kit_fd_is_console(fd)) < 0 ? 0 : 1;
}

/* A terminal cannot seek: ESPIPE, as for a pipe or a tty on Linux. */
off_t _lseek(int fd, off_t offset, int whence)
{
    (void)offset;
    (void)whence;
    if (result(kit_fd_is_console(fd)) < 0)
        return -1;
    errno = ESPIPE;
    return -1;
}
