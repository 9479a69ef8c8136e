/* kit-test: a program that defines its own _open keeps every other system call of the kit
 * scope: arch
 * expect: fopen went through my _open: "/rom/motd", NULL
 * expect: stat and remove still the kit's: linked
 * expect: printf still the kit's _write: ok
 * expect-exit: 0
 */
/* docs/porting.md: one system call, one object in libkit.a, so defining
 * _open replaces exactly that one.  When _open shared an object with
 * _stat and _unlink (and _write with _read, _close, ...), this program
 * did not link: "multiple definition of `_open'", since stat() and
 * remove() pulled the kit's object in with its own _open. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static char opened[32];

int _open(const char *path, int flags, int mode);

int _open(const char *path, int flags, int mode)
{
    (void)flags;
    (void)mode;
    strncpy(opened, path, sizeof opened - 1);
    errno = ENOENT;             /* a file system of one's own would open it */
    return -1;
}

int main(void)
{
    struct stat st;
    FILE *f = fopen("/rom/motd", "r");

    printf("fopen went through my _open: \"%s\", %s\n", opened, f ? "a FILE" : "NULL");
    /* The kit's _stat and _unlink: the host's files (or ENOSYS). */
    stat("/nonexistent/x", &st);
    remove("/nonexistent/x");
    printf("stat and remove still the kit's: linked\n");
    printf("printf still the kit's _write: %s\n", "ok");
    return 0;
}
