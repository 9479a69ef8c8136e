/*
 * A small, read-only flattened devicetree (DTB) reader: its interface.
 *
 * Firmware (OpenSBI, QEMU, U-Boot) hands the kit a devicetree blob
 * describing the machine: where RAM is, how fast the counter runs, which
 * UART is the console.  This reader answers those questions without
 * allocating memory and without libc.  It follows the Devicetree
 * Specification v0.4: the blob format is chapter 5, the meaning of nodes
 * and properties chapters 2 and 3.
 *
 * One walker does all the reading: fdt_walk() checks the header (5.2)
 * and then goes once through the structure block (5.4), token by token,
 * checking each token before it hands it on, so a corrupt or cut blob
 * gives a negative error code, never a read outside the blob or an
 * endless loop.  The questions are visitors of that walk: fdt_scan() keeps
 * the few facts the kit asks for, fdt_find() follows a path to a node.
 * Each stops the walk as soon as it has its answer, so a blob is validated
 * as far as it is read (every walk starts from the header again).
 *
 * A blob is untrusted input: every function takes max_size, how many
 * bytes at blob are known to be readable (a bound, not the blob's size;
 * the kit passes 2 MiB, more than any blob QEMU or firmware hands over).
 * The blob is read byte by byte, so it may sit at any address.
 */
#ifndef KIT_FDT_H
#define KIT_FDT_H

#include <stddef.h>
#include <stdint.h>

/* Deepest node nesting accepted below the root.  Real trees are under 10
 * deep; the limit bounds what a path lookup keeps per level. */
#define FDT_MAX_DEPTH 32

/* Structure block tokens (5.4.1). */
#define FDT_BEGIN_NODE 0x1u
#define FDT_END_NODE   0x2u
#define FDT_PROP       0x3u
#define FDT_NOP        0x4u
#define FDT_END        0x9u

enum fdt_error {
    FDT_OK             = 0,
    FDT_ERR_NOTFOUND   = -1,  /* no such node (not corruption) */
    FDT_ERR_TRUNCATED  = -2,  /* blob (totalsize) larger than max_size */
    FDT_ERR_BADMAGIC   = -3,  /* not 0xd00dfeed: not a devicetree */
    FDT_ERR_BADVERSION = -4,  /* version < 16 or last_comp_version > 17 */
    FDT_ERR_BADLAYOUT  = -5,  /* a block lies outside totalsize/misaligned */
    FDT_ERR_BADRSVMAP  = -6,  /* reservation list runs off the blob */
    FDT_ERR_BADTOKEN   = -7,  /* unknown token in the structure block */
    FDT_ERR_NOEND      = -8,  /* structure block ends without FDT_END */
    FDT_ERR_BADNESTING = -9,  /* BEGIN/END_NODE unbalanced, misplaced prop */
    FDT_ERR_TOODEEP    = -10, /* nesting deeper than FDT_MAX_DEPTH */
    FDT_ERR_BADNAME    = -11, /* node name not terminated in struct block */
    FDT_ERR_BADSTRING  = -12, /* property name outside strings */
    FDT_ERR_BADPROPLEN = -13, /* property value runs past struct block */
    FDT_ERR_BADVALUE   = -14, /* property has the wrong size or format */
    FDT_ERR_BADPATH    = -15, /* path is empty or an alias is malformed */
    FDT_ERR_NOMAP      = -16, /* a bus's "ranges" does not map the address */
};

/* A short English description of an fdt_error (or "unknown error"). */
const char *fdt_strerror(int err);

/* One token as fdt_walk meets it, already checked: name, value and the
 * token itself lie inside their blocks.  FDT_NOP is not handed on. */
struct fdt_token {
    uint32_t tag;           /* FDT_BEGIN_NODE, FDT_PROP or FDT_END_NODE */
    size_t off;             /* the token's offset in the structure block */
    int depth;              /* its node's depth: the root is 1 */
    const char *name;       /* BEGIN_NODE: node name ("" for the root);
                               PROP: property name (5.5); NUL-terminated */
    size_t name_len;        /* strlen(name) */
    const uint8_t *val;     /* PROP only: the value, len bytes (raw:
                               big-endian cells or strings, 2.2.4) */
    size_t len;
};

/* A visitor returns 0 to go on; anything else stops the walk, and
 * fdt_walk returns it (a negative enum fdt_error, or > 0: "done"). */
typedef int fdt_visit(void *ctx, const struct fdt_token *t);

/* Check the header (5.2) and the reservation block's terminator (5.3),
 * then walk the structure block (5.4.2: one root, properties before
 * subnodes, FDT_END last), handing each token to visit (may be NULL).
 * Returns 0 at FDT_END, a negative error, or what visit stopped with. */
