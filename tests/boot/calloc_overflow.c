/* kit-test: calloc(n, size) whose product overflows size_t fails with ENOMEM
 * scope: arch
 * expect: small calloc zeroed: yes
 * expect: overflow: NULL, ENOMEM
 * expect: overflow, other order: NULL, ENOMEM
 * expect-exit: 0
 */
/* C11 7.22.3.2: calloc allocates space for n objects of size bytes, or
 * returns a null pointer.  newlib 3.3.0 multiplied without a check, so the
 * product below (2^N + 16) wrapped to 16 and a 16-byte block came back
 * for a request larger than the address space: a heap overflow in any
 * program that trusts calloc.  Fixed by newlib/patches/0001.  The boards
 * are one per newlib configuration family: this is newlib's behaviour. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Prints the outcome; returns 1 when calloc failed with ENOMEM. */
static int overflow_fails(const char *what, size_t n, size_t size)
{
    void *p;

    errno = 0;
    p = calloc(n, size);
    if (p != NULL) {
        printf("%s: a block came back at %p\n", what, p);
        free(p);
        return 0;
    }
    printf("%s: NULL, %s\n", what, errno == ENOMEM ? "ENOMEM" : "errno not ENOMEM");
    return errno == ENOMEM;
}

int main(void)
{
    /* (SIZE_MAX / 16 + 2) * 16 == 2^N + 16, which wraps to 16. */
    size_t n = SIZE_MAX / 16 + 2, size = 16;
    unsigned char *small = calloc(10, 10);
    int ok = small != NULL;

    for (int i = 0; ok && i < 100; i++)
        ok = small[i] == 0;
    free(small);
    printf("small calloc zeroed: %s\n", ok ? "yes" : "NO");
    ok &= overflow_fails("overflow", n, size);
    ok &= overflow_fails("overflow, other order", size, n);
    return ok ? 0 : 1;
}
