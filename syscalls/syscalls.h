/*
 * The system calls newlib makes, and nothing else: the contract between
 * newlib (built with --disable-newlib-supplied-syscalls) and this kit.
 * newlib's reentrant wrappers (newlib/libc/reent/, e.g. writer.c) call these names;
 * each returns -1 with errno set on failure, as POSIX asks.
 *
 *   io.c           _write _read _close _fstat _isatty _lseek
 *   sbrk.c         _sbrk (malloc's memory)
 *   process.c      _exit _getpid _kill (abort, raise)
 *   time.c         _gettimeofday _times (time, clock)
 *   sleep.c        nanosleep usleep sleep: POSIX calls newlib declares
 *                  but leaves to the system (in wfi, platform/timer.h)
 *   unsupported.c  _open _stat _unlink _link _fork _execve _wait: no OS
 *   picolibc/      LIBC=picolibc only: the POSIX names picolibc calls
 *                  (write, sbrk, ...) and its stdin/stdout/stderr FILEs,
 *                  each on the calls above
 */
#ifndef KIT_SYSCALLS_H
#define KIT_SYSCALLS_H

#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <stddef.h>

int     _write(int fd, const void *buf, size_t len);
int     _read(int fd, void *buf, size_t len);
int     _close(int fd);
int     _fstat(int fd, struct stat *st);
int     _isatty(int fd);
off_t   _lseek(int fd, off_t offset, int whence);

void   *_sbrk(ptrdiff_t incr);

void    _exit(int status) __attribute__((noreturn));
int     _getpid(void);
int     _kill(int pid, int sig);

int     _gettimeofday(struct timeval *tv, void *tz);
clock_t _times(struct tms *buf);

int     _open(const char *path, int flags, int mode);
int     _stat(const char *path, struct stat *st);
int     _unlink(const char *path);
int     _link(const char *old, const char *new);
int     _fork(void);
int     _execve(const char *path, char *const argv[], char *const envp[]);
int     _wait(int *status);

#endif
