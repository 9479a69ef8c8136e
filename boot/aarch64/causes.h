/*
 * AArch64 exceptions in words: ESR_EL1.EC values (ARM ARM D13.2.37
 * "ESR_EL1, Exception Syndrome Register (EL1)") and the abort kinds of
 * ISS.DFSC/IFSC, bits 5:0 ("Fault status code").  Plain C with no
 * includes, so that the trap decoder (boot/aarch64/trap.c) and the host
 * runner, which expands a FAULT_CODES=1 report (tools/runner/faultcode.c),
 * share it; each includes it once.
 */
#ifndef KIT_AARCH64_CAUSES_H
#define KIT_AARCH64_CAUSES_H

/* The exception classes with a name: their EC values, and the names one
 * after another in the same order, each ending in its NUL (a switch
 * became a 61-entry table of pointers, 488 bytes). */
static const unsigned char ec_codes[] = {
    0x00, 0x01, 0x07, 0x0e, 0x15, 0x18, 0x20, 0x21,
    0x22, 0x24, 0x25, 0x26, 0x2c, 0x2f, 0x3c,
};
static const char ec_names[] =
    "undefined/illegal instruction\0"             /* 0x00 */
    "trapped WFI/WFE\0"                           /* 0x01 */
    "FP/SIMD access trapped (CPACR_EL1.FPEN)\0"   /* 0x07 */
    "illegal execution state\0"                   /* 0x0e */
    "SVC instruction\0"                           /* 0x15 */
    "trapped MSR/MRS/system instruction\0"        /* 0x18 */
    "instruction abort\0"                         /* 0x20: from a lower EL */
    "instruction abort\0"                         /* 0x21: same EL */
    "PC alignment fault\0"                        /* 0x22 */
    "data abort\0"                                /* 0x24: from a lower EL */
    "data abort\0"                                /* 0x25: same EL */
    "SP alignment fault\0"                        /* 0x26 */
    "floating-point exception\0"                  /* 0x2c */
    "SError interrupt\0"                          /* 0x2f */
    "breakpoint (BRK instruction)";               /* 0x3c */

static __attribute__((unused)) const char *kit_ec_name(unsigned ec)
{
    const char *p = ec_names;
    unsigned i;

    for (i = 0; i < sizeof ec_codes; i++) {
        if (ec_codes[i] == ec)
            return p;
        while (*p++)
            ;
    }
    return "other exception class";
}

/* DFSC/IFSC (ISS bits 5:0): the kind of abort; the low 2 bits of the
 * first four kinds are the translation table level. */
static __attribute__((unused)) const char *kit_abort_kind(unsigned fsc)
{
    switch (fsc & 0x3c) {
    case 0x04: return "translation fault: nothing mapped there";
    case 0x08: return "access flag fault";
    case 0x0c: return "permission fault";
    }
    switch (fsc) {
    case 0x00: return "address size fault";
    case 0x10: return "synchronous external abort: no device or memory there";
    case 0x21: return "alignment fault";
    case 0x30: return "TLB conflict abort";
    default:   return "other abort";
    }
}

/* A trap taken through vector slot (vector & 3): 0 synchronous (its EC
 * says what), 1 IRQ, 2 FIQ, 3 SError. */
static __attribute__((unused)) const char *kit_aarch64_cause(unsigned vector, unsigned ec)
{
    switch (vector & 3) {
    case 0:  return kit_ec_name(ec);
    case 1:  return "unexpected IRQ";
    case 2:  return "unexpected FIQ";
    default: return "SError (asynchronous abort)";
    }
}

#endif
