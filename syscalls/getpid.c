/* _getpid: a machine that runs exactly one program has one process. */
#include "syscalls.h"

int _getpid(void)
{
    return KIT_PID;
}
