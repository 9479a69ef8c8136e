/*
 * KIT_SSP: 1 when this build's C reads the stack protector's guard
 * (__stack_chk_guard), so crt0 must set it before the first protected
 * function; 0 with STACK_PROTECTOR=0, when crt0 skips it (nothing reads
 * the guard, and platform/stack_protector.c is not even linked unless an
 * object built elsewhere with the protector asks for it; that object then
 * gets an unseeded guard).  crt0 is built with the program's flags, and
 * GCC and clang define one of these for each -fstack-protector flavour.
 */
#ifndef KIT_BOOT_SSP_H
#define KIT_BOOT_SSP_H

#if defined(__SSP__) || defined(__SSP_STRONG__) || defined(__SSP_ALL__) || \
    defined(__SSP_EXPLICIT__)
#define KIT_SSP 1
#else
#define KIT_SSP 0
#endif

#endif
