/*
 * The file descriptors: 0, 1 and 2 are the console, here; 3 and up are
 * host files (syscalls/file.c), reached through kit_fd_files once the
 * program has opened one.
 *
 * The console's semantics follow POSIX read(2)/write(2) on a terminal: a
 * read returns what is waiting (at least one byte), with no echo and no
 * line editing; Ctrl-D ends input, Ctrl-V takes the next byte as it is,
 * and (unless CONSOLE_CRLF=0) CR reads as "\n".
 */
#include <errno.h>
#include <string.h>
#include "fd.h"
#include "../platform/platform.h"

/* Bit n set: fd n is open.  close() clears it; a later write gets EBADF. */
static unsigned open_fds = 0x7;

const struct kit_file_ops *kit_fd_files;

void kit_fd_reset(void)
{
    open_fds = 0x7;
}

int kit_fd_is_console(int fd)
{
    if (fd < 0 || fd > 2 || !(open_fds & (1u << fd)))
        return -EBADF;
    return 1;
}

/* An fd above the console's, once a host file was ever opened (file.c
 * checks the fd further).  The one cost of host files to a program that
 * never opens one: this test, in each call below. */
static int is_file(int fd)
{
    return kit_fd_files && fd > 2;
}

int kit_fd_close(int fd)
{
    if (is_file(fd))
        return kit_fd_files->file_close(fd);
    if (kit_fd_is_console(fd) < 0)
        return -EBADF;
    open_fds &= ~(1u << fd);
    return 0;
}

long kit_fd_write(int fd, const void *buf, size_t len)
{
    if (is_file(fd))
        return kit_fd_files->file_write(fd, buf, len);
    /* stdin is open but not for writing: POSIX says EBADF for that too. */
    if (fd == 0 || kit_fd_is_console(fd) < 0)
        return -EBADF;
    kit_console_write(buf, len);
    return (long)len;
}

/*
 * Block until one byte arrives, then take what is already waiting, up to
 * the end of a line: read(2) may return fewer bytes than asked, and stdio
 * (fgets, scanf) calls again until it has a line.  As a terminal's line
 * discipline does (termios VEOF, VLNEXT, ICRNL): ^D ends input -- alone it
 * reads as end of file (0), after some bytes it just returns them; ^V
 * makes the byte after it data, even a ^D or a ^V (`make run STDIN=`
 * sends a file's own ^D and ^V bytes so, and two ^Ds after it); a CR
 * (what a terminal sends for Enter) reads as LF unless the console is
 * raw (CONSOLE_CRLF=0).
 */
long kit_fd_read(int fd, void *buf, size_t len)
{
    char *p = buf;
    size_t n = 0;
    int c, cooked = kit_console_cooked();

    if (is_file(fd))
        return kit_fd_files->file_read(fd, buf, len);
    if (fd != 0 || kit_fd_is_console(fd) < 0)
        return -EBADF;
    while (n < len) {
        c = kit_console_getc(n == 0);
        if (c < 0 || c == KIT_EOT)
            break;
        if (c == KIT_LNEXT)
            c = kit_console_getc(1);
        else if (c == '\r' && cooked)
            c = '\n';
        p[n++] = (char)c;
        if (c == '\n')
            break;
    }
    return (long)n;
}

/* A terminal cannot seek: ESPIPE, as for a pipe or a tty on Linux. */
off_t kit_fd_lseek(int fd, off_t offset, int whence)
{
    if (is_file(fd))
        return kit_fd_files->file_lseek(fd, offset, whence);
    return kit_fd_is_console(fd) < 0 ? -EBADF : -ESPIPE;
}

/* The console is a character device: newlib then line-buffers stdout
 * (__smakebuf_r checks S_IFCHR via isatty).  Every other field is 0, as
 * for a fresh tty: no size, no blocks, no inode; never stack garbage. */
int kit_fd_fstat(int fd, struct stat *st)
{
    if (is_file(fd))
        return kit_fd_files->file_fstat(fd, st);
    if (kit_fd_is_console(fd) < 0)
        return -EBADF;
    memset(st, 0, sizeof *st);
    st->st_mode = S_IFCHR;
    return 0;
}

/* A file is no terminal (isatty: ENOTTY, POSIX). */
int kit_fd_isatty(int fd)
{
    if (is_file(fd))
        return kit_fd_files->is_open(fd) < 0 ? -EBADF : -ENOTTY;
    return kit_fd_is_console(fd);
}
