/*
 * Call every fdt.h function on one blob and check the
 * promise fdt.h makes: once fdt_check() has accepted a blob, no other
 * function finds it corrupt.  Shared by the host test (random mutations)
 * and the libFuzzer target, so both check the same property.
 *
 * Only call it on a blob whose totalsize bytes are readable (fdt_check()
 * accepted it, or its header's totalsize is within the buffer).
 */
#ifndef KIT_FDT_EXERCISE_H
#define KIT_FDT_EXERCISE_H

#include <string.h>
#include "../fdt/fdt.h"

/* Errors that mean "the blob is corrupt": after fdt_check() == 0 they
 * must never come back.  Not-found, bad value and unmapped address are
 * about the content and may. */
static int fdt_exercise_is_corrupt(int err)
{
    switch (err) {
    case FDT_ERR_TRUNCATED: case FDT_ERR_BADMAGIC:
    case FDT_ERR_BADVERSION: case FDT_ERR_BADLAYOUT:
    case FDT_ERR_BADRSVMAP: case FDT_ERR_BADTOKEN: case FDT_ERR_NOEND:
    case FDT_ERR_BADNESTING: case FDT_ERR_TOODEEP: case FDT_ERR_BADNAME:
    case FDT_ERR_BADSTRING: case FDT_ERR_BADPROPLEN:
        return 1;
    default:
        return 0;
    }
}

/* Every function once per node (a node found by walking is never a bad
 * offset either).  Returns NULL, or which promise was broken. */
static const char *fdt_exercise_node(const void *blob, int node)
{
    static const char *const props[] = {
        "reg", "compatible", "ranges", "#address-cells",
        "#size-cells", "device_type", "stdout-path", "serial0",
    };
    const void *val;
    uint64_t a, s;
    unsigned i;
    int len, pos, err;

    if (fdt_node_name(blob, node, &len) == NULL)
        return "fdt_node_name failed on a walked node";
    for (i = 0; i < sizeof props / sizeof props[0]; i++) {
        val = fdt_getprop(blob, node, props[i], &len);
        if (val == NULL && len != FDT_ERR_NOTFOUND)
            return "fdt_getprop failed on a walked node";
        /* Read the value as cells until it runs out. */
        for (pos = 0; val != NULL;)
            if (fdt_read_cells(val, len, &pos, 1 + pos % 2, &a))
                break;
    }
    err = fdt_node_reg(blob, node, &a, &s);
    if (fdt_exercise_is_corrupt(err) || err == FDT_ERR_BADOFFSET)
        return "fdt_node_reg found a checked blob corrupt";
    err = fdt_node_is_compatible(blob, node, "ns16550a");
    if (err < 0)
        return "fdt_node_is_compatible failed on a walked node";
    err = fdt_address_cells(blob, node);
    if (err < 0 && err != FDT_ERR_BADVALUE)
        return "fdt_address_cells failed on a walked node";
    err = fdt_size_cells(blob, node);
    if (err < 0 && err != FDT_ERR_BADVALUE)
        return "fdt_size_cells failed on a walked node";
    return NULL;
}

/* checked: fdt_check() returned 0 for this blob.  When it is 0 the
 * functions still run (that is the point: they must not read outside the
 * blob however broken it is), but their answers are not judged. */
static const char *fdt_exercise(const void *blob, int checked)
{
    static const char *const paths[] = {
        "/", "/chosen", "/aliases", "/memory", "/cpus/cpu@0", "/soc",
        "/soc/serial@10000000", "/pl011@9000000", "serial0",
        "serial0/x", "//soc//serial", "nosuchalias", "",
    };
    const char *why, *opt;
    uint64_t a, s;
    unsigned i;
    int node, depth, err, steps;

    for (i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        err = fdt_path_offset(blob, paths[i]);
        if (checked && fdt_exercise_is_corrupt(err))
            return "fdt_path_offset found a checked blob corrupt";
        why = err >= 0 ? fdt_exercise_node(blob, err) : NULL;
        if (checked && why)
            return why;
    }
    err = fdt_memory(blob, &a, &s);
    if (checked && fdt_exercise_is_corrupt(err))
        return "fdt_memory found a checked blob corrupt";
    if (checked) {
        struct fdt_facts f = { 0 };

        /* The same pass as fdt_check, collecting: the same verdict,
         * and bootargs (if any) ends inside the blob. */
        if (fdt_scan(blob, fdt_totalsize(blob), &f) != 0)
            return "fdt_scan refused a blob fdt_check accepted";
        if ((f.found & FDT_FACT_BOOTARGS) &&
            (const char *)f.bootargs + strlen(f.bootargs) >=
            (const char *)blob + fdt_totalsize(blob))
            return "fdt_scan's bootargs runs off the blob";
    }
    err = fdt_stdout_node(blob, &opt);
    if (checked && fdt_exercise_is_corrupt(err))
        return "fdt_stdout_node found a checked blob corrupt";
    if (err >= 0)
        fdt_node_reg(blob, err, &a, &s);

    /* Walk every node.  The walk is bounded: a checked blob has at most
     * totalsize / 8 nodes, so more steps would mean a loop. */
    node = fdt_path_offset(blob, "/");
    depth = 0;
    for (steps = 0; node >= 0; steps++) {
        if (checked && steps > (int)(fdt_totalsize(blob) / 8))
            return "fdt_next_node walked more nodes than can exist";
        why = fdt_exercise_node(blob, node);
        if (checked && why)
            return why;
        node = fdt_next_node(blob, node, &depth);
    }
    if (checked && node != FDT_ERR_NOTFOUND)
        return "fdt_next_node found a checked blob corrupt";

    node = -1;
    for (steps = 0; steps < 1000; steps++) {
        node = fdt_find_compatible(blob, node, "ns16550a");
        if (node < 0)
            break;
    }
    if (checked && fdt_exercise_is_corrupt(node))
        return "fdt_find_compatible found a checked blob corrupt";

    /* Offsets that are not nodes must be refused, not followed. */
    for (i = 0; i < 64; i++) {
        err = fdt_getprop(blob, (int)i, "reg", &depth) ? 0 : depth;
        fdt_node_reg(blob, (int)i * 3, &a, &s);
        fdt_node_name(blob, (int)i * 5, NULL);
        fdt_next_node(blob, (int)i * 7, NULL);
    }
    (void)err;
    return NULL;
}

#endif /* KIT_FDT_EXERCISE_H */
