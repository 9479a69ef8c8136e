/* _read: newlib's read(2): the console's line discipline or a host file
 * (syscalls/fd.c). */
#include "syscalls.h"
#include "fd.h"
#include "result.h"

int _read(int fd, void *buf, size_t len)
{
    return (int)kit_result(kit_fd_read(fd, buf, len));
}
