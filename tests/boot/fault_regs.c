/* kit-test: FAULT_REGS=1 adds every register of the trap frame to a fault report, four to a line, exit 139
 * scope: arch
 * expect[riscv64]: kit: hart {boot_hart}: illegal instruction (M-mode)\n  pc 0x
 * expect[riscv32]: kit: hart {boot_hart}: illegal instruction (M-mode)\n  pc 0x
 * expect[aarch64]: kit: hart {boot_hart}: undefined/illegal instruction\n  pc 0x
 * expect[!aarch64]:   ra 0x
 * expect[!aarch64]:  a0 0x000000000000002a a1 0x0000000000000007
 * expect[!aarch64]:  t6 0x
 * expect[aarch64]:   x0 0x000000000000002a x1 0x0000000000000007 x2 0x
 * expect[aarch64]:  x30 0x
 * expect[aarch64]:  sp 0x
 * expect-exit: 139
 */
/* Linked with FAULT_REGS=1's flag (tests/tests.mk).  Two registers hold
 * known values when the illegal instruction traps: the report shows them. */
int main(void)
{
#if defined(__riscv)
    __asm__ volatile("li a0, 42\n li a1, 7\n .word 0" ::: "a0", "a1", "memory");
#else
    __asm__ volatile("mov x0, #42\n mov x1, #7\n udf #0" ::: "x0", "x1", "memory");
#endif
    return 0;
}
