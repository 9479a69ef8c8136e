/*
 * A small, read-only flattened devicetree reader (the interface: fdt.h).
 *
 * Section numbers ("5.4.1") refer to the Devicetree Specification v0.4.
 *
 * How it is built.  A blob is a header (5.2) pointing at three blocks: the
 * memory reservation list (5.3), the structure block - a flat sequence of
 * 32-bit tokens that spells out the tree (5.4) - and the strings block
 * holding property names (5.5).  Everything here rests on two readers:
 *
 *   open_view()   decodes the header and checks that the blocks lie
 *                 inside the blob;
 *   read_token()  decodes one token at an offset, checking that the token
 *                 and its data (node name, property value, property name)
 *                 lie inside their blocks.
 *
 * Every other function only moves from token to token with them, so no
 * function can read outside the blob.  Each token moves the offset forward
 * by at least 4 bytes, so every walk ends.
 *
 * No libc: this runs before newlib is up, so the few string helpers it
 * needs are written out below.  Multi-byte numbers are assembled byte by
 * byte: the blob is big-endian (5.2) and may not be aligned in memory.
 */
#include "fdt.h"

/* Magic number and token values (5.2, 5.4.1). */
#define FDT_MAGIC      0xd00dfeedu
#define FDT_BEGIN_NODE 0x1u
#define FDT_END_NODE   0x2u
#define FDT_PROP       0x3u
#define FDT_NOP        0x4u
#define FDT_END        0x9u

/* Byte offsets of the header fields (5.2: ten big-endian uint32_t). */
#define H_MAGIC         0
#define H_TOTALSIZE     4
#define H_OFF_STRUCT    8
#define H_OFF_STRINGS  12
#define H_OFF_RSVMAP   16
#define H_VERSION      20
#define H_LAST_COMP    24
#define H_SIZE_STRINGS 32
#define H_SIZE_STRUCT  36
/* Version 17 added size_dt_struct; version 16's header stops before it. */
#define HEADER_SIZE_V16 36
#define HEADER_SIZE_V17 40

/* The lowest enum fdt_error value; used to pass errors through. */
#define FDT_ERR_MIN FDT_ERR_NOMAP

/* ---- tiny freestanding helpers ---------------------------------------- */

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static size_t str_len(const char *s)
{
    size_t n = 0;

    while (s[n] != '\0')
        n++;
    return n;
}

/* Are the n bytes at a and b equal? */
static int bytes_eq(const void *a, const void *b, size_t n)
{
    const uint8_t *x = a, *y = b;

    while (n-- > 0)
        if (*x++ != *y++)
            return 0;
    return 1;
}

/* Index of the first byte c in s[0..n), or n if there is none. */
static size_t find_byte(const char *s, size_t n, char c)
{
    size_t i = 0;

    while (i < n && s[i] != c)
        i++;
    return i;
}

/* Does [off, off + size) fit inside [0, total)?  Written so that it
 * cannot overflow whatever the (untrusted) numbers are. */
static int fits(uint32_t off, uint32_t size, uint32_t total)
{
    return off <= total && size <= total - off;
}

/* ---- the header: a checked view of the blob (5.2) --------------------- */

struct view {
    const uint8_t *blob;
    uint32_t total;             /* totalsize */
    uint32_t version;
    uint32_t st_off, st_size;   /* structure block (5.4) */
    uint32_t str_off, str_size; /* strings block (5.5) */
    uint32_t rsv_off;           /* memory reservation block (5.3) */
};

/*
 * Decode the header and check that each block lies inside totalsize, and
 * totalsize inside the max_size bytes the caller can vouch for.  Fields
 * are read only once the bytes holding them are known to be there.
 */
