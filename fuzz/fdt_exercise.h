/*
 * Call every fdt.h function on one blob and check what fdt.h promises:
 * the walker hands on only tokens that lie inside the blob, in order, at
 * a sane depth; once fdt_check() has accepted a blob, no walk over it
 * (fdt_scan, fdt_find) finds it corrupt; every string a fact points to
 * ends inside the blob.  Shared by the host test (random mutations) and
 * the libFuzzer target, so both check the same property.
 *
 * Only call it on a blob whose totalsize bytes are readable (fdt_check()
 * accepted it, or its header's totalsize is within the buffer).
 */
#ifndef KIT_FDT_EXERCISE_H
#define KIT_FDT_EXERCISE_H

#include <string.h>
#include "../fdt/fdt.h"

/* Errors that mean "the blob is corrupt": after fdt_check() == 0 they
 * must never come back.  Not found, bad value, bad path and unmapped
 * addresses are about the content and may. */
static int fdt_exercise_is_corrupt(int err)
{
    return err <= FDT_ERR_TRUNCATED && err >= FDT_ERR_BADPROPLEN;
}

/* What the checking visitor saw. */
struct fdt_exercise_walk {
    const char *lo, *hi;        /* the blob: [lo, hi) */
    size_t last_off;            /* offset of the last token, + 1 */
    long tokens;
    const char *why;            /* the first broken promise */
};

static int fdt_exercise_inside(const struct fdt_exercise_walk *w,
                               const void *p, size_t n)
{
    const char *c = p;

    return c >= w->lo && c <= w->hi && n <= (size_t)(w->hi - c);
}

static int fdt_exercise_token(void *ctx, const struct fdt_token *t)
{
    struct fdt_exercise_walk *w = ctx;

    w->tokens++;
    if (t->off + 1 <= w->last_off && !w->why)
        w->why = "the walk went backwards";
    w->last_off = t->off + 1;
    if ((t->depth < 1 || t->depth > FDT_MAX_DEPTH + 1) && !w->why)
        w->why = "a token's depth is out of range";
    if ((t->tag == FDT_BEGIN_NODE || t->tag == FDT_PROP) &&
        (!fdt_exercise_inside(w, t->name, strlen(t->name) + 1)) && !w->why)
        w->why = "a name runs outside the blob";
    if (t->tag == FDT_PROP && !fdt_exercise_inside(w, t->val, t->len) &&
        !w->why)
        w->why = "a property value runs outside the blob";
    if (t->tag != FDT_BEGIN_NODE && t->tag != FDT_END_NODE &&
        t->tag != FDT_PROP && !w->why)
        w->why = "a token that is not a node or a property was handed on";
    return 0;
}

/* checked: fdt_check() returned 0 for this blob.  When it is 0 the
 * functions still run (that is the point: they must not read outside the
 * blob however broken it is), but their answers are not judged.
 * Returns NULL, or which promise was broken. */
static const char *fdt_exercise(const void *blob, int checked)
{
    static const char *const paths[] = {
        "/", "/chosen", "/aliases", "/memory", "/cpus/cpu@0", "/soc",
        "/soc/serial@10000000", "/pl011@9000000", "serial0",
        "serial0/x", "//soc//serial", "nosuchalias", "/psci", "",
    };
    size_t size = fdt_totalsize(blob), i;
    struct fdt_exercise_walk w = { blob, (const char *)blob + size, 0, 0, 0 };
    struct fdt_facts f;
    struct fdt_node node;
    unsigned want;
    int err;

    err = fdt_walk(blob, size, fdt_exercise_token, &w);
    if (w.why)
        return w.why;   /* judged even unchecked: these are about safety */
    if (w.tokens > (long)(size / 4))
        return "the walk handed on more tokens than fit in the blob";
    if (checked && err != 0)
        return "fdt_walk refused a blob fdt_check accepted";

    /* Each fact alone, then all of them on top. */
    for (want = 1; want <= 2 * FDT_FACT_PSCI; want <<= 1) {
        memset(&f, 0, sizeof f);
        f.want = want <= FDT_FACT_PSCI ? want : 2 * FDT_FACT_PSCI - 1;
        err = fdt_scan(blob, size, &f);
        if (checked && err != 0)
            return "fdt_scan refused a blob fdt_check accepted";
        if (err == 0 && (f.settled & f.want) != f.want)
            return "fdt_scan accepted but left a wanted fact unsettled";
        if (f.found & ~f.settled)
            return "fdt_scan found a fact it did not settle";
        for (i = 0; i < 3; i++)
            if ((f.found & FDT_FACT_BOOTARGS << i) &&
                !fdt_exercise_inside(&w, f.str[i], strlen(f.str[i]) + 1))
                return "a string fact runs off the blob";
        if ((f.found & FDT_FACT_STDOUT) &&
            fdt_find(blob, size, f.str[FDT_STDOUT_PATH],
                     strcspn(f.str[FDT_STDOUT_PATH], ":"), &node) == 0 &&
            node.compatible &&
            !fdt_exercise_inside(&w, node.compatible, node.compatible_len))
            return "the stdout node's compatible runs off the blob";
    }

    for (i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        err = fdt_find(blob, size, paths[i], strlen(paths[i]), &node);
        if (checked && fdt_exercise_is_corrupt(err))
            return "fdt_find found a checked blob corrupt";
        if (err)
            continue;
        if (node.off >= size)
            return "fdt_find gave an offset past the blob";
        if (node.reg != 0 && node.reg != FDT_ERR_NOTFOUND &&
            node.reg != FDT_ERR_NOMAP && node.reg != FDT_ERR_BADVALUE)
            return "fdt_find's reg is neither read nor a content error";
        if (node.compatible &&
            !fdt_exercise_inside(&w, node.compatible, node.compatible_len))
            return "a compatible runs off the blob";
        fdt_list_has(node.compatible, node.compatible_len, "ns16550a");
    }
    return NULL;
}

#endif /* KIT_FDT_EXERCISE_H */
