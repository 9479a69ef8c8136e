/* kit-test: HEAP_CHECK=1 names a double free and a write past a block, with the caller's pc and the malloc's, exit 134
 * case: double free | stdin: d\n | expect: kit: heap check: double free: 0x | expect: , a block of 24 bytes, freed already\n  pc 0x | expect:   pc: main+ | expect:   allocated at pc 0x | expect:   allocated pc: main+
 * case: overrun | stdin: o\n | expect: kit: heap check: write past the end of the block at 0x | expect: , a block of 24 bytes: found when it was freed or reallocated\n  pc 0x | expect:   pc: main+ | expect:   allocated pc: main+
 * case: not from malloc | stdin: n\n | expect: kit: heap check: free of 0x | expect: which malloc did not return | expect:   pc: main+
 * scope: arch
 * stdin-after: which?
 * expect: strdup, realloc, calloc, memalign: fine
 * expect-not: after the bug
 * expect-exit: 134
 */
/* Linked with HEAP_CHECK=1's flags (tests/tests.mk): malloc, free and
 * their kin are platform/heap_check.c's, on all three C libraries.  A
 * correct use of each passes first; then the bug.  Before, each bug
 * passed silently and the program exited 0. */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Out of line, so that the compiler cannot see the bug and drop it. */
static __attribute__((noinline)) void write_bytes(char *p, size_t n)
{
    memset(p, 'A', n);
}

static int correct(void)
{
    char *s = strdup("a string"), *r = realloc(s, 100), *z = calloc(8, 4);
    char *a = memalign(64, 40);
    int ok = s && r && z && a && !strcmp(r, "a string") && !z[31]
             && ((uintptr_t)a & 63) == 0;

    free(r);
    free(z);
    free(a);
    free(NULL);
    return ok;
}

int main(void)
{
    static char not_from_malloc[64];
    char line[8], *p = malloc(24);
    char *volatile again = p;

    printf("strdup, realloc, calloc, memalign: %s\n", correct() ? "fine" : "WRONG");
    printf("which?\n");
    if (!p || !fgets(line, sizeof line, stdin))
        return 3;
    switch (line[0]) {
    case 'd':
        free(p);
        free(again);
        break;
    case 'o':
        write_bytes(p, 25);
        free(p);
        break;
    case 'n':
        free(not_from_malloc + 32);
        break;
    default:
        return 3;
    }
    printf("after the bug\n");
    return 0;
}
