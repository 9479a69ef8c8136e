/* kit-test: file-descriptor errors are POSIX errnos, not silence
 * expect: write(5): -1 EBADF
 * expect: write(-1): -1 EBADF
 * expect: read(7): -1 EBADF
 * expect: close(9): -1 EBADF
 * expect: lseek(1): -1 ESPIPE
 * expect: fstat(1): character device
 * expect: isatty(1): 1
 * expect: isatty(9): 0 EBADF
 * expect[hostfs]: fopen of a missing host file: NULL ENOENT
 * expect[!hostfs]: fopen of a missing host file: NULL
 * expect-exit: 0
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *name(int e)
{
    switch (e) {
    case EBADF:  return "EBADF";
    case ESPIPE: return "ESPIPE";
    case ENOSYS: return "ENOSYS";
    case ENOENT: return "ENOENT";
    case 0:      return "no errno";
    default:     return strerror(e);
    }
}

static void show(const char *what, long r)
{
    printf("%s: %ld %s\n", what, r, name(errno));
    errno = 0;
}

int main(void)
{
    struct stat st;
    char c;

    errno = 0;
    show("write(5)", write(5, "x", 1));
    show("write(-1)", write(-1, "x", 1));
    show("read(7)", read(7, &c, 1));
    show("close(9)", close(9));
    show("lseek(1)", (long)lseek(1, 0, SEEK_SET));
    printf("fstat(1): %s\n", fstat(1, &st) == 0 && S_ISCHR(st.st_mode)
                             ? "character device" : "WRONG");
    printf("isatty(1): %d\n", isatty(1));
    errno = 0;
    int t = isatty(9);
    printf("isatty(9): %d %s\n", t, name(errno));
    errno = 0;
    FILE *f = fopen("/no/such/directory/file", "r");
    printf("fopen of a missing host file: %s %s\n", f ? "a FILE" : "NULL", name(errno));
    return 0;
}
