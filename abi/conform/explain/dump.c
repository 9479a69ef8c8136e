/* abi/conform/explain/dump.c: print what the probe saw (target and host).
 *
 * The generated probe (make explain) fills every byte of every argument
 * with its own tag, calls explain_target (probe_<arch>.S), which saves the
 * argument registers and lands here; then it calls a function returning a
 * tagged value through explain_call_ret.  The host tool (explain.c) finds
 * the tags in these lines:
 *   ex: R a0 <bytes>       an argument register, memory order
 *   ex: S +16 <bytes>      the stack from the incoming sp (+ offset)
 *   ex: D a1 <bytes>       memory a register points to (by reference)
 *   ex: D +8 <bytes>       memory a stack word points to
 *   ex: RET a0 <bytes>     a return register;  ex: RET mem <bytes>: the
 *                          buffer passed as the hidden result pointer
 */
#include <stdio.h>
#include <string.h>

typedef unsigned long word;     /* XLEN on every ABI here */

word explain_regs[10];
unsigned char explain_fregs[8 * 16] __attribute__((aligned(16)));

#if defined(__riscv)
static const char *const rname[] = { "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7" };
enum { NREGS = 8, SP = 8, FSIZE = 8 };
static const char *const fname[] = { "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7" };
#  ifdef __riscv_float_abi_double
enum { NFREGS = 8, NFRET = 2 };
#  else
enum { NFREGS = 0, NFRET = 0 };
#  endif
enum { NRET = 2 };
#elif defined(__aarch64__)
static const char *const rname[] = { "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8" };
enum { NREGS = 9, SP = 9, FSIZE = 16, NFREGS = 8, NRET = 2, NFRET = 4 };
static const char *const fname[] = { "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7" };
#else
static const char *const rname[] = { "rdi", "rsi", "rdx", "rcx", "r8", "r9", "al" };
enum { NREGS = 7, SP = 8, FSIZE = 16, NFREGS = 8, NRET = 2, NFRET = 2 };
static const char *const fname[] = { "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5",
                                     "xmm6", "xmm7" };
static const char *const retname[] = { "rax", "rdx" };
#endif

static void hex(const void *p, unsigned n)
{
    const unsigned char *b = p;

    for (unsigned i = 0; i < n; i++)
        printf("%02x", b[i]);
    printf("\n");
}

/* A value that points near the stack: an argument passed by reference
 * points to a copy in the caller's frame. */
static int near_stack(word v)
{
    word sp = explain_regs[SP];

    return v >= sp - 4096 && v < sp + 65536;
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
    for (int off = 0; off < 256; off += (int)sizeof(word)) {
        printf("ex: S +%d ", off);
        hex((void *)(sp + (word)off), sizeof(word));
    }
    for (int i = 0; i < NREGS; i++)
        if (near_stack(explain_regs[i])) {
            printf("ex: D %s ", rname[i]);
            hex((void *)explain_regs[i], 64);
        }
    for (int off = 0; off < 256; off += (int)sizeof(word)) {
        word v;
        memcpy(&v, (void *)(sp + (word)off), sizeof v);
        if (near_stack(v)) {
            printf("ex: D +%d ", off);
            hex((void *)v, 64);
        }
    }
}

void explain_run_args(void);
void *explain_ret_fn(void);             /* the real type is in the probe */
void explain_call_ret(void *fn, void *buf);
extern const int explain_has_ret;

int main(void)
{
    static unsigned char buf[256] __attribute__((aligned(16)));

    setvbuf(stdout, NULL, _IONBF, 0);
    printf("ex: begin\n");
    explain_run_args();
    if (explain_has_ret) {
        memset(buf, 0, sizeof buf);
        memset(explain_regs, 0, sizeof explain_regs);
        memset(explain_fregs, 0, sizeof explain_fregs);
        explain_call_ret((void *)explain_ret_fn, buf);
        for (int i = 0; i < NRET; i++) {
#if defined(__x86_64__)
            printf("ex: RET %s ", retname[i]);
#else
            printf("ex: RET %s ", rname[i]);
#endif
            hex(&explain_regs[i], sizeof(word));
        }
        for (int i = 0; i < NFRET; i++) {
            printf("ex: RET %s ", fname[i]);
            hex(explain_fregs + FSIZE * i, FSIZE);
        }
#if defined(__x86_64__)
        printf("ex: RET st0 ");
        hex(explain_fregs + 32, 10);
#endif
        printf("ex: RET mem ");
        hex(buf, 64);
    }
    printf("ex: end\n");
    return 0;
}
