/*
 * The kit-test block: a test's expectations, in a comment in its own
 * source, so the test and what it must print can never drift apart.
 *
 *   / * kit-test: one line saying what is tested
 *    * stdin: text sent to the UART (C escapes: \n \t \\ \xNN)
 *    * stdin-after: send stdin only once the output shows this text
 *    * expect: text that must appear in the output (in this order)
 *    * expect-raw: as expect:, before "\r" is removed
 *    * expect-not: text that must not appear anywhere
 *    * expect-once: text that must appear exactly once
 *    * expect[riscv64 mmode]: only where the board has every capability
 *                               listed (!x: lacks x); so expect-raw[..],
 *                               expect-not[..], expect-once[..]
 *    * expect-exit: 42
 *    * needs: smp timer         (capabilities the board must have; !x: must lack)
 *    * scope: arch              (one board per architecture is enough)
 *    * exercises: vector        (tested further on a board that has it)
 *    * archs: riscv64 / boards: virt-aarch64 / libcs: newlib picolibc
 *    * qemu: -m 256M            (extra QEMU options)
 *    * insns-max: 60000000      (every core's instructions from bench_begin
 *                               to bench_end, at most: kitrun --count)
 *    * checks: yes              (the program prints its own PASS/FAIL lines)
 *    * case: label | stdin: r 3\n | expect-exit: 3
 *    * /
 *
 * In the expect keys, {name} stands for a value the runner was given
 * (kitrun --define name=value: make test defines boot_hart), so a test
 * says what each board must print.  In an expect: line, {?name} stands
 * for the word (letters, digits, '_') the output has there, and a later
 * {name} for that same word: "expect: on hart {?h}" then "expect: kit:
 * hart {h}: " checks the report names the hart the program said it used.
 * A key with [capabilities] (the board's, kitrun --caps: make caps
 * prints them) applies only where the board has each of them, so a test
 * states the exact text of each kind of board: "expect[smode]: (S-mode)".
 *
 * docs/testing.md explains each key; this file reads them and decides
 * whether a test applies to a board (spec_applies).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "spec.h"

void die(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    fputs("kitrun: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

char *xstrdup(const char *s)
{
    char *p = strdup(s);

    if (!p)
        die("out of memory");
    return p;
}

/* Decode C escapes in place; returns the decoded length. */
static size_t unescape(char *s)
{
    char *out = s, *in = s;

    while (*in) {
        if (*in != '\\' || !in[1]) {
            *out++ = *in++;
            continue;
        }
        in++;
        switch (*in) {
        case 'n': *out++ = '\n'; in++; break;
        case 'r': *out++ = '\r'; in++; break;
        case 't': *out++ = '\t'; in++; break;
        case 'x': *out++ = (char)strtol(in + 1, &in, 16); break;
        default:  *out++ = *in++; break;
        }
    }
    *out = 0;
    return (size_t)(out - s);
}

static char *trim(char *s)
{
    char *end;

    while (*s == ' ' || *s == '\t')
        s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'))
        *--end = 0;
    return s;
}

/* The value of {name}, from the defines ("name=value"); NULL if none. */
static const char *define_of(const struct spec *sp, const char *name, size_t len)
{
    int i;

    for (i = 0; i < sp->ndefines; i++)
        if (!strncmp(sp->defines[i], name, len) && sp->defines[i][len] == '=')
            return sp->defines[i] + len + 1;
    return NULL;
}

static int in_list(const char *list, const char *word);

/* Is the name [name, name + len) one that an earlier {?name} captures? */
static int captured(const struct spec *sp, const char *name, size_t len)
{
    char word[128];

    snprintf(word, sizeof word, "%.*s", (int)len, name);
    return in_list(sp->captures, word);
}

/* Remember that {?name} captures `name` (its {name}s are then kept). */
static void capture(struct spec *sp, const char *name, size_t len)
{
    size_t have = sp->captures ? strlen(sp->captures) : 0;

    if (!(sp->captures = realloc(sp->captures, have + len + 2)))
        die("out of memory");
    snprintf(sp->captures + have, len + 2, "%s%.*s", have ? " " : "", (int)len, name);
}

/* val with every {name} replaced by its define (malloc'd).  {?name} and
 * a later {name} of a captured name stay as written: kitrun fills them in
 * from the output.  Any other unknown name is an error: a test that
 * expects "{boot_hart}" literally would otherwise pass or fail for the
 * wrong reason. */
