/*
 * The program's command line: main's argc/argv/envp and getenv, from what
 * the host passed (`make run ARGS="a 'b c'" ENV="K=v"`).  See cmdline.c.
 */
#ifndef KIT_CMDLINE_H
#define KIT_CMDLINE_H

/* Words of the host's command line; argv[0] stays "app". */
struct kit_cmdline {
    int argc;
    char **argv;
    char **envp;
    void *mem;          /* the one block behind them (free it), or NULL */
};

/* Split a command line (sh-like quoting, "NAME=v ... --" for the
 * environment) into out.  Returns 0, or -1 when memory ran out (out then
 * holds no words).  Pure: the host tests call it. */
int kit_cmdline_parse(const char *line, struct kit_cmdline *out);

/* At boot: find the line (devicetree /chosen/bootargs, else semihosting
 * SYS_GET_CMDLINE), parse it, point newlib's environ at the result. */
void kit_cmdline_init(struct kit_cmdline *out);

#endif
