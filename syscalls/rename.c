/* _rename: rename() of a host file (semihosting SYS_RENAME: the host's
 * rename(), which replaces an existing new).  newlib calls it because
 * newlib/build.sh builds it with HAVE_RENAME; without, newlib's rename
 * was _link then _unlink, and host files have no link. */
#include "syscalls.h"
#include "result.h"
#include "../platform/hostfs.h"

int _rename(const char *old, const char *new)
{
    if (!old || !new)
        return (int)kit_result(-EFAULT);
    return (int)kit_result(kit_hostfs_rename(old, new));
}
