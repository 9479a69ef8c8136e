/*
 * The one SBI call: an `ecall` from S-mode into the firmware (OpenSBI).
 * SBI v1.0 chapter 3 "Binary Encoding": a7 = extension id, a6 = function
 * id, a0-a2 = arguments here (a3-a5 are never needed by the calls the kit
 * makes); the firmware returns an error code in a0 and a value in a1.
 * The register variables pin each value to its register; "memory": the
 * firmware may read or write what the arguments point at.
 */
#include "sbi.h"

struct sbiret sbi_call(long eid, long fid, long arg0, long arg1, long arg2)
{
    register long a0 __asm__("a0") = arg0;
    register long a1 __asm__("a1") = arg1;
    register long a2 __asm__("a2") = arg2;
    register long a6 __asm__("a6") = fid;
    register long a7 __asm__("a7") = eid;
    struct sbiret ret;

    __asm__ volatile("ecall"
                     : "+r"(a0), "+r"(a1)
                     : "r"(a2), "r"(a6), "r"(a7)
                     : "memory");
    ret.error = a0;
    ret.value = a1;
    return ret;
}
