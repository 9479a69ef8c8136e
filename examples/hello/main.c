/* The first program: printf through the C library (newlib by default;
 * LIBC=picolibc's stdio writes through the kit's stdout FILE instead of
 * _write), the console layer and the board's UART.  main's return value
 * becomes QEMU's exit status. */
#include <stdio.h>

#if defined(__PICOLIBC__)
#define LIBC_NAME "picolibc"
#else
#define LIBC_NAME "newlib"          /* newlib-nano too */
#endif

int main(void)
{
    printf("Hello from " LIBC_NAME "'s printf on a bare-metal %s!\n",
#if defined(__riscv)
           __riscv_xlen == 64 ? "riscv64" : "riscv32"
#else
           "aarch64"
#endif
    );
    return 0;
}
