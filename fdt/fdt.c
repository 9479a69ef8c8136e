/*
 * A small, read-only flattened devicetree reader (the interface: fdt.h).
 *
 * Section numbers ("5.4.1") refer to the Devicetree Specification v0.4.
 *
 * A blob is a header (5.2) pointing at three blocks: the memory
 * reservation list (5.3), the structure block -- a flat sequence of
 * 32-bit tokens that spells out the tree (5.4) -- and the strings block
 * holding property names (5.5).  fdt_walk() is the only code that reads
 * the blob's layout: it checks each header field and each token (and the
 * name or value it carries) before using it.  Every token moves the walk
 * forward by at least 4 bytes, so every walk ends.  The questions --
 * fdt_scan()'s facts, fdt_find()'s path -- are visitors: they see tokens
 * that are already known to lie inside the blob.
 *
 * No libc: the few string helpers needed are written out below, and
 * numbers are assembled byte by byte (big-endian, 5.2; the blob may not
 * be aligned in memory).
 */
#include "fdt.h"

#define FDT_MAGIC 0xd00dfeedu

/* The header's fields (5.2: ten big-endian uint32_t), by index. */
enum { H_MAGIC, H_TOTALSIZE, H_OFF_STRUCT, H_OFF_STRINGS, H_OFF_RSVMAP,
       H_VERSION, H_LAST_COMP, H_BOOT_CPUID, H_SIZE_STRINGS, H_SIZE_STRUCT };
/* Version 17 added size_dt_struct; version 16's header stops before it. */
#define HEADER_SIZE_V16 36
#define HEADER_SIZE_V17 40

/* ---- tiny freestanding helpers ---------------------------------------- */

/* A big-endian 32-bit field, as a size_t (offsets and sizes are used as
 * such; no widening at every use).  Out of line: inlined at every use it
 * would be most of the reader's size. */
static __attribute__((noinline)) size_t be32(const uint8_t *p)
{
    return (size_t)p[0] << 24 | (size_t)p[1] << 16 | (size_t)p[2] << 8 | p[3];
}

/* Length of the string at s, or room if no NUL comes within room bytes. */
static size_t str_len(const char *s, size_t room)
{
    size_t n = 0;

    while (n < room && s[n])
        n++;
    return n;
}

/* Does [off, off + size) fit inside [0, total)?  Written so that it
 * cannot overflow whatever the (untrusted) numbers are. */
static int fits(size_t off, size_t size, size_t total)
{
    return off <= total && size <= total - off;
}

/* Every token starts 4-byte aligned (5.4.1). */
static size_t align4(size_t x)
{
    return (x + 3u) & ~(size_t)3;
}

