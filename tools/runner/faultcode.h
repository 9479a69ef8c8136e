/*
 * The full fault report from a FAULT_CODES=1 image's one line of numbers
 * (faultcode.c): symbolise.c calls it for every line of output, so make
 * run and the test runner show what a default build would print.
 */
#ifndef KITRUN_FAULTCODE_H
#define KITRUN_FAULTCODE_H

#include <stddef.h>

/* When line (len bytes) is a "kit: fault ..." line of the image elf: the
 * report's lines (malloc'd, each ending in '\n'); else NULL. */
char *kit_fault_expand(const char *line, size_t len, const char *elf);

#endif
