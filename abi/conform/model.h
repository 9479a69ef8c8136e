/* abi/conform/model.h: the generator's model of a C function signature.
 *
 * A case is a function: a return type and argument types, some of them
 * variadic.  A type is a tree (scalars, structs, unions, arrays, vectors,
 * typedefs).  The same model is printed as C (the caller half, the callee
 * half and the one-line declaration in the reports), shrunk by the
 * minimiser, read back from a declaration (parse.c: known.txt's
 * regression cases, make abi-pair) and matched against the known classes
 * (known.c).
 */
#ifndef CONFORM_MODEL_H
#define CONFORM_MODEL_H

#include <stdint.h>
#include <stdio.h>

/* The six ABIs.  What each has decides which types the generator draws:
 * __int128 only where the ABI defines it (64-bit), __float128 on x86-64;
 * the half-precision types only where every compiler of the run accepts
 * them (struct avail, probed by conform.mk). */
enum arch { ARCH_RISCV, ARCH_AARCH64, ARCH_X86_64 };
struct abi {
    const char *name;       /* lp64d, lp64, ilp32d, ilp32, aapcs64, sysv */
    enum arch arch;
    int xlen;               /* bits in a general register / pointer */
    int fpr;                /* 0: soft float; 64: D (FLEN=64) */
    int ld_bytes;           /* meaningful bytes of long double (x87: 10) */
};
const struct abi *abi_find(const char *name);
extern const struct abi abis[];
extern const int nabis;

enum kind {
    K_BOOL, K_CHAR, K_SCHAR, K_UCHAR, K_SHORT, K_USHORT, K_INT, K_UINT,
    K_LONG, K_ULONG, K_LLONG, K_ULLONG, K_INT128, K_UINT128,
    K_FLOAT, K_DOUBLE, K_LDOUBLE, K_FLOAT128, K_FLOAT16, K_FP16, K_BF16,
    K_CFLOAT, K_CDOUBLE, K_CLDOUBLE,
    K_PTR, K_ENUM, K_VEC, K_STRUCT, K_UNION, K_ARRAY, K_TYPEDEF, K_NKINDS
};

#define MAX_MEMBERS 10
#define MAX_ARGS    20

struct type;
struct member {
    struct type *t;
    int bits;               /* -1: not a bit-field; 0: zero-width (unnamed) */
    int named;              /* 0 for unnamed bit-fields */
    int align;              /* aligned(N) on the member, 0: none */
    int packed;             /* packed on the member (or bit-field) */
    const char *name;       /* NULL: m<index> (a parsed declaration keeps its own) */
};

struct type {
    enum kind k;
    int id;                 /* tag number of a struct/union/enum, typedef number */
    /* struct, union */
    struct member m[MAX_MEMBERS];
    int nm;
    int packed;
    int flex;               /* last member is a flexible array of m[nm-1].t */
    /* array: count (0: GNU zero-length) of elem; vector: elem of vbytes;
     * typedef: elem is the type it names, align its aligned(N) */
    struct type *elem;
    int count;
    int vbytes;
    int align;
    /* enum: the size its constants force (1: fits a byte, 4, 8: a
     * constant past 32 bits), packed (as small as its constants allow) */
    int enum_size;
    int enum_packed;
    int enum_signed;        /* a negative constant: a signed type */
};

/* Where an argument came from: the minimiser drops and shrinks arguments,
 * and the classification removes the ones a reproducer kept. */
struct sig {
    int id;                 /* case number */
    uint64_t seed;          /* the run's seed (reports) */
    struct type *ret;       /* NULL: void */
    struct type *arg[MAX_ARGS];
    int orig[MAX_ARGS];     /* the argument's index in the generated case */
    int nargs;
    int nfixed;             /* nfixed < nargs: variadic from arg[nfixed] on */
    int ntypes;             /* tag numbers used so far */
};

/* The types beyond C11 that every compiler of a run accepts on its ABI
 * (gen --types f16,fp16,bf16; probed by conform.mk). */
struct avail {
    int f16, fp16, bf16;
};
extern struct avail avail;
int avail_parse(const char *list);  /* 0: ok; -1: unknown name */

/* Random source: splitmix64, so a seed gives the same cases everywhere. */
uint64_t rnd_next(uint64_t *s);
int rnd_below(uint64_t *s, int n);

/* Generation (gen_types.c). */
void sig_random(struct sig *s, const struct abi *abi, uint64_t *rng);
void sig_for_case(struct sig *s, const struct abi *abi, uint64_t seed, int id);
struct type *type_new(enum kind k);
struct type *type_clone(const struct type *t);
const struct type *type_strip(const struct type *t);    /* through typedefs */
int type_is_record(const struct type *t);
int kind_is_fp(enum kind k);        /* real or complex floating point */

/* Printing (emit.c). */
void emit_prologue(FILE *f, const struct abi *abi);
void emit_case(FILE *f, const struct sig *s, const struct abi *abi);
void emit_table(FILE *f, const struct sig *cases, int n);
void emit_decl(FILE *f, const struct sig *s);   /* one line, no newline */
int type_leaf_count(const struct type *t);

/* Reading a declaration back (parse.c): the one-line form emit_decl
 * writes, and what a user types for make abi-pair.  0 on success, else
 * -1 with a message in err. */
int sig_parse(struct sig *s, const struct abi *abi, const char *decl, const char *va,
              char *err, size_t errlen);

/* What a case contains (stats.c): counts of each construct the generator
 * is meant to draw, for gen --stats. */
void stats_add(const struct sig *s, const struct abi *abi);
void stats_print(FILE *f, const struct abi *abi, int ncases);

/* Known disagreements (known.c): the class whose exact shape a minimised
 * reproducer has, or NULL.  pair_self: a same-compiler pair differed. */
const char *known_shape(const struct sig *s, const struct abi *abi, int pair_self);

#endif
