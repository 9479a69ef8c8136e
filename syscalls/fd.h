/*
 * File-descriptor logic behind _read/_write/_close/_fstat/_isatty/_lseek.
 *
 * These functions return a result or a negative errno value and never touch
 * `errno` themselves, so the host unit tests can run them against a fake
 * console.  The newlib-shaped wrappers (syscalls/write.c, read.c, ...)
 * convert to "-1 and errno" (result.h).
 *
 * fds 0, 1 and 2 are the console (fd.c).  From 3 up they are host files
 * (file.c, through semihosting): fd.c hands a call on an fd above 2 to
 * kit_fd_files, which the first open() sets, so a program that never
 * opens a file links none of the file code.
 */
#ifndef KIT_FD_H
#define KIT_FD_H

#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

#define KIT_EOT  0x04   /* ^D: end of input, as a terminal treats it */
#define KIT_LNEXT 0x16  /* ^V: the next byte as it is (termios VLNEXT) */
#define KIT_FD_MAX 32   /* fds 0..31: the console's three, 29 host files */

/* The calls on an fd above 2 (syscalls/file.c); is_open: 1, or -EBADF. */
struct kit_file_ops {
    int   (*is_open)(int fd);
    long  (*file_read)(int fd, void *buf, size_t len);
    long  (*file_write)(int fd, const void *buf, size_t len);
    int   (*file_close)(int fd);
    off_t (*file_lseek)(int fd, off_t offset, int whence);
    int   (*file_fstat)(int fd, struct stat *st);
};
extern const struct kit_file_ops *kit_fd_files;    /* NULL: none opened yet */

long  kit_fd_write(int fd, const void *buf, size_t len);
long  kit_fd_read(int fd, void *buf, size_t len);
int   kit_fd_close(int fd);
off_t kit_fd_lseek(int fd, off_t offset, int whence);
int   kit_fd_fstat(int fd, struct stat *st);
int   kit_fd_isatty(int fd);            /* 1, or -ENOTTY / -EBADF */
int   kit_fd_is_console(int fd);        /* 1, or -EBADF */
void  kit_fd_reset(void);               /* reopen 0-2 (boot and tests) */

#endif