/* Are the strings a and b equal? */
static int same(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/* The index of the entry of list that name[0..len) is (or, with at
 * '@', is up to a unit address: "memory@0" is "memory"), or -1.  Each
 * entry is its length, then its characters ("\3reg\6method"), so one of
 * another length is passed over at once (the kit picks from these lists
 * for most properties of a blob). */
static int pick(const char *name, size_t len, const char *list, char at)
{
    size_t i, n;
    int k;

    for (k = 0; (n = (uint8_t)*list++) != 0; k++, list += n) {
        if (n != len && (n > len || name[n] != at))
            continue;
        for (i = 0; i < n && name[i] == list[i]; i++)
            ;
        if (i == n)
            return k;
    }
    return -1;
}

/* A <string> value (2.2.4.2): it must end with its NUL. */
static const char *string(const struct fdt_token *t)
{
    return t->len && !t->val[t->len - 1] ? (const char *)t->val : 0;
}

/* A <u32> #address-cells / #size-cells (2.3.5); a bad one is 3, which no
 * reader here accepts. */
static size_t cells_value(const struct fdt_token *t)
{
    return t->len == 4 ? be32(t->val) : 3;
}

/* The number in the n big-endian cells at p (n at most 2: 64 bits; 0
 * cells are 0).  The caller has checked that they are there. */
static __attribute__((noinline)) uint64_t cells(const uint8_t *p, size_t n)
{
    uint64_t x = 0;

    while (n--) {
        x = x << 32 | be32(p);
        p += 4;
    }
    return x;
}

/* Is a value of len bytes long enough for numbers of a then b cells,
 * each at most 2 (wider ones, e.g. PCI's 3, do not fit 64 bits)? */
static int holds(size_t len, size_t a, size_t b)
{
    return a <= 2 && b <= 2 && len >= 4 * (a + b);
}

/* ---- the walk (5.2, 5.3, 5.4) ------------------------------------------ */

int fdt_walk(const void *blob, size_t max_size, fdt_visit *visit, void *ctx)
{
    const uint8_t *b = blob, *st;
    const char *strs;
    size_t h[10], total, version, hdr, st_size, str_size, off, n;
    struct fdt_token t;
    int roots = 0, props_ok = 0, r;

    if (!b)
        return FDT_ERR_BADMAGIC;
    if (max_size < HEADER_SIZE_V17)
        return FDT_ERR_TRUNCATED;
    for (n = 0; n < 10; n++)
        h[n] = be32(b + 4 * n);
    if (h[H_MAGIC] != FDT_MAGIC)
        return FDT_ERR_BADMAGIC;
    total = h[H_TOTALSIZE];
    if (total > max_size || total < HEADER_SIZE_V17)
        return FDT_ERR_TRUNCATED;
    /* 5.1: we read version 17, and 16 which it is compatible with. */
    version = h[H_VERSION];
    if (version < 16 || h[H_LAST_COMP] > 17)
        return FDT_ERR_BADVERSION;
    hdr = version > 16 ? HEADER_SIZE_V17 : HEADER_SIZE_V16;
    off = h[H_OFF_STRUCT];
    /* Version 16 has no size_dt_struct: the block may run to the end of
     * the blob, and FDT_END marks where it really stops. */
    st_size = version > 16 ? h[H_SIZE_STRUCT] : total - off;
    str_size = h[H_SIZE_STRINGS];
    /* 5.6 (alignment): tokens are 4-byte aligned from the start of the
     * blob, reservation entries 8-byte aligned; no block overlaps the
     * header.  (total < 2^31 keeps every sum below from wrapping.) */
    if (total > 0x7fffffffu || off % 4 || off < hdr ||
        !fits(off, st_size, total) || h[H_OFF_STRINGS] < hdr ||
        !fits(h[H_OFF_STRINGS], str_size, total) ||
        h[H_OFF_RSVMAP] % 8 || h[H_OFF_RSVMAP] < hdr ||
        h[H_OFF_RSVMAP] > total)
        return FDT_ERR_BADLAYOUT;
    st = b + off;
    strs = (const char *)b + h[H_OFF_STRINGS];
    off = h[H_OFF_RSVMAP];
    /* 5.3: 16-byte {address, size} entries, ended by an all-zero one. */
    for (;; off += 16) {
        if (!fits(off, 16, total))
            return FDT_ERR_BADRSVMAP;
        for (n = 0; n < 16 && !b[off + n]; n++)
            ;
        if (n == 16)
            break;
    }

    t.depth = 0;
    for (off = 0;; off = n) {
        if (!fits(off, 4, st_size))     /* out of block before FDT_END */
            return FDT_ERR_NOEND;
        t.tag = (uint32_t)be32(st + off);
        t.off = off;
        t.name = (const char *)st + off + 4;
        n = off + 4;
        if (t.tag == FDT_BEGIN_NODE) {
            /* The name, NUL-terminated inside the block, then padding. */
            t.name_len = str_len(t.name, st_size - n);
            if (t.name_len == st_size - n)
                return FDT_ERR_BADNAME;
            if (t.depth == 0 && roots)
                return FDT_ERR_BADNESTING;      /* a second root */
            if (t.depth > FDT_MAX_DEPTH)
                return FDT_ERR_TOODEEP;
            t.depth++;
            roots = props_ok = 1;
            n = align4(n + t.name_len + 1);
        } else if (t.tag == FDT_PROP) {
            /* {u32 len; u32 nameoff;}, the value, padding; the name is
             * in the strings block (5.5). */
            if (!fits(n, 8, st_size) ||
                !fits(n + 8, t.len = be32(st + n), st_size))
                return FDT_ERR_BADPROPLEN;
            off = be32(st + n + 4);             /* nameoff */
            if (off >= str_size ||
                (t.name_len = str_len(strs + off, str_size - off)) ==
                str_size - off)
                return FDT_ERR_BADSTRING;
            if (!props_ok)                      /* 5.4.2: before subnodes */
                return FDT_ERR_BADNESTING;
            t.name = strs + off;
            t.val = st + n + 8;
            n = align4(n + 8 + t.len);
        } else if (t.tag == FDT_END_NODE) {
            if (t.depth == 0)
                return FDT_ERR_BADNESTING;
            props_ok = 0;       /* back in the parent, after a subnode */
        } else if (t.tag == FDT_END) {
            /* The last token (5.4.1), after the one root has closed. */
            if (t.depth || !roots || (version > 16 && n != st_size))
                return FDT_ERR_BADNESTING;
            return 0;
        } else if (t.tag != FDT_NOP) {
            return FDT_ERR_BADTOKEN;
        }
        if (t.tag != FDT_NOP && visit && (r = visit(ctx, &t)) != 0)
            return r;
        if (t.tag == FDT_END_NODE)
            t.depth--;
    }
}

int fdt_check(const void *blob, size_t max_size)
{
    return fdt_walk(blob, max_size, 0, 0);
}

uint32_t fdt_totalsize(const void *blob)
{
    return (uint32_t)be32((const uint8_t *)blob + 4 * H_TOTALSIZE);
}

const char *fdt_strerror(int err)
{
    /* The texts in order of enum fdt_error, 0 down, then the unknown. */
    static const char text[] =
        "no error\0not found\0blob larger than its memory\0bad magic\0"
        "bad version\0block outside the blob\0"
        "reservations unterminated\0bad token\0no FDT_END\0bad nesting\0"
        "too deep\0bad node name\0bad property name\0"
        "bad property length\0bad value\0bad path\0not mapped by ranges\0"
        "unknown error";
    const char *p = text;

    if (err > 0 || err < FDT_ERR_NOMAP)
        err = FDT_ERR_NOMAP - 1;
    for (; err < 0; err++)
        while (*p++)
            ;
    return p;
}

/* ---- the kit's facts (fdt_scan) ---------------------------------------- */

/* Root children that hold facts, and which (3.4, 3.7, 3.6, psci). */
static const char fact_nodes[] = "\6memory\4cpus\6chosen\4psci";
static const uint8_t node_facts[] = {
    FDT_FACT_MEMORY, FDT_FACT_TIMEBASE | FDT_FACT_CPUS,
    FDT_FACT_BOOTARGS | FDT_FACT_STDOUT, FDT_FACT_PSCI,
};
/* The properties read: the root's #cells (2.3.5), then those of its
 * children; the three strings in the order of fdt_facts.str. */
static const char fact_props[] = "\016#address-cells" "\013#size-cells"
    "\3reg" "\013device_type" "\022timebase-frequency" "\010bootargs"
    "\013stdout-path" "\6method" "\021linux,stdout-path";
enum { P_AC, P_SC, P_REG, P_TYPE, P_TIMEBASE, P_STRINGS, P_LINUX_STDOUT = 8,
       P_COUNT };

struct scan {
    struct fdt_facts *f;
    unsigned want;              /* facts still to read */
    unsigned node;              /* FDT_FACT_* the current root child holds */
    const uint8_t *val[P_COUNT];/* fact_props' values (NULL: none) */
    size_t len[P_COUNT];
};

/* A <string> value (2.2.4.2): there, and ending with its NUL. */
static const char *str_value(const uint8_t *val, size_t len)
{
    return val && len && !val[len - 1] ? (const char *)val : 0;
}

/* The root's #address-cells or #size-cells: absent means 2 and 1
 * (2.3.5); a bad one is 3, which no reader here accepts. */
static size_t root_cells(const struct scan *s, int i)
{
    if (!s->val[i])
        return 2 - i;
    return s->len[i] == 4 ? be32(s->val[i]) : 3;
}

/* A root child is complete (device_type may come after reg): keep what
 * it holds, and settle it -- nothing later in the blob changes it. */
static int end_fact_node(struct scan *s)
{
    struct fdt_facts *f = s->f;
    const uint8_t *const *v = s->val;
    const size_t *l = s->len;
    size_t ac = root_cells(s, P_AC), sc = root_cells(s, P_SC);
    const char *str;
    unsigned node = s->node, k;

    str = str_value(v[P_TYPE], l[P_TYPE]);
    if (str && !pick(str, l[P_TYPE] - 1, "\6memory", 0))
        node |= FDT_FACT_MEMORY;
    node &= s->want;
    if (node & FDT_FACT_MEMORY) {
        if (v[P_REG] && holds(l[P_REG], ac, sc)) {
            f->mem_base = cells(v[P_REG], ac);
            f->mem_size = cells(v[P_REG] + 4 * ac, sc);
            f->found |= FDT_FACT_MEMORY;
        } else {
            node &= ~FDT_FACT_MEMORY;       /* not usable: read on */
        }
    }
    if ((node & FDT_FACT_CPUS) && f->cpus)
        f->found |= FDT_FACT_CPUS;
    if ((node & FDT_FACT_TIMEBASE) && v[P_TIMEBASE] &&
        (l[P_TIMEBASE] == 4 || l[P_TIMEBASE] == 8)) {
        f->timebase_hz = cells(v[P_TIMEBASE], l[P_TIMEBASE] / 4);
        f->found |= FDT_FACT_TIMEBASE;
    }
    /* linux,stdout-path only where there is no stdout-path (3.6) */
    k = P_STRINGS + FDT_STDOUT_PATH;
    if (!v[k]) {
        s->val[k] = v[P_LINUX_STDOUT];
        s->len[k] = l[P_LINUX_STDOUT];
    }
    for (k = 0; k < 3; k++) {
        str = str_value(v[P_STRINGS + k], l[P_STRINGS + k]);
        if ((node & FDT_FACT_BOOTARGS << k) && str) {
            f->str[k] = str;
            f->found |= FDT_FACT_BOOTARGS << k;
        }
    }
    f->settled |= node;
    return !(s->want & ~f->settled);        /* 1: all settled, stop */
}

/* A /cpus child "cpu@<hex>": its hart into the cpus fact (ids below 64). */
static void cpu_node(struct fdt_facts *f, const struct fdt_token *t)
{
    uint64_t id = 0;
    size_t i;

    if (t->name_len < 5 || t->name[0] != 'c' || t->name[1] != 'p' || t->name[2] != 'u'
        || t->name[3] != '@')
        return;
    for (i = 4; i < t->name_len; i++) {
        char c = t->name[i];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                   : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10) : 16;

        if (d > 15 || id >= 64)
            return;
        id = id * 16 + d;
    }
    if (id < 64)
        f->cpus |= (uint64_t)1 << id;
}

