/* kit-test: HOSTFS=0: no host files; open, remove and rename fail EACCES without asking the host
 * expect: fopen README.md: EACCES
 * expect: remove: EACCES
 * expect: rename: EACCES
 * expect-exit: 0
 */
/* tests/port/port.mk builds it with HOSTFS=0 and runs it in the kit's
 * directory, where README.md exists: with host files on it would open. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static void show(const char *what, int failed)
{
    printf("%s: %s\n", what, failed && errno == EACCES ? "EACCES" : strerror(errno));
}

int main(void)
{
    errno = 0;
    show("fopen README.md", fopen("README.md", "r") == NULL);
    errno = 0;
    show("remove", remove("README.md") == -1);
    errno = 0;
    show("rename", rename("README.md", "README.old") == -1);
    return 0;
}
