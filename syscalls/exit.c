/* _exit: the end of exit() and of a program that returns from main: the
 * board's exit device hands the status to the host (platform/exit.c). */
#include "syscalls.h"
#include "../platform/platform.h"
#include "../platform/stack.h"

void _exit(int status)
{
    kit_stack_exit_check();     /* STACK_REPORT=1 */
    kit_exit(status);
}
