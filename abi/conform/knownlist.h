/* abi/conform/knownlist.h: known.txt, the list of known disagreements.
 *
 * Each class is a block (see known.txt for the format): its name, the
 * ABIs it applies to, a regression case (one declaration), which
 * compilers behave alike ("groups"), the compilers that disagree with
 * themselves on it ("self"), and why.  gen appends the regression cases
 * to every run; report checks that they differ exactly as the groups say
 * and credits a minimised disagreement to a class only for a pair of
 * compilers in different groups.
 */
#ifndef CONFORM_KNOWNLIST_H
#define CONFORM_KNOWNLIST_H

#define KL_MAX_CLASSES 48
#define KL_MAX_GROUPS  8

struct kgroups {
    char abis[256];         /* "" or the ABIs this line is for */
    char group[KL_MAX_GROUPS][256];  /* compilers behaving alike, space-separated */
    int ngroups;
};

struct kclass {
    char name[64];
    char abis[256];         /* space-separated */
    char decl[2048];        /* the regression case */
    char va[256];           /* what its "..." is called with, if variadic */
    struct kgroups groups[8];
    int ngroups_lines;
    struct kgroups selfs[8];    /* [abis:] compilers whose own pair differs */
    int nself_lines;
    char why[1024];
};

/* Reads the list; returns the number of classes, or -1 (message on stderr). */
int kl_read(const char *path, struct kclass *out, int max);

/* Is word in a space- or comma-separated list? */
int kl_word_in(const char *word, const char *list);

/* The group number of compiler c for this ABI, or -1 (not listed). */
int kl_group(const struct kclass *k, const char *abi, const char *compiler);

/* Does compiler c disagree with itself on this class on this ABI? */
int kl_self(const struct kclass *k, const char *abi, const char *c);

/* Expected on a pair of compilers (caller a, callee b) for this ABI:
 * 1 differ, 0 agree, -1 not known (a compiler the class does not list). */
int kl_expect(const struct kclass *k, const char *abi, const char *a, const char *b);

#endif
