/* abi/conform/harness.c: runs every generated case of one image.
 *
 * Built by GCC on each target (linked with the kit) and natively on the
 * host.  The caller half (cases.c built without CF_CALLEE, by compiler A)
 * supplies cf_runners[]; the callee half (cases.c with CF_CALLEE, by
 * compiler B) supplies the cf_f<id> functions.  Each runner fills the
 * arguments, calls the callee and checks the value returned; the callee
 * checks each argument.  Both report through cf_check() below.
 *
 * Output, read by abi/conform/report.c (which adds the ABI, the compilers,
 * the seed and the declaration):
 *   cf: begin 200 0                cases, the index it starts from
 *   cf: C 17 12 300                case 17 (index 12) starts, 300 leaves
 *                                  checked so far: places a crash
 *   cf: M 17 arg3.m0[1] 2a2b2c2d 2e2f3031   expected, then received bytes
 *   cf: N 17 5                     the callee of case 17 was not entered
 *   cf: end 200 4711 0             cases, leaves checked, mismatches
 */
#include <stdio.h>
#include <string.h>

extern void (*const cf_runners[])(void);
extern const unsigned cf_ids[];
extern const unsigned cf_ncases;

static unsigned cf_case, cf_entered;

/* Where to start: run.c patches the word after the marker in a copy of
 * the image to go on after a case that crashed it.  volatile: read from
 * memory, as loaded, not folded by the compiler. */
volatile unsigned cf_start[2] = { 0xcf5a47a7u, 0 };
static unsigned long cf_checks, cf_bad;

static void hex(const void *p, unsigned n)
{
    const unsigned char *b = p;

    for (unsigned i = 0; i < n; i++)
        printf("%02x", b[i]);
}

void cf_check(const void *e, const void *g, unsigned n, const char *path)
{
    cf_checks++;
    if (!memcmp(e, g, n))
        return;
    cf_bad++;
    printf("cf: M %u %s ", cf_case, path);
    hex(e, n);
    printf(" ");
    hex(g, n);
    printf("\n");
}

/* The callee's first act: which case it believes it is. */
void cf_enter(unsigned id)
{
    cf_entered = id;
}

int main(void)
{
    /* Unbuffered: if a case crashes the image, what came before is out. */
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("cf: begin %u %u\n", cf_ncases, cf_start[1]);
    for (unsigned i = cf_start[1]; i < cf_ncases; i++) {
        cf_case = cf_ids[i];
        cf_entered = ~0u;
        printf("cf: C %u %u %lu\n", cf_case, i, cf_checks);
        cf_runners[i]();
        if (cf_entered != cf_case) {
            cf_bad++;
            printf("cf: N %u %d\n", cf_case, (int)cf_entered);
        }
    }
    printf("cf: end %u %lu %lu\n", cf_ncases, cf_checks, cf_bad);
    return 0;
}
