/* _close: newlib's close(2) (syscalls/fd.c). */
#include "syscalls.h"
#include "fd.h"
#include "result.h"

int _close(int fd)
{
    return (int)kit_result(kit_fd_close(fd));
}
