/* _unlink: remove() and unlink() of a host file (semihosting SYS_REMOVE,
 * which QEMU does with the host's remove(): an empty directory goes too). */
#include "syscalls.h"
#include "result.h"
#include "../platform/hostfs.h"

int _unlink(const char *path)
{
    if (!path)
        return (int)kit_result(-EFAULT);
    return (int)kit_result(kit_hostfs_remove(path));
}
