/*
 * insncount: a QEMU TCG plugin that counts guest instructions exactly and
 * notes the count when execution first reaches given addresses.  `make run
 * COUNT=1` (tools/runner/kitrun.c, --count) and `make bench` load it.
 *
 *   qemu-system-... -plugin insncount.so,out=FILE,main=0x80000104,_exit=0x...
 *
 * Every argument but the options below is NAME=ADDRESS.  At exit FILE gets
 *   NAME COUNT        one line per mark that was reached: the number of
 *                     instructions executed before the first one at ADDRESS
 *   total COUNT       every instruction executed, reset to the end
 *
 * Counting is per instruction, not per translation block: QEMU emits an
 * inline add in front of each guest instruction, so a block left early (a
 * trap, a semihosting call, an I/O access under -icount) counts only what
 * ran.  A mark is an execution callback on the instruction at ADDRESS;
 * QEMU runs it before that instruction's inline add, so the count it
 * sees excludes the marked instruction (bench/README.md shows the check).
 *
 * profile=FILE (with profile_until=NAME, a mark): also count per
 * instruction address, and write "ADDRESS COUNT-UNTIL-NAME COUNT" lines,
 * for benchtab's profile command to fold into functions.
 *
 * time=1: time instead of count.  No instruction is counted (an inline add
 * per instruction slows QEMU down, and by how much depends on the code);
 * each line is "NAME WALL CPU": the host's monotonic clock and the CPU
 * time of the thread that runs the guest, both in nanoseconds since QEMU
 * loaded the plugin ("total": at exit).  A mark's callback runs on the
 * vCPU's own thread, so CPU leaves out the time the host gave to other
 * processes, which WALL includes.  Two callbacks on two instructions cost
 * nothing measurable: bench_end - bench_begin is the time of what the
 * program brackets, without QEMU's start-up and the guest's boot
 * (docs/benchmarking.md).
 *
 * Only the API calls used here are declared, from QEMU 7.2's plugin
 * interface (QEMU_PLUGIN_VERSION 1): Debian ships the plugin loader in
 * qemu-system-* but not the header.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- The QEMU plugin API, the part this plugin uses ------------------ */
#define EXPORT __attribute__((visibility("default")))

typedef uint64_t qemu_plugin_id_t;
typedef struct {
    const char *target_name;
    struct { int min, cur; } version;
    bool system_emulation;
    union { struct { int smp_vcpus, max_vcpus; } system; };
} qemu_info_t;
struct qemu_plugin_tb;
struct qemu_plugin_insn;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS };
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 };

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
        void (*cb)(qemu_plugin_id_t, struct qemu_plugin_tb *));
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb,
                                                 size_t idx);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn *insn,
        enum qemu_plugin_op op, void *ptr, uint64_t imm);
void qemu_plugin_register_vcpu_insn_exec_cb(struct qemu_plugin_insn *insn,
        void (*cb)(unsigned int vcpu, void *udata),
        enum qemu_plugin_cb_flags flags, void *udata);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id,
        void (*cb)(qemu_plugin_id_t, void *), void *udata);

EXPORT int qemu_plugin_version = 1;
/* ---------------------------------------------------------------------- */

#define MAX_MARKS 16

struct mark {
    const char *name;
    uint64_t addr;
    uint64_t count;             /* time=1: wall-clock nanoseconds */
    uint64_t cpu;               /* time=1: the vCPU thread's CPU nanoseconds */
    bool reached;
};

static struct mark marks[MAX_MARKS];
static int n_marks;
static uint64_t insns;          /* the programs measured here run on one vCPU */
static const char *out_path;
static bool timing;             /* time=1 */
static uint64_t wall0;

/* A host clock in nanoseconds: CLOCK_MONOTONIC (wall) or
 * CLOCK_THREAD_CPUTIME_ID (the calling thread's CPU time). */
