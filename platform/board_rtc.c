/*
 * The board's real-time clock (BOARD_RTC), or none.  The driver is
 * named by the board file and pasted into a symbol name here (as
 * board.c does for the console and the exit device), so only a program
 * that asks for the date links the driver.
 */
#include <errno.h>
#include <stdint.h>
#include "board_config.h"
#include "platform.h"
#include "../drivers/rtc/rtc.h"

#define PASTE_(a, b) a##b
#define PASTE(a, b)  PASTE_(a, b)

int kit_rtc_ns(uint64_t *ns)
{
#if KIT_HAS_RTC
    if (PASTE(KIT_RTC, _rtc).read_ns(KIT_RTC_BASE, ns) == 0)
        return 0;
#else
    (void)ns;
#endif
    return -ENODEV;
}
