/*
 * Host-side symbolisation of the kit's fault report (symbolise.c): the
 * pc and ra it prints, as function+offset and file:line of the ELF booted;
 * and the one other fact make run asks of an image, the RAM it needs.
 */
#ifndef KITRUN_SYMBOLISE_H
#define KITRUN_SYMBOLISE_H

#include <stddef.h>
#include <stdint.h>

/* For one line of output (len bytes, its '\n' included or not): when it is
 * a fault report's pc/ra line, the lines to print under it (malloc'd, each
 * ending in '\n'); else NULL. */
char *kit_symbolise_line(const char *line, size_t len, const char *elf);

/* All of text, with those lines added under each report (malloc'd). */
char *kit_symbolise(const char *text, const char *elf);

/* The value of the symbol `name` of the image `elf` into *value: 0, or -1
 * when the image has no such symbol. */
int kit_elf_symbol(const char *elf, const char *name, uint64_t *value);

/* The end of the RAM the image `elf` needs (its heap's start plus its
 * HEAP_MIN), or 0 when it cannot tell: make run's check against -m. */
uint64_t kit_elf_ram_end(const char *elf);

#endif
