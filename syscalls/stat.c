/* _stat: a host file's kind and size (syscalls/file.c). */
#include "syscalls.h"
#include "file.h"
#include "result.h"

int _stat(const char *path, struct stat *st)
{
    if (!path)
        return (int)kit_result(-EFAULT);
    return (int)kit_result(kit_file_stat(path, st));
}
