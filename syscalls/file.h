/*
 * Host files as file descriptors (syscalls/file.c): what open(2) and
 * stat(2) do, as a result or -errno (the system calls in open.c and
 * stat.c turn it into -1 and errno).
 */
#ifndef KIT_FILE_H
#define KIT_FILE_H

#include <sys/stat.h>

int kit_file_open(const char *path, int flags);    /* an fd from 3, or -errno */
int kit_file_stat(const char *path, struct stat *st);

#endif
