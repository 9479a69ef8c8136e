/* kit-test: host files through semihosting: round trips with stdio and POSIX calls, and their errors
 * needs: hostfs
 * scope: arch
 * expect: fopen w, fprintf, fclose: ok
 * expect: stat: regular, 24 bytes: ok
 * expect: fopen r, fgets, fseek, ftell, fread: ok
 * expect: fopen a: appended, 30 bytes: ok
 * expect: open O_RDWR, lseek, write, read back: ok
 * expect: fstat: regular, 30 bytes, not a tty: ok
 * expect: rename, old name gone: ok
 * expect: missing file: ENOENT: ok
 * expect: bad fopen mode: EINVAL: ok
 * expect: write to a file opened for reading: EBADF: ok
 * expect: read from a file opened for writing: EBADF: ok
 * expect: O_CREAT|O_EXCL on an existing file: EEXIST: ok
 * expect: O_WRONLY without O_CREAT on a missing file: ENOENT: ok
 * expect: a directory: opens, S_IFDIR, read EISDIR: ok
 * expect: a name too long for the host: ENAMETOOLONG: ok
 * expect: closed fd: EBADF: ok
 * expect: remove, then stat: ENOENT: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* The host's errors come back as this C library's numbers
 * (ENAMETOOLONG is 36 on Linux, 91 in newlib: platform/hostfs_errno.c);
 * the ones semihosting does not report are the kit's own (a write to a
 * file opened read-only: EBADF, as POSIX says).  Tests run as root, so no
 * test here relies on file permissions. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lib/scratch.h"

static void say(const char *what, int ok)
{
    printf("%s: %s\n", what, ok ? "ok" : "WRONG");
}

/* -1 with errno e: the way every failing call must end. */
static int failed_with(int r, int e)
{
    return r == -1 && errno == e;
}

int main(void)
{
    char path[96], path2[96], dirpath[96], buf[64] = "", longname[400];
    struct stat st;
    FILE *f;
    int fd, ok;

    scratch(path, sizeof path, "files.txt");
    scratch(path2, sizeof path2, "files-renamed.txt");
    remove(path2);

    f = fopen(path, "w");
    ok = f && fprintf(f, "line one\nline two: %d\n", 42) == 22 && fputs("ab", f) >= 0;
    say("fopen w, fprintf, fclose", ok && fclose(f) == 0);
    say("stat: regular, 24 bytes", stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 24);

    f = fopen(path, "r");
    ok = f && fgets(buf, sizeof buf, f) && !strcmp(buf, "line one\n");
    ok = ok && fseek(f, -2, SEEK_END) == 0 && ftell(f) == 22 &&
         fread(buf, 1, sizeof buf, f) == 2 && !memcmp(buf, "ab", 2) && feof(f);
    ok = ok && fseek(f, 5, SEEK_SET) == 0 && fgetc(f) == 'o' && ftell(f) == 6;
    say("fopen r, fgets, fseek, ftell, fread", ok && fclose(f) == 0);

    f = fopen(path, "a");
    ok = f && fputs("cdefgh", f) >= 0 && fclose(f) == 0;
    say("fopen a: appended, 30 bytes", ok && stat(path, &st) == 0 && st.st_size == 30);

    fd = open(path, O_RDWR);
    ok = fd >= 3 && lseek(fd, 5, SEEK_SET) == 5 && write(fd, "ONE", 3) == 3 &&
         lseek(fd, 0, SEEK_CUR) == 8 && lseek(fd, 0, SEEK_SET) == 0 &&
         read(fd, buf, 9) == 9 && !memcmp(buf, "line ONE\n", 9);
    say("open O_RDWR, lseek, write, read back", ok);
    errno = 0;
    ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 30 &&
         !isatty(fd) && errno == ENOTTY;
    say("fstat: regular, 30 bytes, not a tty", ok && close(fd) == 0);

    ok = rename(path, path2) == 0 && failed_with(stat(path, &st), ENOENT) &&
         stat(path2, &st) == 0 && st.st_size == 30;
    say("rename, old name gone", ok);

    errno = 0;
    say("missing file: ENOENT", !fopen(path, "r") && errno == ENOENT);
    errno = 0;
    say("bad fopen mode: EINVAL", !fopen(path2, "z") && errno == EINVAL);

    fd = open(path2, O_RDONLY);
    say("write to a file opened for reading: EBADF", fd >= 3 && failed_with(write(fd, "x", 1), EBADF));
    close(fd);
    fd = open(path2, O_WRONLY | O_APPEND);
    say("read from a file opened for writing: EBADF", fd >= 3 && failed_with(read(fd, buf, 1), EBADF));
    close(fd);
    say("O_CREAT|O_EXCL on an existing file: EEXIST",
        failed_with(open(path2, O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST));
    say("O_WRONLY without O_CREAT on a missing file: ENOENT",
        failed_with(open(path, O_WRONLY), ENOENT));

    /* build/ is a directory wherever make test runs QEMU. */
    strcpy(dirpath, "build");
    fd = open(dirpath, O_RDONLY);
    ok = fd >= 3 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) &&
         failed_with(read(fd, buf, 1), EISDIR) && close(fd) == 0 &&
         stat(dirpath, &st) == 0 && S_ISDIR(st.st_mode);
    say("a directory: opens, S_IFDIR, read EISDIR", ok);

    memset(longname, 'n', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    say("a name too long for the host: ENAMETOOLONG", failed_with(open(longname, O_RDONLY), ENAMETOOLONG));
    say("closed fd: EBADF", failed_with(close(fd), EBADF) && failed_with(read(fd, buf, 1), EBADF));

    ok = remove(path2) == 0 && failed_with(stat(path2, &st), ENOENT);
    say("remove, then stat: ENOENT", ok);
    return 0;
}
