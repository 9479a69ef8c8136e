/*
 * What the runner reads of an ELF image (elf.c): its machine, symbols and
 * the RAM it needs.
 */
#ifndef KITRUN_ELF_H
#define KITRUN_ELF_H

#include <stddef.h>
#include <stdint.h>

/* A whole image read into memory (kit_elf_load); free(data) when done. */
struct kit_elf {
    unsigned char *data;
    size_t size;
    int is64;
};

/* Read the ELF file at path: 0, or -1 when it is no little-endian ELF
 * (data may still need free()). */
int kit_elf_load(struct kit_elf *im, const char *path);

/* e_machine (EM_RISCV 243, EM_AARCH64 183) */
int kit_elf_machine(const struct kit_elf *im);

/* The function or code label that holds addr: 0, its name and addr's
 * offset in it; or -1. */
int kit_elf_find_symbol(const struct kit_elf *im, uint64_t addr,
                        const char **name, uint64_t *off);

/* The value of the symbol `name` of the image `elf` into *value: 0, or -1
 * when the image has no such symbol. */
int kit_elf_symbol(const char *elf, const char *name, uint64_t *value);

/* The end of the RAM the image `elf` needs (its heap's start plus its
 * HEAP_MIN), or 0 when it cannot tell: make run's check against -m. */
uint64_t kit_elf_ram_end(const char *elf);

#endif
