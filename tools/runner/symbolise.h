/*
 * Host-side symbolisation of the kit's fault report (symbolise.c): the
 * pc and ra it prints, as function+offset and file:line of the ELF booted.
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

#endif
