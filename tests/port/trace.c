/* kit-test: make run TRACE=1 prints each system call after the program's own bytes
 * expect: _fstat(1, ...) = 0 (S_IFCHR)
 * expect: hello
 * expect: _write(1, "hello\\n", 6) = 6
 * expect: part
 * expect: _write(1, "part", 4) = 4
 * expect: ial
 * expect: _write(1, "ial\\n", 4) = 4
 * expect: _sbrk(
 * expect: ) = 0x
 * expect: _lseek(1, 0, SEEK_CUR) = -1 ESPIPE (Illegal seek)
 * expect: _write(0, "x", 1) = -1 EBADF (Bad file number)
 * expect: _open("/nonexistent/motd", 0x0) = -1 ENOENT (No such file or directory)
 * expect: _exit(0) = ?
 * expect-not: _write(1, "_write
 * expect-exit: 0
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
    char *p;

    printf("hello\n");
    printf("part");
    fflush(stdout);
    printf("ial\n");
    p = malloc(100000);                 /* more than newlib has: _sbrk */
    lseek(1, 0, SEEK_CUR);
    write(0, "x", 1);
    open("/nonexistent/motd", O_RDONLY);    /* a host file: not there */
    free(p);
    return p ? 0 : 1;
}
