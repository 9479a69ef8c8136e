/* abi/conform/explain/dump.c: what the probe saw, and what each side reads.
 *
 * The generated probe (make explain) fills every byte of every argument
 * with its own tag and calls explain_target (probe_<arch>.S), which saves
 * the argument registers and lands here.  A tag found in a register is
 * not yet where the argument is: a compiler may leave a stale copy in a
 * scratch register (GCC 12 moves an ilp32d variadic double through fa5).
 * So each place is confirmed from the other side: the real callee, built
 * by the same compiler (explain_callee, which copies what it received),
 * is replayed with the same registers and stack, then once more with each
 * register, stack word or pointed-to block changed; the bytes of what it
 * received that change with a place are the bytes it reads from there.
 * The result is probed the same way from the caller's side: a caller
 * built by the compiler (explain_ret_reader) gets the tagged result from
 * a stub that returns what the real callee returned, one place changed at
 * a time.  Lines for the host tool (explain.c):
 *   ex: R a0 <bytes>         an argument register, memory order
 *   ex: S +16 <bytes>        the stack from the incoming sp (+ offset)
 *   ex: D a1 <bytes>         memory a register points to (by reference)
 *   ex: D +8 <bytes>         memory a stack word points to
 *   ex: P R a1 0:0-7 1:4-5   changing a1 changed bytes 0-7 of argument 0..
 *   ex: RET a0 <bytes>       a return register; RET mem: the result buffer
 *   ex: RETADDR a0           the register the caller passes the result's
 *                            address in
 *   ex: PR a0 0-7            changing a0 changed these bytes of the result
 *                            the caller read
 */
#include <stdio.h>
#include <string.h>

typedef unsigned long word;     /* XLEN on every ABI here */

word explain_regs[10];
unsigned char explain_fregs[8 * 16 + 16] __attribute__((aligned(16)));
/* explain_replay's registers and stack, and what it keeps */
word explain_rregs[10];
unsigned char explain_rfregs[8 * 16] __attribute__((aligned(16)));
word explain_rsp;
word explain_replay_save[24];
unsigned char explain_replay_fsave[12 * 8];
/* explain_ret_stub's */
word explain_stub_in[10];
int explain_stub_memreg = -1;
unsigned char explain_stub_mem[512];
unsigned explain_stub_memlen;
word explain_stub_ret[2];
unsigned char explain_stub_fret[64] __attribute__((aligned(16)));
int explain_stub_st0, explain_has_st0;

#if defined(__riscv)
static const char *const rname[] = { "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7" };
enum { NREGS = 8, NARGREGS = 8, SP = 8, FSIZE = 8 };
static const char *const fname[] = { "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7" };
#  ifdef __riscv_float_abi_double
enum { NFREGS = 8, NFRET = 2 };
#  else
enum { NFREGS = 0, NFRET = 0 };
#  endif
enum { NRET = 2 };
#  define retname rname
#elif defined(__aarch64__)
static const char *const rname[] = { "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8" };
/* x8 is not an argument: the result's address (changed, a callee would
 * write its result anywhere; the replay never lets it get that far) */
enum { NREGS = 9, NARGREGS = 8, SP = 9, FSIZE = 16, NFREGS = 8, NRET = 2, NFRET = 4 };
static const char *const fname[] = { "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7" };
#  define retname rname
#else
static const char *const rname[] = { "rdi", "rsi", "rdx", "rcx", "r8", "r9", "al" };
/* al (how many vector registers a variadic call used) is not a place */
enum { NREGS = 7, NARGREGS = 6, SP = 8, FSIZE = 16, NFREGS = 8, NRET = 2, NFRET = 2 };
static const char *const fname[] = { "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5",
                                     "xmm6", "xmm7" };
static const char *const retname[] = { "rax", "rdx" };
#endif

enum { STACK = 256, BLOCK = 64, MAXP = 32 };

/* From the generated probe. */
extern const int explain_nparams, explain_has_ret;
extern void *const explain_got_ptr[];
extern const unsigned explain_got_size[];
extern unsigned char explain_got_ret[];
extern const unsigned explain_ret_size;
void explain_callee(void);              /* the real type is in the probe */
void explain_ret_reader(void);
void *explain_ret_fn(void);
void explain_run_args(void);
/* From probe_<arch>.S. */
void explain_replay(void *fn);
void explain_call_ret(void *fn, void *buf);

static void hex(const void *p, unsigned n)
{
    const unsigned char *b = p;

    for (unsigned i = 0; i < n; i++)
        printf("%02x", b[i]);
    printf("\n");
}

/* The highest address the dumper reads: the top of deep()'s frame (above
 * it, main's frame and then the stack's guard, which faults). */
static word limit;

/* A value that points near the stack: an argument passed by reference
 * points to a copy in the caller's frame. */
static int near(word v, word sp)
{
    return v >= sp - 4096 && v < sp + 65536 && (!limit || v + BLOCK <= limit);
}

/* ---- the arguments --------------------------------------------------------- */

