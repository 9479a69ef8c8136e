/*
 * The POSIX names picolibc calls, onto the kit's system calls.
 *
 * newlib calls _write, _sbrk, ... (syscalls/syscalls.h); picolibc 1.8
 * calls write, ... (what `nm libc.a` leaves undefined: read write close
 * lseek fstat open stat unlink getpid kill gettimeofday times, sbrk (in
 * sbrk.c: it needs more than a call through), getentropy and _exit, which
 * are the same names; and rename, which picolibc declares but does not
 * define).  Each is a call through to the one implementation, so both
 * libraries get the same behaviour and TRACE=1 (which wraps the _ names)
 * shows these calls too.  Compiled against picolibc's headers: its struct
 * stat, off_t and errno (TLS) are the ones the implementations fill in.
 *
 * They share one object, so each is weak: a program's own read replaces
 * that one and keeps the rest (as one object per call does for newlib's
 * names, syscalls/syscalls.h).
 *
 * Not here, so a program that needs it does not link: sigprocmask
 * (hsearch's file-backed tables).
 */
#include <fcntl.h>
#include <stdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <unistd.h>
#include "../syscalls.h"

#define WEAK __attribute__((weak))

WEAK ssize_t read(int fd, void *buf, size_t len)         { return _read(fd, buf, len); }
WEAK ssize_t write(int fd, const void *buf, size_t len)  { return _write(fd, buf, len); }
WEAK int     close(int fd)                               { return _close(fd); }
WEAK off_t   lseek(int fd, off_t offset, int whence)     { return _lseek(fd, offset, whence); }
WEAK int     fstat(int fd, struct stat *st)              { return _fstat(fd, st); }
WEAK int     isatty(int fd)                              { return _isatty(fd); }
WEAK pid_t   getpid(void)                                { return _getpid(); }
WEAK int     kill(pid_t pid, int sig)                    { return _kill(pid, sig); }
WEAK clock_t times(struct tms *buf)                      { return _times(buf); }
WEAK int     stat(const char *path, struct stat *st)     { return _stat(path, st); }
WEAK int     unlink(const char *path)                    { return _unlink(path); }

WEAK int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
    return _gettimeofday(tv, tz);
}

/* picolibc's open is variadic (the mode comes only with O_CREAT). */
WEAK int open(const char *path, int flags, ...)
{
    return _open(path, flags, 0);
}

WEAK int rename(const char *old, const char *new)
{
    return _rename(old, new);
}
