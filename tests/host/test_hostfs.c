/*
 * Host tests of the host-file layer: syscalls/file.c (open(2)'s flags as
 * semihosting's fopen-style modes, the fd table, positions, directories)
 * over a fake platform/hostfs.h that does what QEMU does with each mode,
 * on real files in a scratch directory; and platform/hostfs_errno.c's
 * Linux numbers, checked against this Linux host's own <errno.h> (the
 * table maps each number by name, so here every entry maps to itself).
 * One line per check: "PASS host/..." or "FAIL host/...: why".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../../platform/hostfs.h"
#include "../../syscalls/fd.h"
#include "../../syscalls/file.h"

static int failures;

#define CHECK(name, cond) check(name, (cond), #cond)

static void check(const char *name, int ok, const char *expr)
{
    if (ok)
        printf("PASS host/hostfs: %s\n", name);
    else {
        printf("FAIL host/hostfs: %s: %s\n", name, expr);
        failures++;
    }
}

/* --- the fake host: QEMU's SYS_OPEN modes as open(2) flags ------------- */
static int opens;               /* SYS_OPEN calls the layer made */

long kit_hostfs_open(const char *path, int mode)
{
    static const int flags[] = {
        O_RDONLY, O_RDWR, O_WRONLY | O_CREAT | O_TRUNC, O_RDWR | O_CREAT | O_TRUNC,
        O_WRONLY | O_CREAT | O_APPEND, O_RDWR | O_CREAT | O_APPEND,
    };
    int fd;

    opens++;
    if (mode < 0 || mode > 11 || !(mode & KIT_HOSTFS_BINARY))
        return -EINVAL;         /* the layer always asks for binary */
    fd = open(path, flags[mode / 4 * 2 + (mode & KIT_HOSTFS_PLUS ? 1 : 0)], 0644);
    return fd < 0 ? -errno : fd;
}

int kit_hostfs_close(long h)
{
    return close((int)h) ? -errno : 0;
}

/* SYS_READ cannot report an error: nothing read (QEMU). */
long kit_hostfs_read(long h, void *buf, size_t len)
{
    ssize_t n = read((int)h, buf, len);

    return n < 0 ? 0 : n;
}

long kit_hostfs_write(long h, const void *buf, size_t len)
{
    ssize_t n = write((int)h, buf, len);

    return n <= 0 && len ? -EIO : n;
}

int kit_hostfs_seek(long h, unsigned long pos)
{
    return lseek((int)h, (off_t)pos, SEEK_SET) < 0 ? -errno : 0;
}

long kit_hostfs_flen(long h)
{
    struct stat st;

    return fstat((int)h, &st) ? -errno : st.st_size;
}

int kit_hostfs_remove(const char *path)
{
    return remove(path) ? -errno : 0;
}

int kit_hostfs_rename(const char *old, const char *new)
{
    return rename(old, new) ? -errno : 0;
}

/* --- the tests ---------------------------------------------------------- */
static char dir[64], path[128];