static int open_view(struct view *v, const void *blob, size_t max_size)
{
    const uint8_t *b = blob;
    uint32_t last_comp, hdr_size;

    if (b == NULL)
        return FDT_ERR_BADMAGIC;
    if (max_size < H_TOTALSIZE + 4)
        return FDT_ERR_TRUNCATED;
    if (be32(b + H_MAGIC) != FDT_MAGIC)
        return FDT_ERR_BADMAGIC;
    v->blob = b;
    v->total = be32(b + H_TOTALSIZE);
    if (v->total > max_size || v->total < HEADER_SIZE_V17)
        return FDT_ERR_TRUNCATED;
    /* Node offsets are ints: refuse blobs too big for them (2 GiB). */
    if (v->total > INT32_MAX)
        return FDT_ERR_BADLAYOUT;

    /* 5.1: we read version 17, and 16 which it is compatible with. */
    v->version = be32(b + H_VERSION);
    last_comp = be32(b + H_LAST_COMP);
    if (v->version < 16 || last_comp > 17)
        return FDT_ERR_BADVERSION;
    hdr_size = v->version >= 17 ? HEADER_SIZE_V17 : HEADER_SIZE_V16;

    v->st_off = be32(b + H_OFF_STRUCT);
    v->str_off = be32(b + H_OFF_STRINGS);
    v->str_size = be32(b + H_SIZE_STRINGS);
    v->rsv_off = be32(b + H_OFF_RSVMAP);
    if (v->st_off > v->total)
        return FDT_ERR_BADLAYOUT;
    /* Version 16 has no size_dt_struct: the block may run to the end of
     * the blob, and FDT_END marks where it really stops. */
    v->st_size = v->version >= 17 ? be32(b + H_SIZE_STRUCT)
                      : v->total - v->st_off;

    /* 5.6: tokens are 4-byte aligned from the start of the blob, and
     * reservation entries 8-byte aligned.  No block overlaps the header. */
    if (v->st_off % 4 != 0 || v->st_off < hdr_size ||
        !fits(v->st_off, v->st_size, v->total))
        return FDT_ERR_BADLAYOUT;
    if (v->str_off < hdr_size || !fits(v->str_off, v->str_size, v->total))
        return FDT_ERR_BADLAYOUT;
    if (v->rsv_off % 8 != 0 || v->rsv_off < hdr_size ||
        v->rsv_off > v->total)
        return FDT_ERR_BADLAYOUT;
    return 0;
}

/* After fdt_check: the header's totalsize is the only limit we know. */
static int open_checked(struct view *v, const void *blob)
{
    return open_view(v, blob, (size_t)-1);
}

/* ---- tokens of the structure block (5.4) ------------------------------ */

struct token {
    uint32_t tag;
    uint32_t next;        /* offset of the token after this one */
    const char *name;     /* BEGIN_NODE: node name; PROP: property name */
    uint32_t name_len;    /* strlen(name) */
    const uint8_t *val;   /* PROP: the value ... */
    uint32_t len;         /* ... and its length */
};

/* Round up to the next 4-byte boundary: every token is aligned (5.4.1). */
static uint32_t align4(uint32_t x)
{
    return (x + 3u) & ~3u;
}

/* FDT_BEGIN_NODE is followed by the node's name, NUL-terminated, then
 * zero padding to the next token (5.4.1).  The NUL must be inside the
 * structure block. */
static int read_node_name(const struct view *v, uint32_t off,
              struct token *t)
{
    const char *name = (const char *)v->blob + v->st_off + off + 4;
    uint32_t room = v->st_size - (off + 4);
    uint32_t n = (uint32_t)find_byte(name, room, '\0');

    if (n == room)
        return FDT_ERR_BADNAME;
    t->name = name;
    t->name_len = n;
    /* cannot overflow: st_size <= totalsize <= INT32_MAX */
    t->next = align4(off + 4 + n + 1);
    return 0;
}

/* FDT_PROP is followed by {uint32 len; uint32 nameoff;}, then len bytes
 * of value and padding (5.4.1).  The value must fit in the structure
 * block; the name is a NUL-terminated string in the strings block (5.5). */
static int read_prop(const struct view *v, uint32_t off, struct token *t)
{
    const uint8_t *s = v->blob + v->st_off;
    const char *strings = (const char *)v->blob + v->str_off;
    uint32_t nameoff, room;

    if (!fits(off + 4, 8, v->st_size))
        return FDT_ERR_BADPROPLEN;      /* even len/nameoff are cut */
    t->len = be32(s + off + 4);
    nameoff = be32(s + off + 8);
    if (!fits(off + 12, t->len, v->st_size))
        return FDT_ERR_BADPROPLEN;
    if (nameoff >= v->str_size)
        return FDT_ERR_BADSTRING;
    room = v->str_size - nameoff;
    t->name = strings + nameoff;
    t->name_len = (uint32_t)find_byte(t->name, room, '\0');
    if (t->name_len == room)
        return FDT_ERR_BADSTRING;
    t->val = s + off + 12;
    t->next = align4(off + 12 + t->len);
    return 0;
}

