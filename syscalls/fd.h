/*
 * File-descriptor logic behind _read/_write/_close/_fstat/_isatty/_lseek.
 *
 * These functions return a result or a negative errno value and never touch
 * `errno` themselves, so the host unit tests can run them against a fake
 * console.  The newlib-shaped wrappers in io.c convert to "-1 and errno".
 *
 * The kit has no filesystem: fds 0, 1 and 2 are the console, and they are
 * the only fds that can be open.
 */
#ifndef KIT_FD_H
#define KIT_FD_H

#include <stddef.h>

#define KIT_EOT 0x04    /* ^D: end of input, as a terminal treats it */

long kit_fd_write(int fd, const void *buf, size_t len);
long kit_fd_read(int fd, void *buf, size_t len);
int  kit_fd_close(int fd);
int  kit_fd_is_console(int fd);     /* 1, or -EBADF */
void kit_fd_reset(void);            /* reopen 0-2 (boot and tests) */

#endif
