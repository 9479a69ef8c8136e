/* _fstat: newlib's fstat(2): S_IFCHR for the console, the kind and size of
 * a host file (syscalls/fd.c). */
#include "syscalls.h"
#include "fd.h"
#include "result.h"

int _fstat(int fd, struct stat *st)
{
    return (int)kit_result(kit_fd_fstat(fd, st));
}
