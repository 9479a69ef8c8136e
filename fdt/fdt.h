/*
 * A small, read-only flattened devicetree (DTB) reader: its interface.
 *
 * Firmware (OpenSBI, QEMU, U-Boot) hands the kernel - here, our crt0 - a
 * devicetree blob describing the machine: where RAM is, which UART is the
 * console.  This reader answers those questions without allocating memory
 * and without libc, so it can run before anything else is set up.  It
 * follows the Devicetree Specification v0.4: the blob format is chapter 5,
 * the meaning of nodes and properties chapters 2 and 3.
 *
 * Trust model.  A blob is untrusted input.  Call fdt_check() once with the
 * number of bytes you know are readable; it validates the header and walks
 * every token.  After it returns 0, every other function may read the
 * header's totalsize bytes and no more, and still bounds-checks each read,
 * so a corrupt blob gives a negative error code, never a wild read or an
 * endless loop.  Only fdt_check() knows the caller's limit: never call the
 * other functions on a blob that fdt_check() has not accepted.
 *
 * Nodes are named by an int "offset" (the byte offset of the node's
 * FDT_BEGIN_NODE token in the structure block).  Offsets are >= 0; every
 * function that returns one returns a negative enum fdt_error instead on
 * failure.  The blob is read byte by byte, so it may sit at any address.
 */
#ifndef KIT_FDT_H
#define KIT_FDT_H

#include <stddef.h>
#include <stdint.h>

/* Deepest node nesting accepted (the root is depth 0).  Real trees are
 * under 10 deep; the limit exists so a hostile blob cannot make a walk
 * keep a large stack of ancestors (fdt_node_reg keeps one). */
#define FDT_MAX_DEPTH 32

enum fdt_error {
    FDT_OK            = 0,
    FDT_ERR_NOTFOUND  = -1,  /* no such node or property (not corruption) */
    FDT_ERR_TRUNCATED = -2,  /* blob (totalsize) larger than max_size */
    FDT_ERR_BADMAGIC  = -3,  /* not 0xd00dfeed: not a devicetree */
    FDT_ERR_BADVERSION = -4, /* version < 16 or last_comp_version > 17 */
    FDT_ERR_BADLAYOUT = -5,  /* a block lies outside totalsize/misaligned */
    FDT_ERR_BADRSVMAP = -6,  /* reservation list runs off the blob */
    FDT_ERR_BADTOKEN  = -7,  /* unknown token in the structure block */
    FDT_ERR_NOEND     = -8,  /* structure block ends without FDT_END */
    FDT_ERR_BADNESTING = -9, /* BEGIN/END_NODE unbalanced, misplaced prop */
    FDT_ERR_TOODEEP   = -10, /* nesting deeper than FDT_MAX_DEPTH */
    FDT_ERR_BADNAME   = -11, /* node name not terminated in struct block */
    FDT_ERR_BADSTRING = -12, /* property name offset outside strings */
    FDT_ERR_BADPROPLEN = -13,/* property value runs past struct block */
    FDT_ERR_BADOFFSET = -14, /* the int given is not a node offset */
    FDT_ERR_BADVALUE  = -15, /* property has the wrong size or format */
    FDT_ERR_BADPATH   = -16, /* path is empty or an alias is malformed */
    FDT_ERR_NOMAP     = -17, /* a bus's "ranges" does not map the address */
};

/* A short English description of an fdt_error (or "unknown error"). */
const char *fdt_strerror(int err);

/* Validate the blob: header (spec 5.2), reservation block (5.3), and every
 * token of the structure block (5.4) with its names (5.5).  max_size is
 * how many bytes at blob are known to be readable: a bound, not the blob's
 * size (the kit's boot code passes 2 MiB, more than any blob QEMU or
 * firmware hands over, all of it RAM on the boards it runs on).  A blob
 * whose totalsize exceeds max_size is rejected (FDT_ERR_TRUNCATED).
 * Returns 0 or a negative error. */
int fdt_check(const void *blob, size_t max_size);

/* What fdt_scan collects: a bit in `found` for each fact it found. */
enum { FDT_FACT_MEMORY = 1, FDT_FACT_TIMEBASE = 2, FDT_FACT_BOOTARGS = 4 };

struct fdt_facts {
    /* In: the facts wanted, to stop reading once they are settled (a
     * root child closes: /chosen for bootargs, /cpus for the timebase,
     * the first memory node with a reg); 0: read to the end. */
    unsigned want;
    unsigned found;          /* out: FDT_FACT_* found */
    unsigned settled;        /* out: FDT_FACT_* that nothing later changes */
    /* RAM: the first (address, size) of "reg" of the first child of the
     * root that is a memory node (spec 3.4: device_type "memory", or named
     * "memory"/"memory@..."), read with the root's #address-cells and
     * #size-cells (1 or 2 each; no translation: the root's children are
     * in the CPU's address space). */
    uint64_t mem_base, mem_size;
    uint64_t timebase_hz;    /* /cpus "timebase-frequency" (3.7), 1 or 2 cells */
    const char *bootargs;    /* /chosen "bootargs" (3.6), NUL-terminated in the blob */
};

