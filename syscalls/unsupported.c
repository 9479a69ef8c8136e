/*
 * Calls newlib may link against that need an operating system the kit does
 * not have: no filesystem, no processes.  Each fails the POSIX way, -1 with
 * an errno that says why, so fopen("x") returns NULL instead of pretending.
 */
#include "syscalls.h"
#include <sys/stat.h>
#include <errno.h>

static int fail(int err)
{
    errno = err;
    return -1;
}

int _open(const char *path, int flags, int mode)
{
    (void)path; (void)flags; (void)mode;
    return fail(ENOSYS);        /* no filesystem */
}

int _stat(const char *path, struct stat *st)
{
    (void)path; (void)st;
    return fail(ENOSYS);
}

int _unlink(const char *path)
{
    (void)path;
    return fail(ENOSYS);
}

int _link(const char *old, const char *new)
{
    (void)old; (void)new;
    return fail(ENOSYS);
}

int _fork(void)
{
    return fail(ENOSYS);        /* one program, one hart of C */
}

int _execve(const char *path, char *const argv[], char *const envp[])
{
    (void)path; (void)argv; (void)envp;
    return fail(ENOSYS);
}

int _wait(int *status)
{
    (void)status;
    return fail(ECHILD);        /* there are never children */
}
