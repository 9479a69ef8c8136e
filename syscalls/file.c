/*
 * Host files as file descriptors 3 and up: open(2) and the calls on an
 * open file, over semihosting (platform/hostfs.h).
 *
 * Semihosting opens a file with one of fopen's modes and knows no
 * current position, so this table keeps, per fd, the host's handle,
 * the access mode open(2) asked for (a write to a file opened for
 * reading is EBADF here, never a question to the host), whether writes
 * append, and the position.  How open(2)'s flags become a mode:
 *
 *   O_RDONLY                   "rb"
 *   O_APPEND                   "ab" / "a+b"   (created: the file must
 *   O_TRUNC                    "wb" / "w+b"    exist first without O_CREAT)
 *   neither                    "r+b", then "wb" / "w+b" with O_CREAT
 *                              when the file does not exist
 *   O_CREAT | O_EXCL           fails EEXIST when "rb" opens the file
 *
 * A new file gets the host's default permissions (QEMU: 0644 less its
 * umask); open's mode argument cannot reach the host.
 *
 * A directory opens for reading on the host, and SYS_FLEN gives its size
 * on the host's filesystem (4096 on ext4): reading a byte tells the two
 * apart (a directory reads nothing), so fstat says S_IFDIR and read
 * fails EISDIR, as on Linux.
 *
 * The first open points kit_fd_files (fd.h) at these calls: a program
 * that never opens a file links none of this.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "fd.h"
#include "file.h"
#include "../platform/hostfs.h"

/* Per fd: flags, then the host's handle and the position. */
#define F_OPEN   1
#define F_READ   2
#define F_WRITE  4
#define F_APPEND 8
#define F_DIR    16

static struct file {
    unsigned char flags;
    long handle;
    off_t pos;
} files[KIT_FD_MAX];

static struct file *file_of(int fd)
{
    if (fd < 3 || fd >= KIT_FD_MAX || !(files[fd].flags & F_OPEN))
        return NULL;
    return &files[fd];
}

/* 1 when path exists (opens for reading), 0 when it does not, -errno. */
static int exists(const char *path)
{
    long h = kit_hostfs_open(path, KIT_HOSTFS_READ | KIT_HOSTFS_BINARY);

    if (h == -ENOENT)
        return 0;
    if (h < 0)
        return (int)h;
    kit_hostfs_close(h);
    return 1;
}

/* The semihosting mode for open(2)'s flags (table above), or -errno. */
static int host_mode(const char *path, int flags, int *create_if_missing)
{
    int acc = flags & O_ACCMODE, plus = acc == O_RDWR ? KIT_HOSTFS_PLUS : 0;
    int e, mode;

    *create_if_missing = 0;
    if (acc == O_RDONLY)
        return KIT_HOSTFS_READ | KIT_HOSTFS_BINARY;
    if (flags & O_APPEND)
        mode = KIT_HOSTFS_APPEND;
    else if (flags & O_TRUNC)
        mode = KIT_HOSTFS_WRITE;
    else {
        *create_if_missing = (flags & O_CREAT) != 0;
        return KIT_HOSTFS_READ | KIT_HOSTFS_BINARY | KIT_HOSTFS_PLUS;
    }
    /* "a" and "w" create: without O_CREAT the file must be there. */
    if (!(flags & O_CREAT) && (e = exists(path)) <= 0)
        return e ? e : -ENOENT;
    return mode | KIT_HOSTFS_BINARY | plus;
}

/* 1 for a directory, 0 for a file, or -errno.  Reading one byte at 0 of
 * something with a size: nothing comes back from a directory.  Back to 0
 * after. */
static int is_dir(long h, long size)
{
    char c;

    if (size <= 0)
        return 0;
    if (kit_hostfs_read(h, &c, 1) != 1)
        return 1;
    return kit_hostfs_seek(h, 0);
}

static int file_is_open(int fd)
{
    return file_of(fd) ? 1 : -EBADF;
}

static long file_read(int fd, void *buf, size_t len)
{
    struct file *f = file_of(fd);
    long n;

    if (!f || !(f->flags & F_READ))
        return -EBADF;
    if (f->flags & F_DIR)
        return -EISDIR;
    n = kit_hostfs_read(f->handle, buf, len);
    if (n > 0)
        f->pos += n;
    return n;
}

/* After an append the host's position is the end: ask for it. */
static long file_write(int fd, const void *buf, size_t len)
{
    struct file *f = file_of(fd);
    long n, size;

    if (!f || !(f->flags & F_WRITE))
        return -EBADF;
    if (len == 0)
        return 0;
    n = kit_hostfs_write(f->handle, buf, len);
    if (n < 0)
        return n;
    if (!(f->flags & F_APPEND))
        f->pos += n;
    else if ((size = kit_hostfs_flen(f->handle)) >= 0)
        f->pos = size;
    return n;
}