/* Only the root's properties and its children's are looked at, and the
 * names of /cpus's children. */
static int scan_token(void *ctx, const struct fdt_token *t)
{
    struct scan *s = ctx;
    int i;

    if (t->depth == 3 && t->tag == FDT_BEGIN_NODE && (s->node & s->want & FDT_FACT_CPUS))
        cpu_node(s->f, t);

    if (t->depth == 2 && t->tag == FDT_END_NODE)
        return end_fact_node(s);
    if (t->depth == 2 && t->tag == FDT_BEGIN_NODE) {
        i = pick(t->name, t->name_len, fact_nodes, '@');
        s->node = i < 0 ? 0 : node_facts[i];
        for (i = P_REG; i < P_COUNT; i++)
            s->val[i] = 0;
    }
    if (t->depth <= 2 && t->tag == FDT_PROP) {
        i = pick(t->name, t->name_len, fact_props, 0);
        if (i >= 0 && (i < P_REG) == (t->depth == 1)) {
            s->val[i] = t->val;
            s->len[i] = t->len;
        }
    }
    return 0;
}

int fdt_scan(const void *blob, size_t max_size, struct fdt_facts *f)
{
    struct scan s;
    unsigned found = f->found;
    int err = 0;

    s.f = f;
    s.want = f->want & ~f->settled;
    s.val[P_AC] = s.val[P_SC] = 0;      /* until the root says (2.3.5) */
    if (s.want)
        err = fdt_walk(blob, max_size, scan_token, &s);
    if (err < 0) {
        f->found = found;               /* a bad blob tells nothing */
        return err;
    }
    f->settled |= s.want;               /* found, or the blob has none */
    return 0;
}