/* Decode the token at offset off of the structure block. */
static int read_token(const struct view *v, uint32_t off, struct token *t)
{
    if (off % 4 != 0)
        return FDT_ERR_BADOFFSET;
    /* Running out of block before FDT_END: the end marker is missing. */
    if (!fits(off, 4, v->st_size))
        return FDT_ERR_NOEND;
    t->tag = be32(v->blob + v->st_off + off);
    t->name = NULL;
    t->name_len = 0;
    t->val = NULL;
    t->len = 0;
    switch (t->tag) {
    case FDT_BEGIN_NODE:
        return read_node_name(v, off, t);
    case FDT_PROP:
        return read_prop(v, off, t);
    case FDT_END_NODE:
    case FDT_NOP:
    case FDT_END:
        t->next = off + 4;
        return 0;
    default:
        return FDT_ERR_BADTOKEN;
    }
}

/* The token of a node offset a caller gave us: must be FDT_BEGIN_NODE.
 * Anything else (misaligned, past the block, some other token, bytes
 * that do not decode) is not a node.  A negative "offset" is usually an
 * error from an earlier call (fdt_getprop(blob, fdt_path_offset(...),
 * ...)): hand it on. */
static int node_token(const struct view *v, int node, struct token *t)
{
    if (node < 0)
        return node >= FDT_ERR_MIN ? node : FDT_ERR_BADOFFSET;
    if (read_token(v, (uint32_t)node, t) != 0 ||
        t->tag != FDT_BEGIN_NODE)
        return FDT_ERR_BADOFFSET;
    return 0;
}

/* The root is the first node, after any FDT_NOPs (5.4.2). */
static int root_node(const struct view *v)
{
    struct token t;
    uint32_t off = 0;
    int err;

    for (;;) {
        err = read_token(v, off, &t);
        if (err)
            return err;
        if (t.tag == FDT_BEGIN_NODE)
            return (int)off;
        if (t.tag != FDT_NOP)
            return FDT_ERR_BADNESTING;
        off = t.next;
    }
}

/*
 * The node after `node` in blob order (depth first), tracking *depth:
 * +1 for each FDT_BEGIN_NODE, -1 for each FDT_END_NODE.  *depth is
 * relative to wherever the caller started, so it may go negative when
 * the walk leaves the starting node's subtree.
 */
static int next_node(const struct view *v, int node, int *depth)
{
    struct token t;
    uint32_t off;
    int err;

    err = node_token(v, node, &t);
    if (err)
        return err;
    for (;;) {
        off = t.next;
        err = read_token(v, off, &t);
        if (err)
            return err;
        switch (t.tag) {
        case FDT_BEGIN_NODE:
            if (++*depth > FDT_MAX_DEPTH)
                return FDT_ERR_TOODEEP;
            return (int)off;
        case FDT_END_NODE:
            --*depth;
            break;
        case FDT_END:
            return FDT_ERR_NOTFOUND;
        default:               /* FDT_PROP, FDT_NOP */
            break;
        }
    }
}

/* ---- fdt_check: validate everything once ------------------------------ */

/* 5.3: 16-byte {address, size} entries ending with an all-zero one. */
static int check_rsvmap(const struct view *v)
{
    uint32_t off = v->rsv_off;

    for (;;) {
        if (!fits(off, 16, v->total))
            return FDT_ERR_BADRSVMAP;
        if (be32(v->blob + off) == 0 && be32(v->blob + off + 4) == 0 &&
            be32(v->blob + off + 8) == 0 && be32(v->blob + off + 12) == 0)
            return 0;
        off += 16;
    }
}

/* ---- collecting facts on the way (fdt_scan) ---------------------------- */

/* What fdt_scan knows about the child of the root it is in. */
struct collect {
    uint32_t ac, sc;        /* the root's #address-cells/#size-cells */
    int kind;               /* which root child: K_* */
    int typed_memory;       /* device_type = "memory" */
    const uint8_t *reg;     /* its reg value (NULL: none yet), read only */
    uint32_t reg_len;       /* if the node turns out to be memory */
};
enum { K_OTHER, K_MEMORY, K_CPUS, K_CHOSEN };

static int name_matches(const char *name, uint32_t name_len,
            const char *comp, size_t n);

/* The token's node or property name is exactly name (n bytes). */
static int prop_is(const struct token *t, const char *name, uint32_t n)
{
    return t->name_len == n && bytes_eq(t->name, name, n);
}

static uint32_t cells_value(const struct token *t, uint32_t dflt)
{
    return t->len == 4 ? be32(t->val) : dflt;
}

/* One token, at nesting depth `open` (the root is 1, its children 2):
 * keep what struct fdt_facts asks for.  Only the root's children are
 * looked at: /memory (spec 3.4), /cpus (3.7), /chosen (3.6). */
