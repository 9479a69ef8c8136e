/* Which core is running this code: its MPIDR_EL1 id (mpidr.h). */
#include <stdint.h>
#include "../arch.h"
#include "mpidr.h"

unsigned kit_arch_hart_self(void)
{
    uint64_t mpidr;

    __asm__ volatile("mrs %0, mpidr_el1" : "=r"(mpidr));
    return (unsigned)(mpidr & MPIDR_CORE_MASK);
}