/* ---- paths (2.2.3), aliases (3.3), reg and ranges (2.3.6, 2.3.8) ------- */

/* What a lookup keeps of each node on the path: how it encodes its
 * children's addresses and how it maps them into its parent's. */
struct level {
    size_t ac, sc;              /* #address-cells, #size-cells */
    const uint8_t *ranges;      /* NULL: none (not mapped) */
    size_t ranges_len;          /* 0: empty (1:1) */
};

struct find {
    const char *p;              /* the path not matched yet */
    size_t n;
    const char *rest;           /* after an alias: the rest of the path */
    size_t rest_n;
    const char *comp;           /* the next component to match */
    size_t comp_n;              /* 0: the last node matched is the target */
    int depth;                  /* depth of the last node matched */
    int target;                 /* the target's depth, once matched */
    struct fdt_node *out;
    const uint8_t *reg;
    size_t reg_len;
    struct level lv[FDT_MAX_DEPTH + 2];
};

/* Move to the path's next '/'-separated component (separators, even
 * doubled ones, are skipped; an alias's value goes on with the rest). */
static void next_component(struct find *f)
{
    for (;;) {
        while (f->n && *f->p == '/') {
            f->p++;
            f->n--;
        }
        if (f->n || !f->rest_n)
            break;
        f->p = f->rest;
        f->n = f->rest_n;
        f->rest_n = 0;
    }
    f->comp = f->p;
    for (f->comp_n = 0; f->comp_n < f->n && f->p[f->comp_n] != '/';)
        f->comp_n++;
    f->p += f->comp_n;
    f->n -= f->comp_n;
}

