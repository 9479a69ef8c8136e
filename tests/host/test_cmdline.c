/*
 * Host unit tests for the command-line splitter (platform/cmdline.c): the
 * quoting rules README.md documents for `make run ARGS=... ENV=...`, and
 * kit_cmdline_blank, the boot's test for a line with no words.
 * One line per check: "PASS host/cmdline: ..." or "FAIL ...: why".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../platform/cmdline.h"

static int failures;

/* Split line; the words must be exactly want_args (after "app") and
 * want_env, each list ending with NULL. */
static void expect(const char *name, const char *line, const char *const *want_args,
                   const char *const *want_env)
{
    struct kit_cmdline c;
    size_t size = kit_cmdline_size(line);
    void *mem = size ? malloc(size) : NULL;
    int i, ok;

    kit_cmdline_split(line, mem, &c);
    ok = (!size || mem) && !strcmp(c.argv[0], "app");
    /* The boot's shortcut: blank exactly when there is nothing to split. */
    ok = ok && kit_cmdline_blank(line) == (size == 0);

    for (i = 0; ok && want_args[i]; i++)
        ok = c.argv[i + 1] && !strcmp(c.argv[i + 1], want_args[i]);
    ok = ok && !c.argv[i + 1] && c.argc == i + 1;
    for (i = 0; ok && want_env[i]; i++)
        ok = c.envp[i] && !strcmp(c.envp[i], want_env[i]);
    ok = ok && !c.envp[i];
    free(mem);
    printf("%s host/cmdline: %s\n", ok ? "PASS" : "FAIL", name);
    failures += !ok;
}

#define L(...) (const char *const[]){ __VA_ARGS__, NULL }
#define NONE   (const char *const[]){ NULL }

int main(void)
{
    expect("empty line: argc 1", "", NONE, NONE);
    expect("blanks only", " \t\n ", NONE, NONE);
    expect("words split on blanks", "a  b\tc", L("a", "b", "c"), NONE);
    expect("single quotes keep blanks", "a 'b c'", L("a", "b c"), NONE);
    expect("single quotes keep backslash", "'a\\b'", L("a\\b"), NONE);
    expect("double quotes: \\\" and \\\\", "\"d\\\"e\\\\f\\n\"", L("d\"e\\f\\n"), NONE);
    expect("backslash outside quotes", "a\\ b c\\'", L("a b", "c'"), NONE);
    expect("quotes join a word", "x'y z'\"w\"", L("xy zw"), NONE);
    expect("'' is an empty word", "a '' b", L("a", "", "b"), NONE);
    expect("'' alone is a word, not a blank line", " '' ", L(""), NONE);
    expect("unterminated quote runs to the end", "a 'b c", L("a", "b c"), NONE);
    expect("-- splits environment from arguments", "K=v X='1 2' -- a --",
           L("a", "--"), L("K=v", "X=1 2"));
    expect("environment only", "K=v --", NONE, L("K=v"));
    expect("a quoted -- is an argument", "'--' a", L("--", "a"), NONE);
    return failures ? 1 : 0;
}
