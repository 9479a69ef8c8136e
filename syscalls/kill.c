/*
 * _kill: abort() and raise() end up here for a signal with the default
 * action.  Terminating with 128 + signal is what a POSIX shell reports for
 * a program killed by that signal (abort: 134).
 */
#include "syscalls.h"
#include <errno.h>
#include <signal.h>
#include "../platform/platform.h"

int _kill(int pid, int sig)
{
    if (pid != KIT_PID) {
        errno = ESRCH;
        return -1;
    }
    if (sig < 0 || sig >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    if (sig == 0)
        return 0;               /* "does the process exist?": yes */
    if (sig == SIGABRT)
        kit_puts("\nkit: abort() called\n");
    else
        kit_puts("\nkit: killed by a signal\n");
    kit_exit(128 + sig);
}
