/* kit-test: no operating system's macros: the target is not Linux or Unix
 * expect: no __linux__, __unix__ or unix
 * expect-exit: 0
 */
/* Debian's aarch64-linux-gnu-gcc, the kit's AArch64 compiler, predefines
 * __linux__, __linux, linux, __gnu_linux__, __unix__, __unix and unix;
 * a portable library seeing them includes <sys/auxv.h> or reads /proc.
 * The kit undefines them in every flag set it hands out (mk/arch-aarch64.mk;
 * the RISC-V compilers define none).  This file does not build where one
 * is left. */
#include <stdio.h>

#if defined(__linux__) || defined(__linux) || defined(linux) || defined(__gnu_linux__)
#error "a Linux macro is defined for the bare-metal target"
#endif
#if defined(__unix__) || defined(__unix) || defined(unix)
#error "a Unix macro is defined for the bare-metal target"
#endif

int main(void)
{
    puts("no __linux__, __unix__ or unix");
    return 0;
}
