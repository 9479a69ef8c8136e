/* kit-test: on a RISC-V hart with Zkr (QEMU -cpu rv64,zkr=true) getentropy reads the seed CSR in M-mode, before any device
 * scope: arch
 * archs: riscv64
 * needs: mmode
 * qemu: -cpu rv64,zkr=true
 * expect: source: zkr
 * expect: getentropy 32 bytes, twice, different: ok
 * expect-not: WRONG
 * expect-exit: 0
 */
/* platform/riscv/entropy.c: the devicetree's riscv,isa names zkr (QEMU
 * 7.2 writes "_zkr" there); the default rv64 CPU has none. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "../../platform/entropy.h"

int main(void)
{
    unsigned char a[32], b[32];
    const char *src = kit_entropy_source();

    printf("source: %s\n", src ? src : "none");
    printf("getentropy 32 bytes, twice, different: %s\n",
           getentropy(a, 32) == 0 && getentropy(b, 32) == 0 && memcmp(a, b, 32) ? "ok" : "WRONG");
    return 0;
}