static void collect(struct collect *c, const struct token *t, int open,
            struct fdt_facts *f)
{
    int pos = 0;

    if (t->tag == FDT_BEGIN_NODE && open == 2) {
        c->kind = name_matches(t->name, t->name_len, "memory", 6) ? K_MEMORY
            : prop_is(t, "cpus", 4) ? K_CPUS
            : prop_is(t, "chosen", 6) ? K_CHOSEN : K_OTHER;
        c->typed_memory = 0;
        c->reg = NULL;
    } else if (t->tag == FDT_PROP && open == 1) {
        if (prop_is(t, "#address-cells", 14))
            c->ac = cells_value(t, 0);
        else if (prop_is(t, "#size-cells", 11))
            c->sc = cells_value(t, 0);
    } else if (t->tag == FDT_PROP && open == 2) {
        if (prop_is(t, "device_type", 11))
            c->typed_memory = t->len == 7 && bytes_eq(t->val, "memory", 7);
        else if (prop_is(t, "reg", 3) && !c->reg) {
            c->reg = t->val;
            c->reg_len = t->len;
        }
        else if (c->kind == K_CPUS && prop_is(t, "timebase-frequency", 18) &&
             (t->len == 4 || t->len == 8) &&
             fdt_read_cells(t->val, (int)t->len, &pos, (int)t->len / 4,
                    &f->timebase_hz) == 0)
            f->found |= FDT_FACT_TIMEBASE;
        else if (c->kind == K_CHOSEN && prop_is(t, "bootargs", 8) && t->len > 0 &&
             t->val[t->len - 1] == '\0') {
            f->bootargs = (const char *)t->val;
            f->found |= FDT_FACT_BOOTARGS;
        }
    } else if (t->tag == FDT_END_NODE && open == 2) {
        /* The node is complete: device_type may follow reg. */
        if ((c->kind == K_MEMORY || c->typed_memory) && c->reg &&
            !(f->found & FDT_FACT_MEMORY) &&
            fdt_read_cells(c->reg, (int)c->reg_len, &pos, (int)c->ac,
                   &f->mem_base) == 0 &&
            fdt_read_cells(c->reg, (int)c->reg_len, &pos, (int)c->sc,
                   &f->mem_size) == 0)
            f->found |= FDT_FACT_MEMORY;
        /* Settled: nothing later in the blob can change these. */
        f->settled |= (f->found & FDT_FACT_MEMORY)
               | (c->kind == K_CPUS ? FDT_FACT_TIMEBASE : 0)
               | (c->kind == K_CHOSEN ? FDT_FACT_BOOTARGS : 0);
    }
}

/*
 * 5.4.2: the structure block is one root node, then FDT_END as its very
 * last token.  Within a node, properties come before subnodes.  FDT_NOP
 * may appear anywhere.  read_token() checks each token's own data.
 * With f, each token is also handed to collect() as it is read: one pass.
 */
static int check_struct(const struct view *v, struct fdt_facts *f)
{
    struct token t;
    struct collect c = { 2, 1, K_OTHER, 0, NULL, 0 };  /* 2.3.5 defaults */
    uint32_t off = 0;
    int open = 0;           /* nodes begun and not yet ended */
    int seen_root = 0;
    int props_ok = 0;       /* may a property come next? */
    int err;

    for (;;) {
        err = read_token(v, off, &t);
        if (err)
            return err;
        switch (t.tag) {
        case FDT_BEGIN_NODE:
            if (open == 0 && seen_root)
                return FDT_ERR_BADNESTING;  /* second root */
            if (open > FDT_MAX_DEPTH)
                return FDT_ERR_TOODEEP;
            open++;
            seen_root = 1;
            props_ok = 1;
            break;
        case FDT_END_NODE:
            if (open == 0)
                return FDT_ERR_BADNESTING;
            if (f)
                collect(&c, &t, open, f);
            /* Everything asked for is settled: the rest of the
             * blob is neither read nor trusted. */
            if (f && f->want && !(f->want & ~f->settled))
                return 0;
            open--;
            props_ok = 0;   /* back in the parent, after a subnode */
            break;
        case FDT_PROP:
            if (!props_ok)
                return FDT_ERR_BADNESTING;
            break;
        case FDT_END:
            if (open != 0 || !seen_root)
                return FDT_ERR_BADNESTING;
            /* 5.4.1: FDT_END is the last token of the block. */
            if (v->version >= 17 && t.next != v->st_size)
                return FDT_ERR_BADNESTING;
            return 0;
        default:                /* FDT_NOP */
            break;
        }
        if (f && t.tag != FDT_END_NODE)
            collect(&c, &t, open, f);
        off = t.next;
    }
}