/* Does node name match component c[0..n)?  Exactly, or -- when c has no
 * unit address -- up to the name's '@' ("memory" ~ "memory@0"). */
static int name_matches(const char *name, const char *c, size_t n)
{
    size_t i;
    int at = 0;

    for (i = 0; i < n; i++) {
        if (!c[i] || name[i] != c[i])
            return 0;
        at |= c[i] == '@';
    }
    return !name[n] || (name[n] == '@' && !at);
}

static int find_token(void *ctx, const struct fdt_token *t)
{
    struct find *f = ctx;
    struct level *lv = &f->lv[t->depth];
    int i;

    if (t->tag == FDT_BEGIN_NODE) {
        /* The next node on the path: a child of the last one matched. */
        if (t->depth != f->depth + 1 || (t->depth > 1 &&
            (!f->comp_n || !name_matches(t->name, f->comp, f->comp_n))))
            return 0;
        if (t->depth > 1)
            next_component(f);
        f->depth = t->depth;
        lv->ac = 2;                     /* 2.3.5: the defaults */
        lv->sc = 1;
        lv->ranges = 0;
        if (!f->comp_n) {
            f->target = t->depth;
            f->out->off = t->off;
        }
        return 0;
    }
    if (t->depth != f->depth)           /* not a node on the path */
        return 0;
    if (t->tag == FDT_END_NODE)         /* found, or not among its children */
        return f->target == t->depth ? 1 : FDT_ERR_NOTFOUND;
    i = pick(t->name, t->name_len, "\3reg" "\6ranges" "\012compatible"
             "\013#size-cells" "\016#address-cells", 0);
    if (i == 4)
        lv->ac = cells_value(t);
    if (i == 3)
        lv->sc = cells_value(t);
    if (i == 1) {
        lv->ranges = t->val;
        lv->ranges_len = t->len;
    }
    if (i == 0 && f->target) {
        f->reg = t->val;
        f->reg_len = t->len;
    }
    if (i == 2 && f->target) {
        f->out->compatible = (const char *)t->val;
        f->out->compatible_len = t->len;
    }
    return 0;
}