static uint64_t ns(clockid_t clock)
{
    struct timespec ts;

    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The profile: a counter per instruction address, in an open-addressing
 * table that is never more than half full. */
struct pc_count {
    uint64_t pc;
    uint64_t count;
    uint64_t until;             /* count when profile_until was reached */
};

#define PROFILE_SLOTS (1u << 20)

static const char *profile_path, *profile_until;
static struct pc_count *pcs;
static size_t pcs_used;

static struct pc_count *pc_slot(uint64_t pc)
{
    size_t i = (size_t)((pc >> 1) * 0x9e3779b97f4a7c15ull >> 44) & (PROFILE_SLOTS - 1);

    while (pcs[i].pc != pc && pcs[i].pc != UINT64_MAX)
        i = (i + 1) & (PROFILE_SLOTS - 1);
    if (pcs[i].pc == UINT64_MAX) {
        if (pcs_used >= PROFILE_SLOTS / 2)
            return NULL;
        pcs_used++;
        pcs[i].pc = pc;
    }
    return &pcs[i];
}

static void on_mark(unsigned int vcpu, void *udata)
{
    struct mark *m = udata;
    size_t i;

    (void)vcpu;
    if (m->reached)
        return;
    m->reached = true;
    m->count = timing ? ns(CLOCK_MONOTONIC) - wall0 : insns;
    m->cpu = timing ? ns(CLOCK_THREAD_CPUTIME_ID) : 0;
    if (pcs && profile_until && strcmp(m->name, profile_until) == 0)
        for (i = 0; i < PROFILE_SLOTS; i++)
            pcs[i].until = pcs[i].count;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    size_t i, n = qemu_plugin_tb_n_insns(tb);
    int k;

    (void)id;
    for (i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t pc = qemu_plugin_insn_vaddr(insn);
        struct pc_count *slot;

        for (k = 0; k < n_marks; k++)
            if (marks[k].addr == pc)
                qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark,
                        QEMU_PLUGIN_CB_NO_REGS, &marks[k]);
        if (timing)
            continue;
        qemu_plugin_register_vcpu_insn_exec_inline(insn,
                QEMU_PLUGIN_INLINE_ADD_U64, &insns, 1);
        if (pcs && (slot = pc_slot(pc)) != NULL)
            qemu_plugin_register_vcpu_insn_exec_inline(insn,
                    QEMU_PLUGIN_INLINE_ADD_U64, &slot->count, 1);
    }
}

static void write_profile(void)
{
    FILE *f = fopen(profile_path, "w");
    size_t i;

    if (!f) {
        perror(profile_path);
        return;
    }
    if (pcs_used >= PROFILE_SLOTS / 2)
        fprintf(f, "# truncated: more than %u instruction addresses\n",
                PROFILE_SLOTS / 2);
    for (i = 0; i < PROFILE_SLOTS; i++)
        if (pcs[i].pc != UINT64_MAX)
            fprintf(f, "0x%llx %llu %llu\n", (unsigned long long)pcs[i].pc,
                    (unsigned long long)pcs[i].until,
                    (unsigned long long)pcs[i].count);
    fclose(f);
}

static void report(qemu_plugin_id_t id, void *udata)
{
    FILE *f = out_path ? fopen(out_path, "w") : stderr;
    int k;

    (void)id;
    (void)udata;
    if (!f) {
        perror(out_path);
        return;
    }
    for (k = 0; k < n_marks; k++) {
        if (!marks[k].reached)
            continue;
        fprintf(f, "%s %llu", marks[k].name, (unsigned long long)marks[k].count);
        if (timing)
            fprintf(f, " %llu", (unsigned long long)marks[k].cpu);
        fprintf(f, "\n");
    }
    if (timing)         /* CPU time at exit: this thread is not the vCPU's */
        fprintf(f, "total %llu\n", (unsigned long long)(ns(CLOCK_MONOTONIC) - wall0));
    else
        fprintf(f, "total %llu\n", (unsigned long long)insns);
    if (f != stderr)
        fclose(f);
    if (pcs)
        write_profile();
}

EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info,
                               int argc, char **argv)
{
    int i;

    (void)info;
    for (i = 0; i < argc; i++) {
        char *eq = strchr(argv[i], '=');

        if (!eq) {
            fprintf(stderr, "insncount: argument '%s' is not NAME=VALUE\n", argv[i]);
            return -1;
        }
        *eq = '\0';
        if (strcmp(argv[i], "out") == 0) {
            out_path = eq + 1;
        } else if (strcmp(argv[i], "profile") == 0) {
            profile_path = eq + 1;
        } else if (strcmp(argv[i], "profile_until") == 0) {
            profile_until = eq + 1;
        } else if (strcmp(argv[i], "time") == 0) {
            timing = strcmp(eq + 1, "1") == 0;
        } else if (n_marks < MAX_MARKS) {
            marks[n_marks].name = argv[i];
            marks[n_marks].addr = strtoull(eq + 1, NULL, 0);
            n_marks++;
        } else {
            fprintf(stderr, "insncount: more than %d marks\n", MAX_MARKS);
            return -1;
        }
    }
    wall0 = ns(CLOCK_MONOTONIC);
    if (profile_path && !timing) {
        pcs = malloc(PROFILE_SLOTS * sizeof *pcs);
        if (!pcs)
            return -1;
        memset(pcs, 0, PROFILE_SLOTS * sizeof *pcs);
        for (i = 0; i < (int)PROFILE_SLOTS; i++)
            pcs[i].pc = UINT64_MAX;
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, report, NULL);
    return 0;
}
