/* kit-test: crt0 drops from the entry exception level to EL1 before main
 * archs: aarch64
 * expect: entered at EL
 * expect: entry level is the board's: yes
 * expect: main runs at EL1
 * expect-exit: 0
 */
#include <stdint.h>
#include <stdio.h>
#include "board_config.h"                /* KIT_* values of this build */
#include "../../platform/platform.h"

int main(void)
{
    uint64_t el = 0;

#if defined(__aarch64__)            /* archs: aarch64 above; this keeps the
                                       file compiling everywhere */
    __asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
#endif
    el = (el >> 2) & 3;
    printf("entered at EL%u\n", kit_boot_info.entry_level);
    printf("entry level is the board's: %s\n",
           kit_boot_info.entry_level == KIT_ENTRY_LEVEL ? "yes" : "NO");
    printf("main runs at EL%u\n", (unsigned)el);
    return el == 1 && kit_boot_info.entry_level == KIT_ENTRY_LEVEL ? 0 : 1;
}
