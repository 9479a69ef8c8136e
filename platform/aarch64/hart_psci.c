/*
 * Starting cores on AArch64 virt: PSCI (Arm DEN 0022, "Power State
 * Coordination Interface") when the machine has it, else the kit's own
 * release slots.
 *
 * CPU_ON (5.1.4) powers a core on at `entry` in the caller's exception
 * level with the MMU off; CPU_OFF (5.1.3) powers the calling core down.
 * The call goes through HVC or SMC, the "conduit", which the devicetree's
 * /psci node names in its `method` property (Linux's bindings,
 * arm/psci.yaml).  QEMU 7.2 virt: "hvc" for a machine entered at EL1,
 * "smc" with virtualization=on (an HVC there goes to EL2, where nothing
 * answers: the hang this file used to have).  With secure=on QEMU has no
 * PSCI at all and no /psci node: every core starts at _start, and crt0
 * keeps the others in a wfe loop on kit_release_slots; writing a core's
 * slot sends it to kit_secondary_entry (the spin-table way, as on the
 * Raspberry Pi).  BOARD_PSCI is the conduit when there is no devicetree.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "board_config.h"
#include "../arch.h"
#include "../platform.h"

#define PSCI_CPU_OFF        0x84000002u
#define PSCI_CPU_ON_64      0xc4000003u
#define PSCI_SUCCESS        0
#define PSCI_NOT_SUPPORTED  (-1)
#define PSCI_INVALID_PARAMS (-2)
#define PSCI_ALREADY_ON     (-4)
#define PSCI_ON_PENDING     (-5)

#define STR_(x) #x
#define STR(x)  STR_(x)

enum conduit { UNKNOWN, HVC, SMC, NONE };
static enum conduit conduit;

/* Where crt0's waiting cores look (one 64-bit slot a core), in .data so
 * that it is zero from the first instruction on, before .bss is cleared. */
uint64_t kit_release_slots[KIT_MAX_HARTS] __attribute__((section(".data")));

/* Read once, at the first start (platform/devicetree.c reads /psci; a
 * blob it refused, or none, leaves the board file's conduit). */
static enum conduit find_conduit(void)
{
    const char *method = kit_devicetree_psci();

    if (!method)
        return !strcmp(STR(KIT_PSCI_CONDUIT), "smc") ? SMC : HVC;
    if (!strcmp(method, "smc"))
        return SMC;
    if (!strcmp(method, "hvc"))
        return HVC;
    return NONE;
}

/* SMC Calling Convention (Arm DEN 0028): function id in w0, arguments in
 * x1-x3, result in x0. */
static long psci_call(uint64_t fn, uint64_t a1, uint64_t a2, uint64_t a3)
{
    register uint64_t x0 __asm__("x0") = fn;
    register uint64_t x1 __asm__("x1") = a1;
    register uint64_t x2 __asm__("x2") = a2;
    register uint64_t x3 __asm__("x3") = a3;

    if (conduit == SMC)
        __asm__ volatile("smc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3)
                         :: "memory");
    else
        __asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3)
                         :: "memory");
    return (long)x0;
}

static int release(unsigned hart)
{
    volatile uint64_t *slot = &kit_release_slots[hart];

    *slot = (uint64_t)(uintptr_t)kit_secondary_entry;
    /* The waiting core reads with its caches off: clean the slot to
     * memory (dc civac) before waking it. */
    __asm__ volatile("dc civac, %0\n dsb sy\n sev" :: "r"(slot) : "memory");
    return 0;
}

int kit_arch_hart_wake(unsigned hart)
{
    long r;

    if (conduit == UNKNOWN)
        conduit = find_conduit();
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (conduit == NONE)
        return release(hart);
    /* Target: MPIDR affinity; QEMU virt gives core n Aff0 = n (n < 8). */
    r = psci_call(PSCI_CPU_ON_64, hart, (uint64_t)(uintptr_t)kit_secondary_entry, 0);
    switch (r) {
    case PSCI_SUCCESS:        return 0;
    case PSCI_ALREADY_ON:
    case PSCI_ON_PENDING:     return -EBUSY;
    case PSCI_INVALID_PARAMS: return -EINVAL;
    default:                  return -ENOSYS;
    }
}

void kit_arch_hart_wait(unsigned hart)
{
    (void)hart;                 /* started for this run: the mailbox is ready */
}

/* PSCI: power the core off (CPU_ON starts it again).  Released cores
 * cannot be powered off: wait for the next start's `sev`. */
void kit_arch_hart_rest(unsigned hart)
{
    (void)hart;
    if (conduit == NONE)
        __asm__ volatile("wfe");
    else
        psci_call(PSCI_CPU_OFF, 0, 0, 0);
}