static unsigned char stack_copy[STACK];
static unsigned char rstack[16384 + STACK] __attribute__((aligned(16)));
static unsigned char base[MAXP][512], got[MAXP][512];

/* Run the callee on the saved registers and stack (as changed by the
 * caller of this function); what it received goes to `out`. */
static void replay(unsigned char (*out)[512])
{
    memcpy(rstack + 16384, stack_copy, STACK);
    explain_rsp = (word)(rstack + 16384);
    for (int i = 0; i < explain_nparams && i < MAXP; i++)
        memset(explain_got_ptr[i], 0, explain_got_size[i]);
    explain_replay((void *)explain_callee);
    for (int i = 0; i < explain_nparams && i < MAXP; i++)
        memcpy(out[i], explain_got_ptr[i], explain_got_size[i] < 512 ? explain_got_size[i] : 512);
}

static void reset(void)
{
    memcpy(explain_rregs, explain_regs, sizeof explain_rregs);
    memcpy(explain_rfregs, explain_fregs, sizeof explain_rfregs);
    memcpy(stack_copy, (void *)explain_regs[SP], STACK);
}

static void flip(void *p, unsigned n)
{
    unsigned char *b = p;

    for (unsigned i = 0; i < n; i++)
        b[i] ^= 0xff;
}

/* Which received bytes differ from the baseline: "i:a-b,c-d ..." */
static void changed(const char *kind, const char *name)
{
    int any = 0;

    for (int i = 0; i < explain_nparams && i < MAXP; i++) {
        unsigned n = explain_got_size[i] < 512 ? explain_got_size[i] : 512;
        for (unsigned j = 0; j < n;) {
            unsigned k = j;
            if (got[i][j] == base[i][j]) {
                j++;
                continue;
            }
            while (k < n && got[i][k] != base[i][k])
                k++;
            if (!any)
                printf("ex: P %s %s", kind, name);
            printf(" %d:%u-%u", i, j, k - 1);
            any = 1;
            j = k;
        }
    }
    if (any)
        printf("\n");
}

/* Change one place at a time and replay. */
static void confirm_args(void)
{
    word sp = explain_regs[SP];
    char name[16];

    reset();
    replay(base);
    for (int i = 0; i < explain_nparams && i < MAXP; i++) {
        printf("ex: G %d ", i);
        hex(base[i], explain_got_size[i] < 512 ? explain_got_size[i] : 512);
    }
    /* a register or stack word that points to a copy is confirmed by
     * changing the copy (below): changed itself, the callee would read
     * through a wild pointer */
    for (int r = 0; r < NARGREGS; r++) {
        if (near(explain_regs[r], sp))
            continue;
        reset();
        flip(&explain_rregs[r], sizeof(word));
        replay(got);
        changed("R", rname[r]);
    }
    for (int r = 0; r < NFREGS; r++) {
        reset();
        flip(explain_rfregs + FSIZE * r, FSIZE);
        replay(got);
        changed("R", fname[r]);
    }
    for (int off = 0; off < STACK; off += (int)sizeof(word)) {
        if (near(*(word *)(sp + (word)off), sp))
            continue;
        reset();
        flip(stack_copy + off, sizeof(word));
        replay(got);
        snprintf(name, sizeof name, "+%d", off);
        changed("S", name);
    }
    /* memory behind a pointer: changed in place, then put back; only the
     * caller's frame (at or above sp: below it is this function's own) */
    for (int r = 0; r < NARGREGS + STACK / (int)sizeof(word); r++) {
        word v = r < NARGREGS ? explain_regs[r]
                              : *(word *)(sp + (word)(r - NARGREGS) * sizeof(word));
        if (!near(v, sp) || v < sp)
            continue;
        reset();
        flip((void *)v, BLOCK);
        replay(got);
        flip((void *)v, BLOCK);
        if (r < NARGREGS)
            changed("D", rname[r]);
        else {
            snprintf(name, sizeof name, "+%d", (int)((r - NARGREGS) * sizeof(word)));
            changed("D", name);
        }
    }
}

void explain_dump_args(void)
{
    word sp = explain_regs[SP];

    for (int i = 0; i < NREGS; i++) {
        printf("ex: R %s ", rname[i]);
        hex(&explain_regs[i], sizeof(word));
    }
    for (int i = 0; i < NFREGS; i++) {
        printf("ex: R %s ", fname[i]);
        hex(explain_fregs + FSIZE * i, FSIZE);
    }
    for (int off = 0; off < STACK; off += (int)sizeof(word)) {
        printf("ex: S +%d ", off);
        hex((void *)(sp + (word)off), sizeof(word));
    }
    for (int i = 0; i < NREGS; i++)
        if (near(explain_regs[i], sp)) {
            printf("ex: D %s ", rname[i]);
            hex((void *)explain_regs[i], BLOCK);
        }
    for (int off = 0; off < STACK; off += (int)sizeof(word)) {
        word v;
        memcpy(&v, (void *)(sp + (word)off), sizeof v);
        if (near(v, sp)) {
            printf("ex: D +%d ", off);
            hex((void *)v, BLOCK);
        }
    }
    confirm_args();
}

