/* _lseek: ESPIPE on the console (a terminal cannot seek), a host file's
 * position otherwise (syscalls/fd.c). */
#include "syscalls.h"
#include "fd.h"
#include "result.h"

off_t _lseek(int fd, off_t offset, int whence)
{
    return (off_t)kit_result(kit_fd_lseek(fd, offset, whence));
}
