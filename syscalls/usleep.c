/* usleep (POSIX.1-2001), on the kit's one wait (syscalls/sleep_ns.c). */
#include <unistd.h>
#include "result.h"
#include "sleep.h"

int usleep(useconds_t us)
{
    return (int)kit_result(kit_sleep_ns((uint64_t)us * 1000u));
}
