/* The body of heap_dtb_*.c: allocate until malloc says no and check the
 * total against the RAM QEMU was given (RAM_MB, from the including test,
 * whose kit-test block passes the same -m to QEMU). */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    size_t total = 0, chunk = 1 << 20;

    /* 1 MiB blocks, never freed: the program ends right after. */
    while (malloc(chunk))
        total += chunk;
    unsigned long mb = (unsigned long)(total >> 20);

    /* The image, stacks, firmware and DTB take a few MiB of RAM_MB. */
    int ok = mb + 16 >= RAM_MB && mb < RAM_MB;
    printf("heap: %lu MiB allocated of %d MiB RAM\n", mb, RAM_MB);
    printf("heap follows -m %dM: %s\n", RAM_MB, ok ? "yes" : "NO");
    return ok ? 0 : 1;
}
