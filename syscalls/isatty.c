/* _isatty: 1 for the console's fds, 0 with errno ENOTTY (a file) or EBADF
 * (no such fd), as POSIX isatty says. */
#include "syscalls.h"
#include "fd.h"
#include "result.h"

int _isatty(int fd)
{
    return kit_result(kit_fd_isatty(fd)) < 0 ? 0 : 1;
}
