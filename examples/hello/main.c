/* The first program: printf through newlib, _write, the console layer and
 * the board's UART.  main's return value becomes QEMU's exit status. */
#include <stdio.h>

int main(void)
{
    printf("Hello from newlib's printf on a bare-metal %s!\n",
#if defined(__riscv)
           __riscv_xlen == 64 ? "riscv64" : "riscv32"
#else
           "aarch64"
#endif
    );
    return 0;
}
