/*
 * The console file descriptors.  Semantics follow POSIX read(2)/write(2):
 * a read returns what is waiting (at least one byte), with no echo and no
 * line editing; CR reads as "\n" and Ctrl-D ends input.
 */
#include <errno.h>
#include "fd.h"
#include "../platform/platform.h"

/* Bit n set: fd n is open.  close() clears it; a later write gets EBADF. */
static unsigned open_fds = 0x7;

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

int kit_fd_close(int fd)
{
    if (kit_fd_is_console(fd) < 0)
        return -EBADF;
    open_fds &= ~(1u << fd);
    return 0;
}

long kit_fd_write(int fd, const void *buf, size_t len)
{
    /* stdin is open but not for writing: POSIX says EBADF for that too. */
    if (fd == 0 || kit_fd_is_console(fd) < 0)
        return -EBADF;
    kit_console_write(buf, len);
    return (long)len;
}

/*
 * Block until one byte arrives, then take what is already waiting, up to
 * the end of a line: read(2) may return fewer bytes than asked, and stdio
 * (fgets, scanf) calls again until it has a line.  ^D ends input: alone it
 * reads as end of file (0), after some bytes it just returns them.  A
 * terminal sends CR for Enter, so CR becomes LF (termios ICRNL).
 */
long kit_fd_read(int fd, void *buf, size_t len)
{
    char *p = buf;
    size_t n = 0;
    int c;

    if (fd != 0 || kit_fd_is_console(fd) < 0)
        return -EBADF;
    while (n < len) {
        c = kit_console_getc(n == 0);
        if (c < 0 || c == KIT_EOT)
            break;
        if (c == '\r')
            c = '\n';
        p[n++] = (char)c;
        if (c == '\n')
            break;
    }
    return (long)n;
}