static char *substitute(struct spec *sp, const char *val, const char *file)
{
    size_t cap = strlen(val) + 1, len = 0;
    char *out = malloc(cap);

    if (!out)
        die("out of memory");
    while (*val) {
        const char *close = *val == '{' ? strchr(val, '}') : NULL;
        int grab = close && val[1] == '?';
        const char *name = val + 1 + grab;
        size_t nlen = close ? (size_t)(close - name) : 0;
        const char *v = close && !grab ? define_of(sp, name, nlen) : NULL;
        int keep = close && !v && (grab || captured(sp, name, nlen));
        size_t n = v ? strlen(v) : keep ? (size_t)(close + 1 - val) : 1;

        if (close && !v && !keep)
            die("%s: {%.*s}: no such value (kitrun --define, or {?%.*s} before it)",
                file, (int)nlen, name, (int)nlen, name);
        if (grab)
            capture(sp, name, nlen);
        if (len + n + 1 > cap && !(out = realloc(out, cap = (len + n + 1) * 2)))
            die("out of memory");
        memcpy(out + len, v ? v : val, n);
        len += n;
        val = v ? close + 1 : val + n;
    }
    out[len] = 0;
    return out;
}

/* Append one value to a list of at most SPEC_MAX_ITEMS: its {names}
 * replaced, its escapes decoded. */
static void add_item(struct spec *sp, char **list, int *n, const char *val,
                     const char *file, const char *key)
{
    if (strstr(val, "{?") && strcmp(key, "expect"))
        die("%s: %s: {?name} captures only in expect: lines", file, key);
    if (*n == SPEC_MAX_ITEMS)
        die("%s: more than %d '%s:' lines", file, SPEC_MAX_ITEMS, key);
    list[*n] = substitute(sp, val, file);
    unescape(list[(*n)++]);
}

