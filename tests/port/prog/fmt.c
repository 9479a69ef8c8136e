#include <stdio.h>
#include "prog.h"

/* Hundredths as a decimal with two places, without floating point. */
const char *prog_fixed(long hundredths)
{
    static char buf[32];

    snprintf(buf, sizeof buf, "%ld.%02ld", hundredths / 100, hundredths % 100);
    return buf;
}