int fdt_scan(const void *blob, size_t max_size, struct fdt_facts *facts)
{
    struct view v;
    int err;

    if (facts) {
        facts->found = 0;
        facts->settled = 0;
        facts->bootargs = NULL;
    }
    err = open_view(&v, blob, max_size);
    if (err == 0)
        err = check_rsvmap(&v);
    if (err == 0)
        err = check_struct(&v, facts);
    if (err && facts)
        facts->found = facts->settled = 0;  /* a bad blob tells nothing */
    return err;
}

int fdt_check(const void *blob, size_t max_size)
{
    return fdt_scan(blob, max_size, NULL);
}

uint32_t fdt_totalsize(const void *blob)
{
    return blob ? be32((const uint8_t *)blob + H_TOTALSIZE) : 0;
}

const char *fdt_strerror(int err)
{
    switch (err) {
    case FDT_OK:             return "no error";
    case FDT_ERR_NOTFOUND:   return "node or property not found";
    case FDT_ERR_TRUNCATED:  return "blob larger than the memory given";
    case FDT_ERR_BADMAGIC:   return "bad magic: not a devicetree blob";
    case FDT_ERR_BADVERSION: return "unsupported devicetree version";
    case FDT_ERR_BADLAYOUT:  return "block outside the blob or misaligned";
    case FDT_ERR_BADRSVMAP:  return "memory reservation list unterminated";
    case FDT_ERR_BADTOKEN:   return "unknown token in structure block";
    case FDT_ERR_NOEND:      return "structure block has no FDT_END";
    case FDT_ERR_BADNESTING: return "nodes or properties out of order";
    case FDT_ERR_TOODEEP:    return "nodes nested too deeply";
    case FDT_ERR_BADNAME:    return "node name not terminated";
    case FDT_ERR_BADSTRING:  return "property name outside strings block";
    case FDT_ERR_BADPROPLEN: return "property value runs past the block";
    case FDT_ERR_BADOFFSET:  return "offset is not a node";
    case FDT_ERR_BADVALUE:   return "property value has the wrong format";
    case FDT_ERR_BADPATH:    return "malformed path or alias";
    case FDT_ERR_NOMAP:      return "address not mapped by a bus's ranges";
    default:                 return "unknown error";
    }
}

/* ---- properties ------------------------------------------------------- */

/* The value of property name[0..n) of node, or NULL with *len = error.
 * Properties come before subnodes (5.4.2), so the search stops at the
 * first FDT_BEGIN_NODE or FDT_END_NODE. */
static const uint8_t *find_prop(const struct view *v, int node,
                const char *name, size_t n, int *len)
{
    struct token t;
    int err;

    err = node_token(v, node, &t);
    while (err == 0) {
        err = read_token(v, t.next, &t);
        if (err)
            break;
        if (t.tag == FDT_NOP)
            continue;
        if (t.tag != FDT_PROP) {
            err = FDT_ERR_NOTFOUND;
            break;
        }
        if (t.name_len == n && bytes_eq(t.name, name, n)) {
            *len = (int)t.len;
            return t.val;
        }
    }
    *len = err;
    return NULL;
}

/* A <string> property (2.2.4.2): must end with its NUL.  *len gets the
 * length without the NUL, or the error. */
static const char *find_string(const struct view *v, int node,
                   const char *name, int *len)
{
    const uint8_t *p = find_prop(v, node, name, str_len(name), len);

    if (p == NULL)
        return NULL;
    if (*len == 0 || p[*len - 1] != '\0') {
        *len = FDT_ERR_BADVALUE;
        return NULL;
    }
    *len = (int)find_byte((const char *)p, (size_t)*len, '\0');
    return (const char *)p;
}

const void *fdt_getprop(const void *blob, int node, const char *name,
            int *len)
{
    struct view v;
    const void *p = NULL;
    int dummy, err;

    if (len == NULL)
        len = &dummy;
    err = open_checked(&v, blob);
    if (err)
        *len = err;
    else if (name == NULL)
        *len = FDT_ERR_NOTFOUND;
    else
        p = find_prop(&v, node, name, str_len(name), len);
    return p;
}

