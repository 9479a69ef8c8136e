/* kit-test: a fault inside the trap handler prints one line, and only that, and stops, exit 139
 * expect: before the fault
 * expect[mmode]: \nkit: hart {boot_hart}: nested fault in the trap handler, pc 0x
 * expect[smode]: \nkit: hart ?: nested fault in the trap handler, pc 0x
 * expect[aarch64]: \nkit: hart {boot_hart}: nested fault in the trap handler, pc 0x
 * expect: addr 0x
 * expect-once: kit: 
 * expect-not: after the fault
 * expect-exit: 139
 */
#include <stdint.h>
#include "board_config.h"
#include "lib/fault.h"

int main(void)
{
    before_fault();
    /* Break the trap handler's own stack pointer, then fault: the handler
     * faults on its first store.  In S-mode the report says "hart ?":
     * nothing there names the hart (no mhartid), the handler tells it by
     * where its frame lies on the trap stacks, and with sscratch broken
     * the frame lies elsewhere (boot/riscv/trap.c, boot/fault.c). */
#if defined(__riscv) && defined(KIT_MODE_S)
    __asm__ volatile("csrw sscratch, %0" :: "r"(16));
#elif defined(__riscv)
    __asm__ volatile("csrw mscratch, %0" :: "r"(16));
#else
    /* SP_EL1: reachable from EL1 through SPSel. */
    __asm__ volatile("msr spsel, #1\n mov sp, %0\n msr spsel, #0" :: "r"(16) : "memory");
#endif
    __asm__ volatile("" ::: "memory");
    *(volatile int *)(uintptr_t)0xfffffff0u = 1;
    printf("after the fault\n");
    return 0;
}
