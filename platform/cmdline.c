/*
 * Split the host's command line into main's argv and envp.
 *
 * The line comes from `make run ARGS=... ENV=...` through QEMU's -append
 * (devicetree /chosen/bootargs) or semihosting (platform/bootargs.c) and is
 * one string, so the kit does what a shell would, a small subset:
 *
 *   words are separated by spaces, tabs or newlines;
 *   '...'    keeps everything inside as it is (no escapes);
 *   "..."    the same, except \" and \\ stand for " and \;
 *   \c       outside quotes: the character c itself (\  is a space);
 *   ''       an empty word;
 *   --       (unquoted, the first one) ends the environment: every word
 *            before it is a NAME=value for envp/getenv, every word after
 *            it an argument.  A line without -- is all arguments.
 *
 * So ARGS="a 'b c'" gives argc 3: "app", "a", "b c".  argv[0] is "app"
 * (the image has no name of its own on a bare machine).  Everything lives
 * in one block the caller provides (kit_cmdline_size bytes: at boot from
 * the heap's start, not through malloc, so a program that never calls
 * malloc links none of it); nothing is needed when the line is empty.
 */
#include <string.h>
#include "cmdline.h"

static inline __attribute__((always_inline)) int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * One pass over the line.  With buf == NULL it only counts: the number of
 * words is returned, *sep gets the index of the separating "--" (or -1).
 * With buf, each word is written there, NUL-terminated, and its start is
 * stored in word[i].  *unclosed gets the offset of a quote the line never
 * closes (it then runs to the end of the line), or -1.
 */
static int split(const char *line, char *buf, char **word, int *sep, int *unclosed)
{
    const char *s = line;
    int n = 0;

    *sep = -1;
    *unclosed = -1;
    for (;;) {
        char quote = 0;
        int quoted = 0;
        char *start = buf;
        const char *raw, *opened = s;

        while (is_space(*s))
            s++;
        if (!*s)
            return n;
        raw = s;
        while (*s && (quote || !is_space(*s))) {
            char c = *s++;

            if (quote == '\'' && c == '\'') {
                quote = 0;
            } else if (quote == '"' && c == '"') {
                quote = 0;
            } else if (!quote && (c == '\'' || c == '"')) {
                quote = c;
                quoted = 1;
                opened = s - 1;
            } else if (c == '\\' && *s &&
                       (!quote || (quote == '"' && (*s == '"' || *s == '\\')))) {
                c = *s++;
                quoted = 1;
                if (buf)
                    *buf++ = c;
            } else if (buf) {
                *buf++ = c;
            }
        }
        if (quote)                      /* only at the end of the line */
            *unclosed = (int)(opened - line);
        if (*sep < 0 && !quoted && s - raw == 2 && raw[0] == '-' && raw[1] == '-')
            *sep = n;
        if (buf) {
            *buf++ = 0;
            word[n] = start;
        }
        n++;
    }
}

int kit_cmdline_blank(const char *line)
{
    while (is_space(*line))
        line++;
    return !*line;
}

/* { "app", NULL }, filled in at run time: zeroed .bss rather than .data,
 * which every image would carry. */
static char *argv0[2];
static char *no_env[] = { NULL };

/* word[0..n-1], then argv (app + args + NULL), then envp (+ NULL), then
 * the text: the words, each NUL-terminated, no longer than the line. */
int kit_cmdline_check(const char *line)
{
    int sep, unclosed;

    split(line, NULL, NULL, &sep, &unclosed);
    return unclosed;
}

size_t kit_cmdline_size(const char *line)
{
    int sep, unclosed, n = split(line, NULL, NULL, &sep, &unclosed);

    return n ? (size_t)(2 * n + 3) * sizeof(char *) + strlen(line) + 1 : 0;
}

void kit_cmdline_none(struct kit_cmdline *out)
{
    argv0[0] = "app";
    out->argc = 1;
    out->argv = argv0;
    out->envp = no_env;
}

void kit_cmdline_split(const char *line, void *mem, struct kit_cmdline *out)
{
    int n, sep, unclosed, nenv, nargs, i;
    char **word = mem;

    kit_cmdline_none(out);
    if (!mem)
        return;
    n = split(line, NULL, NULL, &sep, &unclosed);
    split(line, (char *)(word + 2 * n + 3), word, &sep, &unclosed);
    nenv = sep < 0 ? 0 : sep;
    nargs = sep < 0 ? n : n - sep - 1;
    out->argv = word + n;
    out->argv[0] = "app";
    for (i = 0; i < nargs; i++)
        out->argv[1 + i] = word[n - nargs + i];
    out->argv[1 + nargs] = NULL;
    out->envp = out->argv + 2 + nargs;
    for (i = 0; i < nenv; i++)
        out->envp[i] = word[i];
    out->envp[nenv] = NULL;
    out->argc = 1 + nargs;
}