int fdt_read_cells(const void *val, int len, int *pos, int ncells,
           uint64_t *out)
{
    const uint8_t *p = val;
    uint64_t x = 0;
    int i;

    /* A number of more than two cells does not fit in 64 bits. */
    if (ncells < 0 || ncells > 2 || len < 0 || *pos < 0)
        return FDT_ERR_BADVALUE;
    if (ncells > len / 4 || *pos > len / 4 - ncells)
        return FDT_ERR_BADVALUE;
    for (i = 0; i < ncells; i++)
        x = x << 32 | be32(p + 4 * (*pos + i));
    *pos += ncells;
    *out = x;
    return 0;
}

/* #address-cells or #size-cells of node, or dflt if absent (2.3.5). */
static int cells(const struct view *v, int node, const char *name, int dflt)
{
    const uint8_t *p;
    uint32_t n;
    int len;

    p = find_prop(v, node, name, str_len(name), &len);
    if (p == NULL)
        return len == FDT_ERR_NOTFOUND ? dflt : len;
    if (len != 4)
        return FDT_ERR_BADVALUE;
    n = be32(p);
    return n <= 4 ? (int)n : FDT_ERR_BADVALUE;
}

static int address_cells(const struct view *v, int node)
{
    return cells(v, node, "#address-cells", 2);
}

static int size_cells(const struct view *v, int node)
{
    return cells(v, node, "#size-cells", 1);
}

int fdt_address_cells(const void *blob, int node)
{
    struct view v;
    int err = open_checked(&v, blob);

    return err ? err : address_cells(&v, node);
}

int fdt_size_cells(const void *blob, int node)
{
    struct view v;
    int err = open_checked(&v, blob);

    return err ? err : size_cells(&v, node);
}

/* ---- paths (2.2.3) and aliases (3.3) ---------------------------------- */

/* Does a node called name[0..name_len) match the path component
 * comp[0..n)?  Either exactly, or - when the component has no unit
 * address - the node's name up to its '@' ("memory" ~ "memory@0"). */
static int name_matches(const char *name, uint32_t name_len,
            const char *comp, size_t n)
{
    if (name_len < n || !bytes_eq(name, comp, n))
        return 0;
    if (name_len == n)
        return 1;
    return name[n] == '@' && find_byte(comp, n, '@') == n;
}

/* The child of parent whose name matches comp[0..n). */
static int find_child(const struct view *v, int parent, const char *comp,
              size_t n)
{
    struct token t;
    int depth = 0, node = parent, err;

    for (;;) {
        node = next_node(v, node, &depth);
        if (node < 0)
            return node;
        if (depth <= 0)                 /* left parent's subtree */
            return FDT_ERR_NOTFOUND;
        if (depth != 1)                 /* a grandchild: skip */
            continue;
        err = node_token(v, node, &t);
        if (err)
            return err;
        if (name_matches(t.name, t.name_len, comp, n))
            return node;
    }
}

/* Follow the '/'-separated components of p[0..n) down from node. */
static int walk_path(const struct view *v, int node, const char *p, size_t n)
{
    size_t i = 0, start;

    while (i < n && node >= 0) {
        if (p[i] == '/') {      /* skip separators, even doubled ones */
            i++;
            continue;
        }
        start = i;
        i += find_byte(p + i, n - i, '/');
        node = find_child(v, node, p + start, i - start);
    }
    return node;
}

static int lookup(const struct view *v, const char *p, size_t n,
          int allow_alias);

/* The node an alias names: a property of /aliases whose value is a full
 * path (3.3).  Alias values may not use aliases themselves, so resolving
 * one can never loop. */
static int resolve_alias(const struct view *v, int root, const char *name,
             size_t n)
{
    const uint8_t *val;
    int aliases, len;

    aliases = find_child(v, root, "aliases", 7);
    if (aliases < 0)
        return aliases;
    val = find_prop(v, aliases, name, n, &len);
    if (val == NULL)
        return len;
    if (len == 0 || val[len - 1] != '\0')
        return FDT_ERR_BADVALUE;
    return lookup(v, (const char *)val,
              find_byte((const char *)val, (size_t)len, '\0'), 0);
}

/* The node named by the path p[0..n): absolute, or starting with an alias
 * ("serial0/child") when allow_alias is set. */
static int lookup(const struct view *v, const char *p, size_t n,
          int allow_alias)
{
    size_t name_len;
    int root, node;

    root = root_node(v);
    if (root < 0)
        return root;
    if (n == 0)
        return FDT_ERR_BADPATH;
    if (p[0] == '/')
        return walk_path(v, root, p, n);
    if (!allow_alias)
        return FDT_ERR_BADPATH;
    name_len = find_byte(p, n, '/');
    node = resolve_alias(v, root, p, name_len);
    if (node < 0)
        return node;
    return walk_path(v, node, p + name_len, n - name_len);
}