/* fdt_check's validation, and on the same single pass over the tokens the
 * facts above (facts may be NULL: then it is fdt_check).  Returns 0 or a
 * negative error; on error facts->found is 0, whatever was seen before.
 * With facts->want set, the pass stops (returning 0) once those facts are
 * settled: only the part of the blob read so far has been validated. */
int fdt_scan(const void *blob, size_t max_size, struct fdt_facts *facts);

/* The blob's totalsize header field (after fdt_check: e.g. to keep the
 * heap from overwriting the blob). */
uint32_t fdt_totalsize(const void *blob);

/* Find a node by path (spec 2.2.3): "/", "/chosen", "/soc/serial@10000000".
 * A component without "@" also matches a node with a unit address
 * ("/memory" finds "memory@80000000"); the first match wins.  A path not
 * starting with '/' begins with an alias from /aliases (spec 3.3):
 * "serial0" or "serial0/child". */
int fdt_path_offset(const void *blob, const char *path);

/* Depth-first walk.  Give the current node and its depth (the root from
 * fdt_path_offset(blob, "/") has depth 0); returns the next node in blob
 * order and updates *depth, or FDT_ERR_NOTFOUND after the last node.
 * A node at *depth <= the depth you started from has left that subtree. */
int fdt_next_node(const void *blob, int node, int *depth);

/* The node's name with unit address ("serial@10000000"; "" for the root),
 * NUL-terminated inside the blob; NULL if node is not a node.  *len (may
 * be NULL) gets the length or a negative error. */
const char *fdt_node_name(const void *blob, int node, int *len);

/* A property's value.  Returns a pointer into the blob and its length in
 * *len (a present-but-empty property gives a non-NULL pointer and 0);
 * NULL if absent or on error, with *len set to the negative error.  The
 * value is raw bytes: big-endian cells or strings that the caller checks
 * (spec 2.2.4.2). */
const void *fdt_getprop(const void *blob, int node, const char *name,
            int *len);

/* Read one number of ncells (0, 1 or 2) big-endian 32-bit cells from a
 * property value of len bytes, starting at cell index *pos, and advance
 * *pos.  0 cells reads 0 (e.g. #size-cells = <0>).  Returns 0 or
 * FDT_ERR_BADVALUE (value too short, or a number wider than 64 bits). */
int fdt_read_cells(const void *val, int len, int *pos, int ncells,
           uint64_t *out);

/* The node's #address-cells / #size-cells: how its *children* encode
 * "reg" (spec 2.3.5).  Absent means 2 and 1.  Values above 4 are
 * rejected with FDT_ERR_BADVALUE. */
int fdt_address_cells(const void *blob, int node);
int fdt_size_cells(const void *blob, int node);

/* The first (address, size) pair of the node's "reg" (spec 2.3.6),
 * decoded with the parent's cell counts and translated into the CPU's
 * address space through every ancestor bus's "ranges" (spec 2.3.8): an
 * empty "ranges" is a 1:1 mapping, a missing one (or no entry covering the
 * address) gives FDT_ERR_NOMAP.  Numbers wider than 2 cells (PCI) give
 * FDT_ERR_BADVALUE. */
int fdt_node_reg(const void *blob, int node, uint64_t *addr, uint64_t *size);

/* 1 if one entry of the node's "compatible" string list (spec 2.3.1)
 * equals compat exactly, 0 if not (or no such property), <0 on error. */
int fdt_node_is_compatible(const void *blob, int node, const char *compat);

/* The first node after `after` (or from the root when after < 0) that is
 * compatible with compat; FDT_ERR_NOTFOUND when there is none left. */
int fdt_find_compatible(const void *blob, int after, const char *compat);

/* RAM: the first reg range of the first node whose device_type is
 * "memory" or whose name is "memory"/"memory@..." (spec 3.4). */
int fdt_memory(const void *blob, uint64_t *base, uint64_t *size);

/* The console: the node named by /chosen "stdout-path" (spec 3.6; the
 * older "linux,stdout-path" if that is absent).  The path ends at ':' and
 * may start with an alias.  If options is not NULL it gets the text after
 * ':' ("115200n8"), NUL-terminated inside the blob, or NULL if none.
 * Returns the node offset or a negative error. */
int fdt_stdout_node(const void *blob, const char **options);

#endif /* KIT_FDT_H */
