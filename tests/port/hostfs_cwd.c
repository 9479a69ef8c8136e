/* kit-test: a relative path resolves in the directory make was started from
 * expect: wrote hostfs-cwd.txt
 * expect-exit: 0
 */
/* tests/port/port.mk runs `make -C <kit> run` from another directory and
 * looks for the file there: QEMU runs in RUN_DIR, $(PWD) by default
 * (mk/run.mk), and semihosting resolves relative paths against QEMU's
 * working directory. */
#include <stdio.h>

int main(void)
{
    FILE *f = fopen("hostfs-cwd.txt", "w");

    if (!f || fputs("written by the image\n", f) < 0 || fclose(f))
        return 1;
    printf("wrote hostfs-cwd.txt\n");
    return 0;
}
