/* kit-test: PROFILE=tiny: no command line (main gets argc 1, "app", whatever QEMU's -append says), no stack protector, and at least 12 KiB of RAM left to the heap
 * needs: tiny
 * qemu: -append one-word
 * expect: argc 1, argv[0] app, argv[1] NULL
 * expect: stack protector: off
 * expect: heap of 12 KiB or more: yes
 * expect-exit: 0
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "../../platform/heap.h"

int main(int argc, char **argv)
{
    size_t heap = (size_t)(kit_heap.end - kit_heap.start);

    printf("argc %d, argv[0] %s, argv[1] %s\n", argc, argv[0], argv[1] ? argv[1] : "NULL");
    /* The program's objects get the kit's protector flag (mk/kit.mk),
     * and GCC says which one it was given. */
#if defined(__SSP__) || defined(__SSP_STRONG__) || defined(__SSP_ALL__)
    printf("stack protector: on\n");
#else
    printf("stack protector: off\n");
#endif
    printf("heap of 12 KiB or more: %s (%zu bytes)\n", heap >= 12 * 1024 ? "yes" : "no", heap);
    return 0;
}
