/*
 * The closing summary of make test (summary.c): every result line of
 * every result directory counted, a board x test matrix of the boot
 * tests, a JUnit XML file for CI systems, and the last line
 * "N passed, N failed".
 */
#ifndef KITRUN_SUMMARY_H
#define KITRUN_SUMMARY_H

/* dirs[0..ndirs): result directories, each a board's (or "host"); two
 * directories with the same last name (the same board in two shards'
 * results) are one column.  junit: a file to write, or NULL.  Returns
 * the exit status: 0 when nothing failed. */
int kit_summary(const char *title, const char *junit, char **dirs, int ndirs);

#endif
