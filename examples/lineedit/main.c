/* kit-test: a line editor: echo, backspace, Enter, end of input
 * expect: > hellp\x08 \x08o
 * expect: line 1: [hello]
 * expect: line 2: [kit]
 * expect: 2 lines
 * expect-exit: 0
 */
/* An interactive example: what you type is echoed, Backspace (DEL, 0x7f,
 * or ^H) rubs out the last character, Enter ends the line, ^D on an empty
 * line ends the program.  The console itself does not echo and does no
 * line editing (syscalls/fd.c), so the program does, byte by byte, as a
 * shell's line editor does:
 *
 *     make run APP=examples/lineedit
 *     make run APP=examples/lineedit STDIN=typed.txt     (scripted)
 */
#include <stdio.h>
#include <unistd.h>

#define DEL 0x7f
#define BS  0x08
#define EOT 0x04

static void out(const char *s, size_t n)
{
    write(STDOUT_FILENO, s, n);
}

/* Read one line into buf (NUL-terminated, without the newline).
 * Returns its length, or -1 at end of input. */
static int edit_line(char *buf, int size)
{
    int n = 0;
    char c;

    out("> ", 2);
    for (;;) {
        if (read(STDIN_FILENO, &c, 1) != 1 || (c == EOT && n == 0))
            return -1;                  /* ^D, or read's end of file */
        if (c == '\r' || c == '\n') {
            out("\n", 1);
            buf[n] = 0;
            return n;
        }
        if (c == DEL || c == BS) {
            if (n > 0) {
                n--;
                out("\b \b", 3);        /* back, blank it, back again */
            }
        } else if (c >= ' ' && n < size - 1) {
            buf[n++] = c;
            out(&c, 1);                 /* echo */
        }
    }
}

int main(void)
{
    char line[80];
    int count = 0;

    while (edit_line(line, sizeof line) >= 0)
        printf("line %d: [%s]\n", ++count, line);
    printf("\n%d lines\n", count);
    return 0;
}