static void test_modes(void)
{
    char buf[16] = "";
    struct stat st;
    int fd;

    CHECK("O_WRONLY on a missing file: ENOENT, nothing created",
          kit_file_open(path, O_WRONLY) == -ENOENT && access(path, F_OK) != 0);
    CHECK("O_WRONLY|O_APPEND on a missing file: ENOENT, nothing created",
          kit_file_open(path, O_WRONLY | O_APPEND) == -ENOENT && access(path, F_OK) != 0);
    fd = kit_file_open(path, O_WRONLY | O_CREAT);
    CHECK("O_CREAT creates; the first file is fd 3", fd == 3 && access(path, F_OK) == 0);
    CHECK("write 6 bytes", kit_fd_write(fd, "abcdef", 6) == 6);
    CHECK("read of a write-only fd: EBADF", kit_fd_read(fd, buf, 1) == -EBADF);
    CHECK("close", kit_fd_close(fd) == 0 && kit_fd_close(fd) == -EBADF);
    fd = kit_file_open(path, O_WRONLY | O_CREAT);
    CHECK("O_CREAT without O_TRUNC keeps the contents",
          fd == 3 && kit_fd_write(fd, "X", 1) == 1 && kit_fd_close(fd) == 0 &&
          stat(path, &st) == 0 && st.st_size == 6);
    CHECK("O_CREAT|O_EXCL on an existing file: EEXIST",
          kit_file_open(path, O_WRONLY | O_CREAT | O_EXCL) == -EEXIST);
    fd = kit_file_open(path, O_RDWR | O_APPEND);
    CHECK("O_APPEND writes at the end, and lseek says so",
          fd == 3 && kit_fd_write(fd, "gh", 2) == 2 && kit_fd_lseek(fd, 0, SEEK_CUR) == 8);
    CHECK("read back from 0", kit_fd_lseek(fd, 0, SEEK_SET) == 0 &&
          kit_fd_read(fd, buf, sizeof buf) == 8 && !memcmp(buf, "Xbcdefgh", 8));
    CHECK("SEEK_END, SEEK_CUR, and a negative position: EINVAL",
          kit_fd_lseek(fd, -3, SEEK_END) == 5 && kit_fd_lseek(fd, 1, SEEK_CUR) == 6 &&
          kit_fd_lseek(fd, -7, SEEK_CUR) == -EINVAL && kit_fd_lseek(fd, 0, 9) == -EINVAL);
    CHECK("fstat: a regular file of 8 bytes, not a tty",
          kit_fd_fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 8 &&
          kit_fd_isatty(fd) == -ENOTTY);
    kit_fd_close(fd);
    fd = kit_file_open(path, O_RDONLY);
    CHECK("write of a read-only fd: EBADF", fd == 3 && kit_fd_write(fd, "x", 1) == -EBADF);
    kit_fd_close(fd);
    fd = kit_file_open(path, O_WRONLY | O_TRUNC);
    CHECK("O_TRUNC empties it", fd == 3 && kit_fd_close(fd) == 0 && stat(path, &st) == 0 &&
          st.st_size == 0);
    CHECK("O_ACCMODE 3: EINVAL", kit_file_open(path, O_ACCMODE) == -EINVAL);
    CHECK("an empty path: ENOENT", kit_file_open("", O_RDONLY) == -ENOENT);
}

static void test_dir_and_table(void)
{
    struct stat st;
    char c;
    int fd, n, last = 0;

    fd = kit_file_open(dir, O_RDONLY);
    CHECK("a directory opens for reading, fstat S_IFDIR, read EISDIR",
          fd == 3 && kit_fd_fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) &&
          kit_fd_read(fd, &c, 1) == -EISDIR);
    kit_fd_close(fd);
    CHECK("stat of a directory: S_IFDIR", kit_file_stat(dir, &st) == 0 && S_ISDIR(st.st_mode));
    CHECK("stat of the file: S_IFREG", kit_file_stat(path, &st) == 0 && S_ISREG(st.st_mode));
    for (n = 0; n < KIT_FD_MAX; n++) {
        fd = kit_file_open(path, O_RDONLY);
        if (fd < 0)
            break;
        last = fd;
    }
    CHECK("fds 3 to 31, then EMFILE", n == KIT_FD_MAX - 3 && last == KIT_FD_MAX - 1 &&
          fd == -EMFILE);
    for (fd = 3; fd < KIT_FD_MAX; fd++)
        kit_fd_close(fd);
    CHECK("the console's fds stay the console's", kit_fd_is_console(1) == 1 &&
          kit_fd_lseek(1, 0, SEEK_SET) == -ESPIPE);
}

static void test_errno(void)
{
    static const int linux_errnos[] = { EPERM, ENOENT, EIO, EBADF, EACCES, EEXIST, ENOTDIR,
        EISDIR, EINVAL, EMFILE, ENOSPC, EROFS, ENAMETOOLONG, ENOSYS, ENOTEMPTY, ELOOP,
        EOVERFLOW, EOPNOTSUPP, EDQUOT };
    size_t i;
    int ok = 1;

    for (i = 0; i < sizeof linux_errnos / sizeof linux_errnos[0]; i++)
        if (kit_hostfs_errno(linux_errnos[i]) != linux_errnos[i]) {
            printf("  errno %d maps to %d\n", linux_errnos[i], kit_hostfs_errno(linux_errnos[i]));
            ok = 0;
        }
    CHECK("each Linux errno in the table is the host's own number", ok);
    CHECK("ENAMETOOLONG is Linux's 36", kit_hostfs_errno(36) == ENAMETOOLONG);
    CHECK("an unknown one is EIO", kit_hostfs_errno(1000) == EIO && kit_hostfs_errno(-1) == EIO);
}

int main(void)
{
    strcpy(dir, "/tmp/kit-hostfs-XXXXXX");
    if (!mkdtemp(dir)) {
        printf("FAIL host/hostfs: mkdtemp: %s\n", strerror(errno));
        return 1;
    }
    snprintf(path, sizeof path, "%s/file", dir);
    test_modes();
    test_dir_and_table();
    test_errno();
    unlink(path);
    rmdir(dir);
    return failures ? 1 : 0;
}