static off_t file_lseek(int fd, off_t offset, int whence)
{
    struct file *f = file_of(fd);
    long long to;
    long size;
    int r;

    if (!f)
        return -EBADF;
    if (whence == SEEK_SET)
        to = offset;
    else if (whence == SEEK_CUR)
        to = (long long)f->pos + offset;
    else if (whence == SEEK_END) {
        if ((size = kit_hostfs_flen(f->handle)) < 0)
            return (off_t)size;
        to = (long long)size + offset;
    } else
        return -EINVAL;
    if (to < 0)
        return -EINVAL;
    if ((off_t)to != to || (unsigned long)to != (unsigned long long)to)
        return -EOVERFLOW;      /* past what off_t (or the host's word) holds */
    if ((r = kit_hostfs_seek(f->handle, (unsigned long)to)) < 0)
        return r;
    f->pos = (off_t)to;
    return f->pos;
}

/* What stat(2) can know through semihosting: the kind and the size.  The
 * permissions are what a new file gets (0644; 0755 for a directory). */
static void fill_stat(struct stat *st, int dir, long size)
{
    memset(st, 0, sizeof *st);
    st->st_mode = dir ? S_IFDIR | 0755 : S_IFREG | 0644;
    st->st_nlink = 1;
    st->st_size = size;
    st->st_blksize = BUFSIZ;    /* newlib sizes a FILE's buffer by it */
    st->st_blocks = (size + 511) / 512;
}

static int file_fstat(int fd, struct stat *st)
{
    struct file *f = file_of(fd);
    long size;

    if (!f)
        return -EBADF;
    if ((size = kit_hostfs_flen(f->handle)) < 0)
        return (int)size;
    fill_stat(st, f->flags & F_DIR, size);
    return 0;
}

static int file_close(int fd)
{
    struct file *f = file_of(fd);

    if (!f)
        return -EBADF;
    f->flags = 0;
    return kit_hostfs_close(f->handle);
}

static const struct kit_file_ops file_ops = {
    .is_open    = file_is_open,
    .file_read  = file_read,  .file_write = file_write, .file_close = file_close,
    .file_lseek = file_lseek, .file_fstat = file_fstat,
};

int kit_file_open(const char *path, int flags)
{
    int acc = flags & O_ACCMODE, fd, create, mode, dir, e;
    long h;

    if (acc != O_RDONLY && acc != O_WRONLY && acc != O_RDWR)
        return -EINVAL;
    if (!*path)
        return -ENOENT;
    for (fd = 3; fd < KIT_FD_MAX && (files[fd].flags & F_OPEN); fd++)
        ;
    if (fd == KIT_FD_MAX)
        return -EMFILE;
    if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL) && (e = exists(path)))
        return e < 0 ? e : -EEXIST;
    if ((mode = host_mode(path, flags, &create)) < 0)
        return mode;
    h = kit_hostfs_open(path, mode);
    if (h == -ENOENT && create)
        h = kit_hostfs_open(path, KIT_HOSTFS_WRITE | KIT_HOSTFS_BINARY |
                                  (acc == O_RDWR ? KIT_HOSTFS_PLUS : 0));
    if (h < 0)
        return (int)h;
    dir = acc == O_RDONLY ? is_dir(h, kit_hostfs_flen(h)) : 0;
    if (dir < 0) {
        kit_hostfs_close(h);
        return dir;
    }
    files[fd].handle = h;
    files[fd].pos = 0;
    files[fd].flags = F_OPEN | (acc != O_WRONLY ? F_READ : 0) |
                      (acc != O_RDONLY ? F_WRITE : 0) |
                      (flags & O_APPEND ? F_APPEND : 0) | (dir ? F_DIR : 0);
    kit_fd_files = &file_ops;
    return fd;
}

int kit_file_stat(const char *path, struct stat *st)
{
    long h, size;
    int dir;

    if (!*path)
        return -ENOENT;
    h = kit_hostfs_open(path, KIT_HOSTFS_READ | KIT_HOSTFS_BINARY);
    if (h < 0)
        return (int)h;
    size = kit_hostfs_flen(h);
    dir = is_dir(h, size);
    kit_hostfs_close(h);
    if (size < 0 || dir < 0)
        return size < 0 ? (int)size : dir;
    fill_stat(st, dir, size);
    return 0;
}
