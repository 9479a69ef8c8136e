/*
 * A real-time clock: the date, read once when a program first asks for
 * it (syscalls/clock.c keeps the offset from the counter after that).
 * One driver a file, drivers/rtc/<name>.c defining `<name>_rtc`; a board
 * names it with BOARD_RTC := <name> and its registers' base with
 * BOARD_RTC_BASE (boards/defaults.mk), and platform/board_rtc.c calls it.
 */
#ifndef KIT_RTC_H
#define KIT_RTC_H

#include <stdint.h>

struct kit_rtc {
    const char *name;
    /* Nanoseconds since 1970-01-01 00:00 UTC into *ns: 0, or -1 when the
     * clock is not running (nothing to read). */
    int (*read_ns)(uintptr_t base, uint64_t *ns);
};

extern const struct kit_rtc goldfish_rtc;
extern const struct kit_rtc pl031_rtc;

#endif
