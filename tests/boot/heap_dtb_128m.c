/* kit-test: with -m 128M the heap grows to the end of RAM the devicetree reports
 * boards: virt-rv64 virt-rv64-sbi virt-rv64-sbi-dyn virt-rv64-sbi-console virt-rv32 virt-aarch64 virt-aarch64-el2 virt-aarch64-el3
 * qemu: -m 128M
 * expect: heap follows -m 128M: yes
 * expect-exit: 0
 */
#include <stdio.h>
#include <stdlib.h>

#define RAM_MB 128

int main(void)
{
    size_t total = 0, chunk = 1 << 20;

    /* Allocate 1 MiB blocks until malloc says no (never freed: the
     * program ends right after). */
    while (malloc(chunk))
        total += chunk;
    unsigned long mb = (unsigned long)(total >> 20);

    /* The image, stacks, firmware and DTB take a few MiB of RAM_MB. */
    int ok = mb + 16 >= RAM_MB && mb < RAM_MB;
    printf("heap: %lu MiB allocated of %d MiB RAM\n", mb, RAM_MB);
    printf("heap follows -m %dM: %s\n", RAM_MB, ok ? "yes" : "NO");
    return ok ? 0 : 1;
}
