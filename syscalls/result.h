/*
 * What every system call returns: the kit's layers below answer a result
 * or -errno (docs/style.md, "Interfaces"); the C library wants -1 with
 * `errno` set, as POSIX asks.
 *
 * errno is the C library's own: newlib's single struct _reent's errno,
 * which its _r wrappers (newlib/libc/reent/) copy from and which the
 * direct callers (isatty) read; picolibc's, in thread-local storage.
 */
#ifndef KIT_RESULT_H
#define KIT_RESULT_H

#include <errno.h>

static inline long kit_result(long r)
{
    if (r < 0) {
        errno = (int)-r;
        return -1;
    }
    return r;
}

#endif
