/*
 * Starting cores on AArch64: PSCI (Arm DEN 0022, "Power State Coordination
 * Interface"), which QEMU virt implements itself when it boots a kernel.
 * CPU_ON (5.1.4) powers a core on at `entry` in the caller's exception
 * level with the MMU off; CPU_OFF (5.1.3) powers the calling core down.
 * The call goes through HVC or SMC, the board's "conduit" (BOARD_PSCI):
 * QEMU uses HVC for a guest entered at EL1.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "../arch.h"

#define PSCI_CPU_OFF        0x84000002u
#define PSCI_CPU_ON_64      0xc4000003u
#define PSCI_SUCCESS        0
#define PSCI_NOT_SUPPORTED  (-1)
#define PSCI_INVALID_PARAMS (-2)
#define PSCI_ALREADY_ON     (-4)
#define PSCI_ON_PENDING     (-5)

#define STR_(x) #x
#define STR(x)  STR_(x)

/* SMC Calling Convention (Arm DEN 0028): function id in w0, arguments in
 * x1-x3, result in x0. */
static long psci_call(uint64_t fn, uint64_t a1, uint64_t a2, uint64_t a3)
{
    register uint64_t x0 __asm__("x0") = fn;
    register uint64_t x1 __asm__("x1") = a1;
    register uint64_t x2 __asm__("x2") = a2;
    register uint64_t x3 __asm__("x3") = a3;

    __asm__ volatile(STR(KIT_PSCI_CONDUIT) " #0"
                     : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3)
                     :: "memory");
    return (long)x0;
}

int kit_arch_hart_wake(unsigned hart)
{
    long r;

    __atomic_thread_fence(__ATOMIC_SEQ_CST);
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
    (void)hart;                 /* CPU_ON started us: the mailbox is ready */
}

void kit_arch_hart_rest(unsigned hart)
{
    (void)hart;
    psci_call(PSCI_CPU_OFF, 0, 0, 0);
}
