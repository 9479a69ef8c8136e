/*
 * The core id the kit uses on AArch64: MPIDR_EL1 (ARM ARM D13.2.86)
 * affinity levels 0 and 1, bits 15:0.  QEMU virt numbers cores 0..n-1 in
 * Aff0 (Aff1 past 8 cores); the Raspberry Pi's four cores are Aff0 0-3.
 * Used by crt0.S (before any stack) and by cpu_id.c, so both read the
 * id the same way.  Safe to include from assembly.
 */
#ifndef KIT_AARCH64_MPIDR_H
#define KIT_AARCH64_MPIDR_H

#define MPIDR_CORE_MASK 0xffff

#endif
