/*
 * Starting harts under OpenSBI: the SBI Hart State Management extension
 * (SBI spec v1.0, chapter 9).  Non-boot harts stay inside OpenSBI until
 * hart_start(hartid, start_addr, opaque) sends one to start_addr in S-mode
 * with a0 = hartid, a1 = opaque; when its function is done it calls
 * hart_stop and is back in OpenSBI's hands.
 */
#include <errno.h>
#include <stdint.h>
#include "../arch.h"
#include "../../drivers/sbi/sbi.h"

int kit_arch_hart_wake(unsigned hart)
{
    struct sbiret r = sbi_call(SBI_EXT_HSM, SBI_HSM_HART_START, hart,
                               (long)(uintptr_t)kit_secondary_entry, 0);

    if (r.error == SBI_ERR_ALREADY_AVAILABLE)
        return -EBUSY;
    if (r.error == SBI_ERR_INVALID_PARAM)
        return -EINVAL;
    return r.error ? -ENOSYS : 0;
}

void kit_arch_hart_wait(unsigned hart)
{
    (void)hart;                 /* HSM started us: the mailbox is ready */
}

void kit_arch_hart_rest(unsigned hart)
{
    (void)hart;
    sbi_call(SBI_EXT_HSM, SBI_HSM_HART_STOP, 0, 0, 0);
}