/* Map *addr from bus's address space into its parent's (which encodes
 * addresses in parent_ac cells) through bus's "ranges" (2.3.8): a list
 * of (child address, parent address, length). */
static int translate(const struct level *bus, size_t parent_ac,
                     uint64_t *addr)
{
    const uint8_t *r = bus->ranges;
    size_t entry = 4 * (bus->ac + parent_ac + bus->sc), left;
    uint64_t child, len;

    if (!r)
        return FDT_ERR_NOMAP;           /* children not reachable */
    if (!bus->ranges_len)
        return 0;                       /* the same address space */
    if (!entry || !holds(entry, bus->ac, parent_ac) || bus->sc > 2 ||
        bus->ranges_len % entry)
        return FDT_ERR_BADVALUE;
    for (left = bus->ranges_len; left; left -= entry, r += entry) {
        child = cells(r, bus->ac);
        len = cells(r + entry - 4 * bus->sc, bus->sc);
        if (*addr >= child && *addr - child < len) {
            *addr += cells(r + 4 * bus->ac, parent_ac) - child;
            return 0;
        }
    }
    return FDT_ERR_NOMAP;
}

/* The alias name[0..n): a property of /aliases whose value is a full
 * path (3.3). */
struct alias {
    const char *name;
    size_t n;
    const char *val;
};

static int alias_token(void *ctx, const struct fdt_token *t)
{
    struct alias *a = ctx;
    size_t i;

    if (t->tag == FDT_BEGIN_NODE && t->depth == 2)
        a->val = same(t->name, "aliases") ? "" : 0;   /* "": inside */
    if (t->tag != FDT_PROP || t->depth != 2 || !a->val)
        return 0;
    for (i = 0; i < a->n && t->name[i] == a->name[i]; i++)
        ;
    if (i < a->n || t->name[i])
        return 0;
    a->val = string(t);
    return a->val ? 1 : FDT_ERR_BADVALUE;
}

int fdt_find(const void *blob, size_t max_size, const char *path,
             size_t len, struct fdt_node *node)
{
    struct find f;
    struct alias a = { path, 0, 0 };
    int err, i;

    if (!len)
        return FDT_ERR_BADPATH;
    f.p = path;
    f.n = len;
    f.rest_n = 0;
    if (*path != '/') {
        /* An alias first: /aliases/<name>, then the rest of the path. */
        while (a.n < len && path[a.n] != '/')
            a.n++;
        err = fdt_walk(blob, max_size, alias_token, &a);
        if (err <= 0)
            return err ? err : FDT_ERR_NOTFOUND;
        if (*a.val != '/')
            return FDT_ERR_BADPATH;     /* aliases may not use aliases */
        f.p = a.val;
        f.n = str_len(a.val, (size_t)-1);
        f.rest = path + a.n;
        f.rest_n = len - a.n;
    }
    next_component(&f);
    f.depth = f.target = 0;
    f.out = node;
    f.reg = 0;
    node->compatible = 0;
    node->compatible_len = 0;
    err = fdt_walk(blob, max_size, find_token, &f);
    if (err <= 0)
        return err ? err : FDT_ERR_NOTFOUND;
    /* reg in the parent's cells, then up through each bus to the root's
     * children, whose addresses are the CPU's. */
    i = f.target - 1;
    err = FDT_ERR_NOTFOUND;
    if (f.reg && i > 0) {
        err = FDT_ERR_BADVALUE;
        if (holds(f.reg_len, f.lv[i].ac, f.lv[i].sc)) {
            node->addr = cells(f.reg, f.lv[i].ac);
            node->size = cells(f.reg + 4 * f.lv[i].ac, f.lv[i].sc);
            err = 0;
        }
    }
    for (; i > 1 && !err; i--)
        err = translate(&f.lv[i], f.lv[i - 1].ac, &node->addr);
    node->reg = err;
    return 0;
}

int fdt_list_has(const char *list, size_t len, const char *s)
{
    size_t i = 0, n;

    while (i < len) {
        n = str_len(list + i, len - i);
        if (i + n == len)
            break;                      /* unterminated last entry */
        if (same(list + i, s))
            return 1;
        i += n + 1;
    }
    return 0;
}
