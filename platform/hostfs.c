/*
 * Host files through semihosting (platform/hostfs.h says what and why).
 *
 * Every call is one trap (drivers/semihost/semihost.h) with a block of
 * register-sized words.  Where a call fails, SYS_ERRNO fetches the host's
 * errno at once, before anything else can trap, and kit_hostfs_errno
 * translates it.  SYS_READ and SYS_WRITE report only the bytes they did
 * not move (QEMU 7.2 leaves SYS_ERRNO as it was when they fail), so their
 * errors get numbers chosen here.
 *
 * Handles come only from kit_hostfs_open, so guarding the three calls
 * that take a path guards them all: on a board without semihosting
 * (KIT_SEMIHOSTING 0) they are -ENOSYS and no trap is ever taken; with
 * HOSTFS=0 (KIT_HOSTFS 0) they are -EACCES.
 */
#include <errno.h>
#include <string.h>
#include "board_config.h"
#include "hostfs.h"
#include "../drivers/semihost/semihost.h"

/*
 * A path as QEMU can read it.  QEMU 7.2 reads a semihosting path with a
 * probe that takes the string to run to the end of its page, and fails it
 * (EFAULT, the file never opened) when a PMP region ends inside that
 * page: on RISC-V M-mode the kit's read-only region for .rodata ends
 * mid-page (boot/riscv/pmp.c), so a string literal near its end could not
 * be opened.  A copy on the stack reads whole: the stacks start on page
 * boundaries, one region each.  A path too long for the copy goes as it is.
 */
#define PATH_COPY 512

static const char *readable(const char *path, char copy[PATH_COPY])
{
    size_t n = strlen(path);

    if (n >= PATH_COPY)
        return path;
    memcpy(copy, path, n + 1);
    return copy;
}

/* Whether a call naming a path may go to the host: 0, or -errno. */
static int closed(void)
{
    if (!KIT_SEMIHOSTING)
        return -ENOSYS;
    return KIT_HOSTFS ? 0 : -EACCES;
}

/* The host's errno for the call that just failed, as -errno here. */
static long host_error(void)
{
    return -kit_hostfs_errno(kit_semihost(SYS_ERRNO, NULL));
}

long kit_hostfs_open(const char *path, int mode)
{
    char copy[PATH_COPY];
    long block[3] = { (long)readable(path, copy), mode, (long)strlen(path) };
    long r = closed();

    if (r)
        return r;
    r = kit_semihost(SYS_OPEN, block);
    return r < 0 ? host_error() : r;
}

int kit_hostfs_close(long handle)
{
    long block[1] = { handle };

    return kit_semihost(SYS_CLOSE, block) < 0 ? (int)host_error() : 0;
}

/* SYS_READ: the count of bytes NOT read; all of len means the end of the
 * file (v2.0, 5.13), and anything outside 0..len is a broken host. */
long kit_hostfs_read(long handle, void *buf, size_t len)
{
    long block[3] = { handle, (long)buf, (long)len };
    long left = kit_semihost(SYS_READ, block);

    if (left < 0 || (size_t)left > len)
        return -EIO;
    return (long)len - left;
}

/* SYS_WRITE: the count NOT written (5.20).  Nothing written of a
 * non-empty buffer is a failure whose reason the host keeps to itself. */
long kit_hostfs_write(long handle, const void *buf, size_t len)
{
    long block[3] = { handle, (long)buf, (long)len };
    long left = kit_semihost(SYS_WRITE, block);

    if (left < 0 || (size_t)left > len || (len && (size_t)left == len))
        return -EIO;
    return (long)len - left;
}

int kit_hostfs_seek(long handle, unsigned long pos)
{
    long block[2] = { handle, (long)pos };

    return kit_semihost(SYS_SEEK, block) < 0 ? (int)host_error() : 0;
}

long kit_hostfs_flen(long handle)
{
    long block[1] = { handle };
    long r = kit_semihost(SYS_FLEN, block);

    return r < 0 ? host_error() : r;
}

/* SYS_REMOVE and SYS_RENAME fail with any non-zero value (5.11, 5.12). */
int kit_hostfs_remove(const char *path)
{
    char copy[PATH_COPY];
    long block[2] = { (long)readable(path, copy), (long)strlen(path) };
    int r = closed();

    if (r)
        return r;
    return kit_semihost(SYS_REMOVE, block) ? (int)host_error() : 0;
}

int kit_hostfs_rename(const char *old, const char *new)
{
    char copy_old[PATH_COPY], copy_new[PATH_COPY];
    long block[4] = { (long)readable(old, copy_old), (long)strlen(old),
                      (long)readable(new, copy_new), (long)strlen(new) };
    int r = closed();

    if (r)
        return r;
    return kit_semihost(SYS_RENAME, block) ? (int)host_error() : 0;
}