int fdt_walk(const void *blob, size_t max_size, fdt_visit *visit, void *ctx);

/* The whole blob is well-formed: 0 or a negative error. */
int fdt_check(const void *blob, size_t max_size);

/* The header's totalsize (a blob fdt_walk accepted: e.g. to move it). */
uint32_t fdt_totalsize(const void *blob);

/* The facts the kit asks for, one bit each. */
enum {
    FDT_FACT_MEMORY   = 1,  /* mem_base, mem_size */
    FDT_FACT_TIMEBASE = 2,  /* timebase_hz */
    FDT_FACT_BOOTARGS = 4,  /* str[FDT_BOOTARGS] */
    FDT_FACT_STDOUT   = 8,  /* str[FDT_STDOUT_PATH] */
    FDT_FACT_PSCI     = 16, /* str[FDT_PSCI_METHOD] */
    FDT_FACT_CPUS     = 32, /* cpus */
};

/* The facts that are strings, in the order of their bits above. */
enum { FDT_BOOTARGS, FDT_STDOUT_PATH, FDT_PSCI_METHOD };

struct fdt_facts {
    unsigned want;          /* in: FDT_FACT_* to read */
    unsigned found;         /* FDT_FACT_* whose fields below are valid */
    unsigned settled;       /* FDT_FACT_* answered: found, or not there */
    /* RAM: the first (address, size) of "reg" of the first child of the
     * root that is a memory node (3.4: device_type "memory", or named
     * "memory"/"memory@..."), read with the root's #address-cells and
     * #size-cells (2.3.5; at most 2 each; the root's children are in the
     * CPU's address space, no translation). */
    uint64_t mem_base, mem_size;
    uint64_t timebase_hz;    /* /cpus "timebase-frequency" (3.7), 1 or 2 cells */
    /* The harts there are: bit n for each /cpus/cpu@n (3.7: the unit
     * address is the first cell of reg, the hart or MPIDR id), n < 64. */
    uint64_t cpus;
    /* Strings inside the blob, NUL-terminated there:
     *   FDT_BOOTARGS     /chosen "bootargs" (3.6)
     *   FDT_STDOUT_PATH  /chosen "stdout-path" (3.6), or the older
     *                    "linux,stdout-path"; may end ":options"
     *   FDT_PSCI_METHOD  /psci "method" ("hvc", "smc": Linux's arm/psci
     *                    binding) */
    const char *str[3];
};

/*
 * Read the facts in want that are not settled yet, adding them to *f
 * (zero it before the first call), in a walk that stops once they are
 * settled: a root child closes (/chosen: bootargs and stdout-path, /cpus:
 * the timebase and the harts, /psci, the first memory node with a usable
 * reg).  Returns
 * 0, or a negative error: then found is as it was before the call.
 */
int fdt_scan(const void *blob, size_t max_size, struct fdt_facts *f);

/* What fdt_find reports about a node. */
struct fdt_node {
    uint32_t off;            /* its FDT_BEGIN_NODE's structure offset */
    const char *compatible;  /* its "compatible" string list (2.3.1), */
    size_t compatible_len;   /* or NULL, 0 */
    /* reg: 0, and addr/size hold the first entry of its "reg" (2.3.6)
     * read with the parent's cells and translated into the CPU's address
     * space through every bus's "ranges" above it (2.3.8: empty means
     * 1:1); FDT_ERR_NOTFOUND (no reg, or the root), FDT_ERR_NOMAP (a bus
     * without ranges, or none covering it), FDT_ERR_BADVALUE (cells
     * wider than 2, e.g. PCI, or a value too short). */
    int reg;
    uint64_t addr, size;
};

/*
 * The node at path[0..len) (2.2.3): "/", "/soc/serial@10000000".  A
 * component without "@" also matches a node with a unit address
 * ("/memory" finds "memory@80000000"); the first match wins.  A path not
 * starting with '/' begins with an alias from /aliases (3.3): "serial0"
 * or "serial0/child".  Returns 0 with *node filled, FDT_ERR_NOTFOUND,
 * FDT_ERR_BADPATH (empty path, alias that is not a full path),
 * FDT_ERR_BADVALUE (alias without its NUL) or a walk's error.
 */
int fdt_find(const void *blob, size_t max_size, const char *path,
             size_t len, struct fdt_node *node);

/* 1 if one entry of the string list list[0..len) (2.2.4.2, e.g. a
 * "compatible") is s, else 0.  An unterminated last entry is ignored. */
int fdt_list_has(const char *list, size_t len, const char *s);

#endif /* KIT_FDT_H */
