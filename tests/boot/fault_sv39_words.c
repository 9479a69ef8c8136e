/* kit-test: S-mode (Sv39): a page fault says why, from the map: the permission the page lacks, or nothing mapped there, exit 139
 * needs: smode
 * stdin-after: which?
 * case: write code  | stdin: code\n  | expect: kit: hart {boot_hart}: store/AMO page fault (S-mode, permission: page read-only)
 * case: run data    | stdin: data\n  | expect: kit: hart {boot_hart}: instruction page fault (S-mode, permission: page not executable)
 * case: write rodata | stdin: rodata\n | expect: kit: hart {boot_hart}: store/AMO page fault (S-mode, permission: page read-only)
 * case: OpenSBI RAM | stdin: fw\n    | expect: kit: hart {boot_hart}: load page fault (S-mode, nothing mapped there) | expect: addr 0x0000000080000000
 * case: page 0      | stdin: null\n  | expect: kit: hart {boot_hart}: NULL pointer: load page fault (S-mode, nothing mapped there)
 * expect-not: after the fault
 * expect-exit: 139
 */
/*
 * One image, one boot per case, so every word of boot/riscv/sv39.c is
 * seen for the permission it names (the README's S-mode column).  OpenSBI
 * keeps the first 2 MiB of RAM; the map leaves them out, so a stray
 * pointer there is a page fault with a reason, not an access fault.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t ret_insn[] = { 0x00008067 };        /* jalr x0, 0(ra) */
static const int constant = 7;
/* Addresses through volatile variables: the compiler neither sees nor
 * warns about a constant pointer it knows is no object. */
static volatile uintptr_t firmware = 0x80000000u, near_null = 8;

int main(void)
{
    char line[16] = "";

    printf("which?\n");
    fflush(stdout);
    if (!fgets(line, sizeof line, stdin))
        return 99;
    if (!strncmp(line, "code", 4))
        *(volatile uint32_t *)(uintptr_t)main = 0;
    else if (!strncmp(line, "data", 4)) {
        void (*fn)(void) = (void (*)(void))(uintptr_t)ret_insn;

        __asm__ volatile("" : "+r"(fn));
        fn();
    } else if (!strncmp(line, "rodata", 6))
        *(volatile int *)(uintptr_t)&constant = 8;
    else if (!strncmp(line, "fw", 2))
        printf("%d\n", *(volatile int *)firmware);
    else if (!strncmp(line, "null", 4))
        printf("%d\n", *(volatile int *)near_null);
    printf("after the fault\n");
    return 0;
}
