/*
 * The program's command line: main's argc/argv/envp and getenv, from what
 * the host passed (`make run ARGS="a 'b c'" ENV="K=v"`).  See cmdline.c.
 */
#ifndef KIT_CMDLINE_H
#define KIT_CMDLINE_H

#include <stddef.h>

/* Words of the host's command line; argv[0] stays "app". */
struct kit_cmdline {
    int argc;
    char **argv;
    char **envp;
};

/* 1 when line has no words (only blanks, or nothing): the usual boot,
 * which need not size or split anything. */
int kit_cmdline_blank(const char *line);

/* The memory kit_cmdline_split needs for line's words (sh-like quoting,
 * "NAME=v ... --" for the environment): 0 when the line has none. */
size_t kit_cmdline_size(const char *line);

/* Where a quote that line never closes opens (a byte offset), or -1 when
 * every quote is closed: make run refuses such ARGS/ENV (tools/runner/
 * kitrun.c) rather than let the quote run to the end of the line. */
int kit_cmdline_check(const char *line);

/* Split line into out, its words and vectors in mem (kit_cmdline_size
 * bytes, aligned for a pointer; NULL: out gets no words).  Pure: the host
 * tests call it. */
void kit_cmdline_split(const char *line, void *mem, struct kit_cmdline *out);

/* What a line with no words gives: argc 1, argv { "app", NULL }, an empty
 * environment. */
void kit_cmdline_none(struct kit_cmdline *out);

/* At boot: find the line (semihosting SYS_GET_CMDLINE, else devicetree
 * /chosen/bootargs), split it into memory from the start of the heap,
 * point newlib's environ at the result. */
void kit_cmdline_init(struct kit_cmdline *out);

#endif
