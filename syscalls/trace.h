/*
 * The syscall tracer's names (syscalls/trace.c, linked by `make run
 * TRACE=1`).  The linker's --wrap=_write sends every call of _write to
 * __wrap__write and names the kit's own _write __real__write (GNU ld
 * manual, --wrap): these are the prototypes of both sides, so that the
 * compiler checks them against the newlib contract in syscalls.h.
 */
#ifndef KIT_TRACE_H
#define KIT_TRACE_H

#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <stddef.h>
#include <time.h>

/* Referenced with -Wl,--undefined so that trace.c is linked at all. */
void kit_trace_on(void);

int __real__write(int fd, const void *buf, size_t len);
int __wrap__write(int fd, const void *buf, size_t len);
int __real__read(int fd, void *buf, size_t len);
int __wrap__read(int fd, void *buf, size_t len);
int __real__isatty(int fd);
int __wrap__isatty(int fd);
int __real__fstat(int fd, struct stat *st);
int __wrap__fstat(int fd, struct stat *st);
off_t __real__lseek(int fd, off_t off, int whence);
off_t __wrap__lseek(int fd, off_t off, int whence);
void *__real__sbrk(ptrdiff_t incr);
void *__wrap__sbrk(ptrdiff_t incr);
void __real__exit(int status) __attribute__((noreturn));
void __wrap__exit(int status) __attribute__((noreturn));
int __real__getpid(void);
int __wrap__getpid(void);
int __real__kill(int pid, int sig);
int __wrap__kill(int pid, int sig);
int __real__gettimeofday(struct timeval *tv, void *tz);
int __wrap__gettimeofday(struct timeval *tv, void *tz);
clock_t __real__times(struct tms *buf);
clock_t __wrap__times(struct tms *buf);
int __real__open(const char *path, int flags, int mode);
int __wrap__open(const char *path, int flags, int mode);
int __real__stat(const char *path, struct stat *st);
int __wrap__stat(const char *path, struct stat *st);
int __real__rename(const char *old, const char *new);
int __wrap__rename(const char *old, const char *new);
int __real_clock_gettime(clockid_t id, struct timespec *ts);
int __wrap_clock_gettime(clockid_t id, struct timespec *ts);
int __real_getentropy(void *buf, size_t len);
int __wrap_getentropy(void *buf, size_t len);

#endif
