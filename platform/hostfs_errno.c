/*
 * The host's errno values, as this C library numbers them.
 *
 * SYS_ERRNO hands over the errno of the host QEMU runs on: Linux's
 * numbers (asm-generic/errno-base.h and errno.h in the Linux UAPI
 * headers).  newlib and picolibc share the old Unix numbers up to ERANGE
 * (34) and differ above it (ENAMETOOLONG is 36 on Linux, 91 in newlib's
 * <sys/errno.h>), so each number is mapped by name, compiled against the
 * C library's own <errno.h>.  The table holds what a file call can fail
 * with; anything else becomes EIO.  A separate file from hostfs.c (which
 * traps), so the host tests can check the Linux numbers against the
 * host's own <errno.h>.
 */
#include <errno.h>
#include "hostfs.h"

static const struct { short linux_errno, errno_here; } errnos[] = {
    {  1, EPERM },  {  2, ENOENT }, {  4, EINTR },   {  5, EIO },
    {  6, ENXIO },  {  9, EBADF },  { 11, EAGAIN },  { 12, ENOMEM },
    { 13, EACCES }, { 14, EFAULT }, { 16, EBUSY },   { 17, EEXIST },
    { 18, EXDEV },  { 19, ENODEV }, { 20, ENOTDIR }, { 21, EISDIR },
    { 22, EINVAL }, { 23, ENFILE }, { 24, EMFILE },  { 26, ETXTBSY },
    { 27, EFBIG },  { 28, ENOSPC }, { 29, ESPIPE },  { 30, EROFS },
    { 31, EMLINK }, { 36, ENAMETOOLONG }, { 38, ENOSYS }, { 39, ENOTEMPTY },
    { 40, ELOOP },  { 75, EOVERFLOW }, { 95, EOPNOTSUPP }, { 122, EDQUOT },
};

int kit_hostfs_errno(long host)
{
    size_t i;

    for (i = 0; i < sizeof errnos / sizeof errnos[0]; i++)
        if (errnos[i].linux_errno == host)
            return errnos[i].errno_here;
    return EIO;
}
