/* sleep (POSIX), on the kit's one wait (syscalls/sleep_ns.c).  No
 * signals, so it sleeps in full: 0 seconds left, or all of them when the
 * board cannot sleep. */
#include <unistd.h>
#include "sleep.h"

unsigned sleep(unsigned seconds)
{
    return kit_sleep_ns((uint64_t)seconds * 1000000000u) < 0 ? seconds : 0;
}