/* ---- the result ---------------------------------------------------------------- */

static unsigned char rbase[512], rgot[512];
static word cb_ret[2];
static unsigned char cb_fret[64], cb_mem[512];

/* Run the caller (on a clean stack, argument registers zeroed) against
 * the stub; what it read goes to `out`. */
static void read_result(unsigned char *out)
{
    memset(explain_rregs, 0, sizeof explain_rregs);
    memset(explain_rfregs, 0, sizeof explain_rfregs);
    explain_rsp = (word)(rstack + 16384);
    memset(explain_got_ret, 0, explain_ret_size);
    explain_replay((void *)explain_ret_reader);
    memcpy(out, explain_got_ret, explain_ret_size < 512 ? explain_ret_size : 512);
}

static void stub_reset(int memreg)
{
    memcpy(explain_stub_ret, cb_ret, sizeof cb_ret);
    memcpy(explain_stub_fret, cb_fret, sizeof cb_fret);
    memcpy(explain_stub_mem, cb_mem, sizeof cb_mem);
    explain_stub_memlen = explain_ret_size < 512 ? explain_ret_size : 512;
    explain_stub_memreg = memreg;
    explain_stub_st0 = explain_has_st0;
}

static void probe_result(void)
{
    static unsigned char buf[512] __attribute__((aligned(16)));
    unsigned n = explain_ret_size < 512 ? explain_ret_size : 512;
    int memreg = -1;

    /* the callee's side: where it leaves the tagged result */
    memset(buf, 0, sizeof buf);
    memset(explain_regs, 0, sizeof explain_regs);
    memset(explain_fregs, 0, sizeof explain_fregs);
    explain_call_ret((void *)explain_ret_fn, buf);
    for (int i = 0; i < NRET; i++) {
        printf("ex: RET %s ", retname[i]);
        hex(&explain_regs[i], sizeof(word));
    }
    for (int i = 0; i < NFRET; i++) {
        printf("ex: RET %s ", fname[i]);
        hex(explain_fregs + FSIZE * i, FSIZE);
    }
    if (explain_has_st0) {
        printf("ex: RET st0 ");
        hex(explain_fregs + 32, 10);
    }
    printf("ex: RET mem ");
    hex(buf, n < BLOCK ? BLOCK : n);
    memcpy(cb_ret, explain_regs, sizeof cb_ret);
    memcpy(cb_fret, explain_fregs, sizeof cb_fret);
    memcpy(cb_mem, buf, sizeof cb_mem);

    /* the caller's side: which register carries the result's address? */
    stub_reset(-1);
    read_result(rbase);
    {
        word in[10];
        memcpy(in, explain_stub_in, sizeof in);
        for (int r = 0; r < NREGS && memreg < 0; r++) {
            /* a pointer into the caller's frame, or straight to where it
             * copies the result */
            if (!near(in[r], (word)(rstack + 16384)) && in[r] != (word)explain_got_ret)
                continue;
            stub_reset(r);
            read_result(rgot);
            if (!memcmp(rgot, cb_mem, n))
                memreg = r;
        }
    }
    if (memreg >= 0)
        printf("ex: RETADDR %s\n", rname[memreg]);
    stub_reset(memreg);
    read_result(rbase);
    printf("ex: GR ");
    hex(rbase, n);
    for (int i = 0; i < NRET + NFRET + 2; i++) {
        const char *name;
        stub_reset(memreg);
        if (i < NRET) {
#if defined(__x86_64__)
            if (memreg >= 0 && i == 0)
                continue;               /* rax is the address then */
#endif
            flip(&explain_stub_ret[i], sizeof(word));
            name = retname[i];
        } else if (i < NRET + NFRET) {
            flip(explain_stub_fret + FSIZE * (i - NRET), FSIZE);
            name = fname[i - NRET];
        } else if (i == NRET + NFRET) {
            if (!explain_has_st0)
                continue;
            flip(explain_stub_fret + 32, 10);
            name = "st0";
        } else {
            if (memreg < 0)
                continue;
            flip(explain_stub_mem, n);
            name = "mem";
        }
        read_result(rgot);
        if (memcmp(rgot, rbase, n)) {
            printf("ex: PR %s", name);
            for (unsigned j = 0; j < n;) {
                unsigned k = j;
                if (rgot[j] == rbase[j]) {
                    j++;
                    continue;
                }
                while (k < n && rgot[k] != rbase[k])
                    k++;
                printf(" %u-%u", j, k - 1);
                j = k;
            }
            printf("\n");
        }
    }
}

/* The probe's call made from below a frame of 1 KiB: the stack lines read
 * 256 bytes above the stand-in's sp, which must not run past the top of
 * the stack (the kit guards what lies above it). */
static void __attribute__((noinline)) deep(void)
{
    volatile unsigned char pad[1024];

    pad[0] = 0;
    limit = (word)pad + sizeof pad;
    explain_run_args();
    limit = 0;
    pad[1] = pad[0];
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("ex: begin\n");
    deep();
    if (explain_has_ret)
        probe_result();
    printf("ex: end\n");
    return 0;
}
