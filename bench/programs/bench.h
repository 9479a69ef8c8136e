/*
 * Markers for bench/run.sh: empty functions whose addresses the
 * instruction-counting plugin (tools/insncount.c) watches.  The
 * count between bench_begin and bench_end is the cost of what a program
 * brackets with them.  noipa: GCC must neither inline them nor fold the
 * two identical bodies into one (-fipa-icf is on at -O2).
 */
#ifndef BENCH_H
#define BENCH_H

__attribute__((noipa)) void bench_begin(void) { __asm__ volatile(""); }
__attribute__((noipa)) void bench_end(void) { __asm__ volatile(""); }

#endif
