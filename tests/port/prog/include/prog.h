/* A small program that is not the kit's: three files, its own include
 * directory, and a -D (PROG_SCALE) that its build must pass. */
#ifndef PROG_H
#define PROG_H

#ifndef PROG_SCALE
#error "PROG_SCALE is not defined: the build did not pass the program's -D"
#endif

long prog_sum(const int *v, int n);             /* stats.c */
long prog_scaled(long x);                       /* stats.c: x * PROG_SCALE */
const char *prog_fixed(long hundredths);        /* fmt.c: "12.34" */

#endif
