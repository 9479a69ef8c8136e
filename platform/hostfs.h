/*
 * Host files: the files of the machine QEMU runs on, through semihosting
 * (Arm "Semihosting for AArch32 and AArch64" v2.0, chapter 5, which the
 * RISC-V Semihosting spec adopts): SYS_OPEN, READ, WRITE, SEEK, FLEN,
 * CLOSE, REMOVE, RENAME and ERRNO.  syscalls/file.c builds the program's
 * file descriptors on these; nothing else calls them.
 *
 * What the program gets is the QEMU process's file access: any path the
 * user running QEMU may open, read, write or delete.  A relative path
 * resolves against QEMU's working directory (QEMU has no option for a
 * root), which `make run` sets to the directory make was started from.
 *
 * Each function returns a result >= 0 or a negative errno value of the
 * C library the kit is built with (the host's Linux numbers translated:
 * kit_hostfs_errno).  A board whose QEMU line has no -semihosting answers
 * -ENOSYS; with HOSTFS=0 (KIT_HOSTFS 0) open, remove and rename answer
 * -EACCES without asking the host.
 */
#ifndef KIT_HOSTFS_H
#define KIT_HOSTFS_H

#include <stddef.h>

/* SYS_OPEN's modes are fopen's strings, numbered (v2.0, 5.9 SYS_OPEN):
 * "r" 0, "w" 4, "a" 8; +1: "b" (the kit always asks for it: no newline
 * translation); +2: "+" (read and write). */
#define KIT_HOSTFS_READ     0
#define KIT_HOSTFS_WRITE    4
#define KIT_HOSTFS_APPEND   8
#define KIT_HOSTFS_BINARY   1
#define KIT_HOSTFS_PLUS     2

long kit_hostfs_open(const char *path, int mode);   /* a handle */
int  kit_hostfs_close(long handle);
/* Bytes moved.  A read returns 0 at the end of the file, and also when
 * the host's read failed: semihosting cannot tell them apart (QEMU sets
 * no errno for SYS_READ or SYS_WRITE).  A write that moved nothing is
 * -EIO. */
long kit_hostfs_read(long handle, void *buf, size_t len);
long kit_hostfs_write(long handle, const void *buf, size_t len);
int  kit_hostfs_seek(long handle, unsigned long pos);  /* absolute */
long kit_hostfs_flen(long handle);                   /* the file's size */
int  kit_hostfs_remove(const char *path);
int  kit_hostfs_rename(const char *old, const char *new);

/* A host (Linux) errno as this C library's errno value; EIO for one
 * with no counterpart.  Pure: tests/host/test_hostfs.c checks it. */
int  kit_hostfs_errno(long host);

#endif
