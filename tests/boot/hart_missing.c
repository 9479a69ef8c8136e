/* kit-test: starting a hart the machine does not have (QEMU -smp 2, hart 3) fails with ENODEV, and kit_hart_wait on it returns: no hang
 * needs: smp devicetree
 * qemu: -smp 2
 * expect: kit_hart_start(3): -1, No such device
 * expect: kit_hart_wait(3) returned
 * expect: kit_hart_done(3): 0
 * expect-exit: 0
 */
/* The image has stacks for BOARD_MAX_HARTS harts (8 on virt, 5 on
 * sifive_u), the machine as many as -smp says.  A CLINT software interrupt
 * or a release slot for a hart that is not there goes nowhere: the start
 * returned 0 and the wait spun for ever (virt-rv64, virt-rv32,
 * virt-aarch64-el3).  The devicetree's /cpus says which harts there are
 * (platform/devicetree.c). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "../../platform/hart.h"

static void work(void *arg)
{
    (void)arg;
}

int main(void)
{
    int r = kit_hart_start(3, work, NULL);

    printf("kit_hart_start(3): %d, %s\n", r, r ? strerror(errno) : "started");
    fflush(stdout);
    kit_hart_wait(3);
    printf("kit_hart_wait(3) returned\n");
    printf("kit_hart_done(3): %d\n", kit_hart_done(3));
    return 0;
}
