/*
 * The system calls newlib makes, and nothing else: the contract between
 * newlib (built with --disable-newlib-supplied-syscalls) and this kit.
 * newlib's reentrant wrappers (newlib/libc/reent/, e.g. writer.c) call these names;
 * each returns -1 with errno set on failure, as POSIX asks.
 *
 * One call, one object file: a program that defines its own _open gets
 * its own and keeps every other (docs/porting.md).
 *
 *   write.c read.c close.c fstat.c isatty.c lseek.c
 *                  the fds: 0-2 the console, 3 up host files (fd.c, file.c)
 *   open.c stat.c unlink.c rename.c
 *                  host files through semihosting (platform/hostfs.h)
 *   sbrk.c         _sbrk (malloc's memory)
 *   exit.c getpid.c kill.c
 *                  one program: _exit, _getpid, _kill (abort, raise)
 *   gettimeofday.c times.c
 *                  time, gettimeofday (the date, with an RTC), clock
 *   clock_gettime.c clock_getres.c nanosleep.c usleep.c sleep.c
 *   getentropy.c   POSIX calls newlib declares but leaves to the system
 *                  (clock.c, sleep_ns.c: what they share)
 *   picolibc/      LIBC=picolibc only: the POSIX names picolibc calls
 *                  (write, sbrk, ...) and its stdin/stdout/stderr FILEs,
 *                  each on the calls above
 *
 * Calls that could never work here are not defined at all: _fork,
 * _execve, _wait and _link (fork, execve, wait, link, and so system()'s
 * child) fail to link, so a build system's feature check finds them
 * missing (docs/build-systems.md).  Nothing in newlib needs them.
 */
#ifndef KIT_SYSCALLS_H
#define KIT_SYSCALLS_H

#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <stddef.h>

#define KIT_PID 1               /* the one process */

int     _write(int fd, const void *buf, size_t len);
int     _read(int fd, void *buf, size_t len);
int     _close(int fd);
int     _fstat(int fd, struct stat *st);
int     _isatty(int fd);
off_t   _lseek(int fd, off_t offset, int whence);

int     _open(const char *path, int flags, int mode);
int     _stat(const char *path, struct stat *st);
int     _unlink(const char *path);
int     _rename(const char *old, const char *new);

void   *_sbrk(ptrdiff_t incr);

void    _exit(int status) __attribute__((noreturn));
int     _getpid(void);
int     _kill(int pid, int sig);

int     _gettimeofday(struct timeval *tv, void *tz);
clock_t _times(struct tms *buf);

#endif