int fdt_path_offset(const void *blob, const char *path)
{
    struct view v;
    int err = open_checked(&v, blob);

    if (err)
        return err;
    if (path == NULL)
        return FDT_ERR_BADPATH;
    return lookup(&v, path, str_len(path), 1);
}

/* ---- walking and naming nodes ----------------------------------------- */

int fdt_next_node(const void *blob, int node, int *depth)
{
    struct view v;
    int dummy = 0, err = open_checked(&v, blob);

    if (err)
        return err;
    return next_node(&v, node, depth ? depth : &dummy);
}

const char *fdt_node_name(const void *blob, int node, int *len)
{
    struct view v;
    struct token t;
    int dummy, err;

    if (len == NULL)
        len = &dummy;
    err = open_checked(&v, blob);
    if (err == 0)
        err = node_token(&v, node, &t);
    if (err) {
        *len = err;
        return NULL;
    }
    *len = (int)t.name_len;
    return t.name;
}

/* ---- reg and ranges (2.3.6, 2.3.8) ------------------------------------ */

/* Fill chain[0..d] with the root, ..., node's parent, node; return d.
 * There is no parent pointer in a blob, so this walks from the root. */
static int ancestors(const struct view *v, int node,
             int chain[FDT_MAX_DEPTH + 1])
{
    struct token t;
    int cur, depth = 0, err;

    err = node_token(v, node, &t);
    if (err)
        return err;
    cur = root_node(v);
    if (cur < 0)
        return cur;
    chain[0] = cur;
    while (cur != node) {
        cur = next_node(v, cur, &depth);
        if (cur == FDT_ERR_NOTFOUND || cur > node)
            return FDT_ERR_BADOFFSET;   /* walked past it */
        if (cur < 0)
            return cur;
        if (depth <= 0)                     /* a second root */
            return FDT_ERR_BADNESTING;
        chain[depth] = cur;                 /* depth <= FDT_MAX_DEPTH */
    }
    return depth;
}

/* The first (address, size) of node's reg, in its parent's cells. */
static int first_reg(const struct view *v, int parent, int node,
             uint64_t *addr, uint64_t *size)
{
    const uint8_t *reg;
    int ac, sc, len, pos = 0, err;

    ac = address_cells(v, parent);
    if (ac < 0)
        return ac;
    sc = size_cells(v, parent);
    if (sc < 0)
        return sc;
    reg = find_prop(v, node, "reg", 3, &len);
    if (reg == NULL)
        return len;
    err = fdt_read_cells(reg, len, &pos, ac, addr);
    if (err == 0)
        err = fdt_read_cells(reg, len, &pos, sc, size);
    return err;
}

/*
 * Map *addr from bus's address space into its parent's through bus's
 * "ranges" (2.3.8): a list of (child address, parent address, length)
 * using bus's #address-cells, the parent's #address-cells and bus's
 * #size-cells.  Empty "ranges" means the two spaces are the same; no
 * "ranges" means the bus's children are not reachable from the CPU.
 */
static int translate(const struct view *v, int parent, int bus,
             uint64_t *addr)
{
    const uint8_t *r;
    uint64_t child = 0, base = 0, length = 0;
    int cac, pac, sc, len, pos = 0, err;

    r = find_prop(v, bus, "ranges", 6, &len);
    if (r == NULL)
        return len == FDT_ERR_NOTFOUND ? FDT_ERR_NOMAP : len;
    if (len == 0)
        return 0;
    cac = address_cells(v, bus);
    pac = address_cells(v, parent);
    sc = size_cells(v, bus);
    if (cac < 0 || pac < 0 || sc < 0)
        return FDT_ERR_BADVALUE;
    if (cac + pac + sc == 0)        /* entries of no cells: no progress */
        return FDT_ERR_BADVALUE;
    while (pos < len / 4) {
        err = fdt_read_cells(r, len, &pos, cac, &child);
        if (err == 0)
            err = fdt_read_cells(r, len, &pos, pac, &base);
        if (err == 0)
            err = fdt_read_cells(r, len, &pos, sc, &length);
        if (err)
            return err;
        if (*addr >= child && *addr - child < length) {
            *addr = base + (*addr - child);
            return 0;
        }
    }
    return FDT_ERR_NOMAP;
}