/* A one-word-list key (archs, boards, ...): the value, kept as written. */
static int set_list(struct spec *sp, const char *key, const char *val)
{
    static const struct { const char *key; size_t off; } lists[] = {
        { "archs", offsetof(struct spec, archs) },
        { "boards", offsetof(struct spec, boards) },
        { "libcs", offsetof(struct spec, libcs) },
        { "needs", offsetof(struct spec, needs) },
        { "scope", offsetof(struct spec, scope) },
        { "exercises", offsetof(struct spec, exercises) },
    };
    size_t i;

    for (i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (!strcmp(key, lists[i].key)) {
            *(char **)((char *)sp + lists[i].off) = xstrdup(val);
            return 1;
        }
    return 0;
}

static int holds_all(const char *list, const char *caps);

/* "key[caps]": cut the brackets off key; 1 when the line applies here
 * (the board has every capability listed), 0 to drop it. */
static int key_applies(const struct spec *sp, char *key, const char *file)
{
    char *open = strchr(key, '['), *close = open ? strchr(open, ']') : NULL;

    if (!open)
        return 1;
    if (!close || close[1] || strncmp(key, "expect", 6) || !strcmp(key, "expect-exit"))
        die("%s: %s: only the expect keys take [capabilities], as expect[smode]:",
            file, key);
    *open = *close = 0;
    return holds_all(open + 1, sp->caps);
}

/* One " * key: value" line of the kit-test block. */
static void parse_line(struct spec *sp, char *line, const char *file)
{
    char *key = trim(line), *val;

    if (*key == '*')
        key = trim(key + 1);
    if (!*key)
        return;
    val = strchr(key, ':');
    if (!val)
        die("%s: kit-test line without 'key:': %s", file, key);
    *val++ = 0;
    val = trim(val);
    if (!key_applies(sp, key, file))
        return;
    if (!strcmp(key, "kit-test"))
        sp->title = xstrdup(val);
    else if (!strcmp(key, "stdin")) {
        sp->stdin_text = substitute(sp, val, file);
        sp->stdin_len = unescape(sp->stdin_text);
    } else if (!strcmp(key, "qemu")) {
        sp->qemu_extra = substitute(sp, val, file);
    } else if (!strcmp(key, "stdin-after")) {
        sp->stdin_after = xstrdup(val);
        unescape(sp->stdin_after);
    } else if (!strcmp(key, "expect"))
        add_item(sp, sp->expect, &sp->nexpect, val, file, key);
    else if (!strcmp(key, "expect-raw"))
        add_item(sp, sp->expect_raw, &sp->nexpect_raw, val, file, key);
    else if (!strcmp(key, "expect-not"))
        add_item(sp, sp->expect_not, &sp->nexpect_not, val, file, key);
    else if (!strcmp(key, "expect-once"))
        add_item(sp, sp->expect_once, &sp->nexpect_once, val, file, key);
    else if (!strcmp(key, "case")) {
        if (sp->ncases == SPEC_MAX_CASES)
            die("%s: more than %d cases", file, SPEC_MAX_CASES);
        sp->cases[sp->ncases++] = xstrdup(val);
    } else if (!strcmp(key, "expect-exit"))
        sp->expect_exit = atoi(val);
    else if (!strcmp(key, "insns-max")) {
        char *end;

        sp->insns_max = strtoull(val, &end, 10);
        if (!sp->insns_max || *end)
            die("%s: insns-max: %s: a number of instructions above 0", file, val);
    } else if (!strcmp(key, "checks"))
        sp->checks = !strcmp(val, "yes");
    else if (!set_list(sp, key, val))
        die("%s: unknown kit-test key '%s'", file, key);
}

void spec_read(struct spec *sp, const char *file)
{
    FILE *f = fopen(file, "r");
    char line[1024];
    int in_block = 0;

    if (!f)
        die("cannot open %s: %s", file, strerror(errno));
    while (fgets(line, sizeof line, f)) {
        char *start = strstr(line, "kit-test:");
        char *end = strstr(line, "*/");

        if (!in_block && start) {
            in_block = 1;
            if (end)
                *end = 0;
            parse_line(sp, start, file);
        } else if (in_block) {
            if (end)
                *end = 0;
            parse_line(sp, line, file);
        }
        if (in_block && end)
            break;
    }
    fclose(f);
    if (!sp->title)
        die("%s: no 'kit-test:' comment block", file);
    if (sp->scope && strcmp(sp->scope, "arch"))
        die("%s: scope: %s: the only scope is 'arch'", file, sp->scope);
}

void spec_case(const struct spec *sp, int n, struct spec *one,
               char *label, size_t labellen, const char *file)
{
    char *copy = xstrdup(sp->cases[n]), *field, *save;

    *one = *sp;
    one->ncases = 0;
    one->captures = sp->captures ? xstrdup(sp->captures) : NULL;   /* its own to grow */
    field = strtok_r(copy, "|", &save);
    snprintf(label, labellen, "%s", trim(field));
    while ((field = strtok_r(NULL, "|", &save)))
        parse_line(one, field, file);
}

/* Is `word` in the blank- or comma-separated `list`? */
static int in_list(const char *list, const char *word)
{
    size_t n = strlen(word);
    const char *p = list;

    while (p && *p) {
        p += strspn(p, " ,");
        if (!strncmp(p, word, n) && (p[n] == 0 || p[n] == ' ' || p[n] == ','))
            return 1;
        p += strcspn(p, " ,");
    }
    return 0;
}

/* The first word of `list` for which want(word) is false; NULL if none.
 * The word is copied into buf. */
static const char *first_not(const char *list, int (*want)(const char *, const void *),
                             const void *arg, char *buf, size_t buflen)
{
    const char *p = list;

    while (p && *p) {
        size_t n;

        p += strspn(p, " ,");
        n = strcspn(p, " ,");
        if (n && n < buflen) {
            memcpy(buf, p, n);
            buf[n] = 0;
            if (!want(buf, arg))
                return buf;
        }
        p += n;
    }
    return NULL;
}

/* A needs: word holds: "cap" is among the capabilities, "!cap" is not. */
static int need_holds(const char *word, const void *caps)
{
    return word[0] == '!' ? !in_list(caps, word + 1) : in_list(caps, word);
}

/* Does every word of `list` hold for `caps` (need_holds)? */
static int holds_all(const char *list, const char *caps)
{
    char word[128];

    return !first_not(list, need_holds, caps, word, sizeof word);
}

/* A word (without a leading '!') that is not in `set`. */
static int not_in(const char *word, const void *set)
{
    return !in_list(set, word[0] == '!' ? word + 1 : word);
}

/* Does any word of `list` name something in `set`? */
static int any_in(const char *list, const char *set)
{
    char word[128];

    return list && first_not(list, not_in, set, word, sizeof word) != NULL;
}

/* Listed by an allow-list (archs, boards, libcs) that is there? */
static int allowed(const char *list, const char *word)
{
    return !list || !word || in_list(list, word);
}

int spec_applies(const struct spec *sp, const struct where *w,
                 char *why, size_t whylen)
{
    char word[128];

    if (!allowed(sp->archs, w->arch))
        return snprintf(why, whylen, "archs: %s", sp->archs), 0;
    if (!allowed(sp->boards, w->board))
        return snprintf(why, whylen, "boards: %s", sp->boards), 0;
    if (!allowed(sp->libcs, w->libc))
        return snprintf(why, whylen, "libcs: %s", sp->libcs), 0;
    if (w->caps && first_not(sp->needs, need_holds, w->caps, word, sizeof word))
        return snprintf(why, whylen, "needs %s", word), 0;
    if (w->focus) {
        /* A variant board runs only what tests its difference from its
         * base board (the base runs the rest); its scope is the base's. */
        if (!any_in(sp->needs, w->focus) && !any_in(sp->exercises, w->focus))
            return snprintf(why, whylen, "tests none of what this variant adds: %s",
                            w->focus), 0;
        return 1;
    }
    if (sp->scope && w->scopes && !in_list(w->scopes, sp->scope))
        return snprintf(why, whylen, "scope %s: runs on each architecture's own board",
                        sp->scope), 0;
    return 1;
}
