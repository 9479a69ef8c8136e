/*
 * _write: newlib's write(2) (newlib/libc/reent/writer.c calls it), every
 * printf's last step.  One system call per object file, so a program that
 * defines its own _write replaces this one and nothing else
 * (docs/porting.md).
 *
 * Under the output lock, so that another hart's fault report does not
 * land in the middle of this write (platform/outlock.c).
 */
#include "syscalls.h"
#include "fd.h"
#include "result.h"
#include "../platform/platform.h"
#include "../platform/hart.h"

int _write(int fd, const void *buf, size_t len)
{
    int locked = kit_out_lock(kit_hart_self(), -1);
    long r = kit_fd_write(fd, buf, len);

    if (locked)
        kit_out_unlock();
    return (int)kit_result(r);
}
