/* kit-test: LIBC=picolibc: errno is thread-local, in each hart's own TLS block
 * libcs: picolibc
 * needs: smp
 * qemu: -smp 4
 * expect: close(99): -1, errno EBADF
 * expect: &errno in this hart's TLS block: yes
 * expect: other hart: close(98) -1, its errno EBADF, &errno its own: yes
 * expect: this hart's errno after that: 0
 * expect-exit: 0
 */
/* picolibc 1.8 keeps errno in thread-local storage (picolibc.h:
 * PICOLIBC_TLS).  Without the kit's TLS block (boot/tls.c) the first
 * errno write would go to tp + offset with tp = 0: a NULL pointer fault.
 * With one block for all harts, the other hart's EBADF would show here. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include "board_config.h"
#include "../../platform/hart.h"

extern char __kit_tls_blocks[], __kit_tls_pitch[];     /* linker/kit.ld */

static int in_block(const void *p, unsigned hart)
{
    const char *b = __kit_tls_blocks + hart * (uintptr_t)__kit_tls_pitch;

    return (const char *)p >= b && (const char *)p < b + (uintptr_t)__kit_tls_pitch;
}

static int other_r, other_errno, other_own;

static void work(void *arg)
{
    errno = 0;
    other_r = close(98);
    other_errno = errno;
    other_own = in_block(&errno, (unsigned)(uintptr_t)arg);
}

int main(void)
{
    unsigned self = kit_hart_self(), h = self ? 0 : 1;
    int r;

    errno = 0;
    r = close(99);
    printf("close(99): %d, errno %s\n", r, errno == EBADF ? "EBADF" : "something else");
    printf("&errno in this hart's TLS block: %s\n", in_block(&errno, self) ? "yes" : "NO");

    errno = 0;
    if (kit_hart_start(h, work, (void *)(uintptr_t)h) != 0) {
        printf("could not start hart %u\n", h);
        return 1;
    }
    kit_hart_wait(h);
    r = errno;
    printf("other hart: close(98) %d, its errno %s, &errno its own: %s\n", other_r,
           other_errno == EBADF ? "EBADF" : "something else", other_own ? "yes" : "NO");
    printf("this hart's errno after that: %d\n", r);
    return 0;
}
