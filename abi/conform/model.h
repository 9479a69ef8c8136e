/* abi/conform/model.h: the generator's model of a C function signature.
 *
 * A case is a function: a return type and argument types, some of them
 * variadic.  A type is a tree (scalars, structs, unions, arrays, vectors).
 * The same model is printed as C (the caller half, the callee half and the
 * one-line declaration in the reports) and shrunk by the minimiser.
 */
#ifndef CONFORM_MODEL_H
#define CONFORM_MODEL_H

#include <stdint.h>
#include <stdio.h>

/* The six ABIs.  What each has decides which types the generator draws:
 * __int128 only where the ABI defines it (64-bit), vectors where GCC and
 * clang agree on a vector ABI to test (AArch64 HVA, x86-64 SSE). */
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
    K_FLOAT, K_DOUBLE, K_LDOUBLE, K_FLOAT128, K_CFLOAT, K_CDOUBLE,
    K_PTR, K_ENUM, K_VEC, K_STRUCT, K_UNION, K_ARRAY, K_NKINDS
};

#define MAX_MEMBERS 8
#define MAX_ARGS    20

struct type;
struct member {
    struct type *t;
    int bits;               /* -1: not a bit-field; 0: zero-width (unnamed) */
    int named;              /* 0 for unnamed bit-fields */
    int align;              /* aligned(N) on the member, 0: none */
};

struct type {
    enum kind k;
    int id;                 /* tag number of a struct/union/enum */
    /* struct, union */
    struct member m[MAX_MEMBERS];
    int nm;
    int packed;
    int flex;               /* last member is a flexible array of m[nm-1].t */
    /* array: count (0: GNU zero-length) of elem; vector: elem of vbytes */
    struct type *elem;
    int count;
    int vbytes;
    /* enum: constants fit in a byte (so -fshort-enums shrinks it) or not */
    int enum_big;
};

struct sig {
    int id;                 /* case number */
    uint64_t seed;          /* the run's seed (reports) */
    struct type *ret;       /* NULL: void */
    struct type *arg[MAX_ARGS];
    int nargs;
    int nfixed;             /* nfixed < nargs: variadic from arg[nfixed] on */
    int ntypes;             /* tag numbers used so far */
};

/* Random source: splitmix64, so a seed gives the same cases everywhere. */
uint64_t rnd_next(uint64_t *s);
int rnd_below(uint64_t *s, int n);

/* Generation (gen_types.c). */
void sig_random(struct sig *s, const struct abi *abi, uint64_t *rng);
void sig_for_case(struct sig *s, const struct abi *abi, uint64_t seed, int id);
struct type *type_new(enum kind k);
struct type *type_clone(const struct type *t);

/* Printing (emit.c). */
void emit_prologue(FILE *f, const struct abi *abi);
void emit_case(FILE *f, const struct sig *s, const struct abi *abi);
void emit_table(FILE *f, const struct sig *cases, int n);
void emit_decl(FILE *f, const struct sig *s);   /* one line, no newline */
int type_leaf_count(const struct type *t);

/* Known disagreements (known.c): the class names a case contains, comma
 * separated ("-" for none); returns how many. */
int known_tags(const struct sig *s, const struct abi *abi, char *buf, size_t n);

#endif
