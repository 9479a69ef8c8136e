/*
 * The POSIX names picolibc calls, onto the kit's system calls.
 *
 * newlib calls _write, _sbrk, ... (syscalls/syscalls.h); picolibc 1.8
 * calls write, ... (what `nm libc.a` leaves undefined: read write close
 * lseek fstat open stat unlink getpid kill gettimeofday times, sbrk (in
 * sbrk.c: it needs more than a call through) and _exit, which is the
 * same name).  Each is a call through to the one implementation, so both
 * libraries get the same behaviour and TRACE=1 (which wraps the _ names)
 * shows these calls too.  Compiled against
 * picolibc's headers: its struct stat, off_t and errno (TLS) are the ones
 * the implementations fill in.
 *
 * Not here, so a program that needs them does not link: getentropy
 * (arc4random: the kit has no entropy source) and sigprocmask (hsearch's
 * file-backed tables).
 */
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <unistd.h>
#include "../syscalls.h"

ssize_t read(int fd, void *buf, size_t len)         { return _read(fd, buf, len); }
ssize_t write(int fd, const void *buf, size_t len)  { return _write(fd, buf, len); }
int     close(int fd)                               { return _close(fd); }
off_t   lseek(int fd, off_t offset, int whence)     { return _lseek(fd, offset, whence); }
int     fstat(int fd, struct stat *st)              { return _fstat(fd, st); }
int     isatty(int fd)                              { return _isatty(fd); }
pid_t   getpid(void)                                { return _getpid(); }
int     kill(pid_t pid, int sig)                    { return _kill(pid, sig); }
clock_t times(struct tms *buf)                      { return _times(buf); }
int     stat(const char *path, struct stat *st)     { return _stat(path, st); }
int     unlink(const char *path)                    { return _unlink(path); }

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
    return _gettimeofday(tv, tz);
}

/* picolibc's open is variadic (the mode comes only with O_CREAT). */
int open(const char *path, int flags, ...)
{
    return _open(path, flags, 0);
}
