/* kit-test: fstat on the console fills all of struct stat (a tty: S_IFCHR, the rest 0) and fails with EBADF on a bad fd
 * expect: fstat(1): S_IFCHR yes, every other field 0: yes
 * expect: fstat(7): -1 EBADF: yes
 * expect-exit: 0
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* Every byte of st but st_mode is 0?  (The struct is first filled with
 * 0xa5, so a field the kit forgot to set shows up.) */
static int rest_is_zero(const struct stat *st)
{
    struct stat want;

    memset(&want, 0, sizeof want);
    want.st_mode = st->st_mode;
    return memcmp(st, &want, sizeof want) == 0;
}

int main(void)
{
    struct stat st;
    int r, is_chr, zero, bad;

    memset(&st, 0xa5, sizeof st);
    r = fstat(1, &st);
    is_chr = r == 0 && S_ISCHR(st.st_mode);
    zero = rest_is_zero(&st);
    printf("fstat(1): S_IFCHR %s, every other field 0: %s\n",
           is_chr ? "yes" : "NO", zero ? "yes" : "NO");
    errno = 0;
    bad = fstat(7, &st) == -1 && errno == EBADF;
    printf("fstat(7): -1 EBADF: %s\n", bad ? "yes" : "NO");
    return is_chr && zero && bad ? 0 : 1;
}
