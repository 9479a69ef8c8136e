/*
 * The one wait behind nanosleep, usleep and sleep (syscalls/sleep_ns.c),
 * each in an object of its own so a program may replace any one of them.
 */
#ifndef KIT_SLEEP_H
#define KIT_SLEEP_H

#include <stdint.h>

/* Wait ns nanoseconds: 0, or -ENOSYS when nothing says how fast the
 * counter runs. */
int kit_sleep_ns(uint64_t ns);

#endif