/* reg of node, translated to a CPU address through each bus above it. */
static int node_reg(const struct view *v, int node, uint64_t *addr,
            uint64_t *size)
{
    int chain[FDT_MAX_DEPTH + 1];
    int depth, i, err;

    depth = ancestors(v, node, chain);
    if (depth < 0)
        return depth;
    if (depth == 0)
        return FDT_ERR_NOTFOUND;        /* the root has no reg */
    err = first_reg(v, chain[depth - 1], node, addr, size);
    /* chain[0] is the root, whose children's addresses are CPU ones */
    for (i = depth - 1; i >= 1 && err == 0; i--)
        err = translate(v, chain[i - 1], chain[i], addr);
    return err;
}

int fdt_node_reg(const void *blob, int node, uint64_t *addr, uint64_t *size)
{
    struct view v;
    uint64_t a = 0, s = 0;
    int err = open_checked(&v, blob);

    if (err == 0)
        err = node_reg(&v, node, &a, &s);
    if (err == 0) {
        if (addr)
            *addr = a;
        if (size)
            *size = s;
    }
    return err;
}

/* ---- compatible (2.3.1) ----------------------------------------------- */

/* Is comp[0..n) one entry of node's "compatible" string list? */
static int compatible(const struct view *v, int node, const char *comp,
              size_t n)
{
    const uint8_t *p;
    size_t i = 0, start;
    int len;

    p = find_prop(v, node, "compatible", 10, &len);
    if (p == NULL)
        return len == FDT_ERR_NOTFOUND ? 0 : len;
    while (i < (size_t)len) {
        start = i;
        i += find_byte((const char *)p + i, (size_t)len - i, '\0');
        if (i == (size_t)len)
            break;          /* unterminated last entry: ignore it */
        if (i - start == n && bytes_eq(p + start, comp, n))
            return 1;
        i++;
    }
    return 0;
}

int fdt_node_is_compatible(const void *blob, int node, const char *compat)
{
    struct view v;
    int err = open_checked(&v, blob);

    if (err)
        return err;
    if (compat == NULL)
        return 0;
    return compatible(&v, node, compat, str_len(compat));
}

int fdt_find_compatible(const void *blob, int after, const char *compat)
{
    struct view v;
    int node, depth = 0, err;
    size_t n;

    err = open_checked(&v, blob);
    if (err)
        return err;
    if (compat == NULL)
        return FDT_ERR_NOTFOUND;
    n = str_len(compat);
    node = after;
    if (after < 0) {
        node = root_node(&v);
        err = node < 0 ? node : compatible(&v, node, compat, n);
        if (err)
            return err < 0 ? err : node;
    }
    for (;;) {
        node = next_node(&v, node, &depth);
        if (node < 0)
            return node;
        err = compatible(&v, node, compat, n);
        if (err)
            return err < 0 ? err : node;
    }
}

/* ---- memory (3.4) and console (3.6) ----------------------------------- */

/* A memory node: device_type = "memory", or (as many blobs rely on,
 * device_type being deprecated, 2.3.13) a node named memory[@...]. */
static int is_memory(const struct view *v, int node)
{
    struct token t;
    const char *type;
    int len;

    type = find_string(v, node, "device_type", &len);
    if (type != NULL && len == 6 && bytes_eq(type, "memory", 6))
        return 1;
    if (node_token(v, node, &t) != 0)
        return 0;
    return name_matches(t.name, t.name_len, "memory", 6);
}

int fdt_memory(const void *blob, uint64_t *base, uint64_t *size)
{
    struct view v;
    int node, depth = 0, err;

    err = open_checked(&v, blob);
    if (err)
        return err;
    node = root_node(&v);
    while (node >= 0) {
        node = next_node(&v, node, &depth);
        if (node >= 0 && is_memory(&v, node))
            return fdt_node_reg(blob, node, base, size);
    }
    return node;
}

int fdt_stdout_node(const void *blob, const char **options)
{
    struct view v;
    const char *path;
    size_t end;
    int root, chosen, len, err;

    if (options)
        *options = NULL;
    err = open_checked(&v, blob);
    if (err)
        return err;
    root = root_node(&v);
    if (root < 0)
        return root;
    chosen = find_child(&v, root, "chosen", 6);
    if (chosen < 0)
        return chosen;
    path = find_string(&v, chosen, "stdout-path", &len);
    if (path == NULL && len == FDT_ERR_NOTFOUND)
        path = find_string(&v, chosen, "linux,stdout-path", &len);
    if (path == NULL)
        return len;
    /* "If the character ':' is present in the value it terminates the
     * path" (3.6); what follows is for the driver, e.g. "115200n8". */
    end = find_byte(path, (size_t)len, ':');
    if (options && end < (size_t)len)
        *options = path + end + 1;
    return lookup(&v, path, end, 1);
}
