/*
 * _open: a host file as fd 3 and up (syscalls/file.c; platform/hostfs.h
 * says what the program may reach).  mode, the permissions of a new file,
 * cannot reach the host: it gets the host's default.
 */
#include "syscalls.h"
#include "file.h"
#include "result.h"

int _open(const char *path, int flags, int mode)
{
    (void)mode;
    if (!path)
        return (int)kit_result(-EFAULT);
    return (int)kit_result(kit_file_open(path, flags));
}
