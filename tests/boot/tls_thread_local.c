/* kit-test: _Thread_local: initial values from .tdata, zeroes from .tbss, one copy per hart
 * needs: smp
 * qemu: -smp 4
 * expect: boot hart: init 42, zero 0, aligned yes
 * expect: other hart: init 42, zero 0, aligned yes
 * expect: other hart's copies at other addresses: yes
 * expect: boot hart after the other hart wrote its copies: init 43, zero 7
 * expect: boot hart's block set up again: init 42, zero 0
 * expect-exit: 0
 */
/* The kit gives every hart its own TLS block (boot/tls.c, linker/kit.ld)
 * whatever the C library: picolibc keeps errno there, and a program may
 * use _Thread_local with newlib too.  If the harts shared one block, or
 * tp / TPIDR_EL0 pointed elsewhere, the values below would differ (or the
 * first access would fault).  RAM is zero when QEMU starts, so the last
 * check calls kit_tls_init once more over values this hart has written:
 * the copy of .tdata and the zeroing of .tbss must both happen. */
#include <stdint.h>
#include <stdio.h>
#include "../../boot/boot.h"
#include "../../platform/hart.h"

static _Thread_local int tinit = 42;              /* .tdata */
static _Thread_local long tzero;                  /* .tbss */
static _Thread_local _Alignas(16) char tbuf[16];  /* .tbss, 16-byte aligned */

struct seen {
    int init;
    long zero;
    int aligned;
    uintptr_t where_init, where_zero;
};

static struct seen other;

static void look(struct seen *s)
{
    s->init = tinit;
    s->zero = tzero;
    s->aligned = ((uintptr_t)tbuf & 15) == 0;
    s->where_init = (uintptr_t)&tinit;
    s->where_zero = (uintptr_t)&tzero;
}

static void work(void *arg)
{
    (void)arg;
    look(&other);
    tinit = 1000;               /* the boot hart must not see these */
    tzero = 99;
    tbuf[0] = 1;
}

int main(void)
{
    struct seen me;
    unsigned self = kit_hart_self(), h = self ? 0 : 1;

    look(&me);
    printf("boot hart: init %d, zero %ld, aligned %s\n", me.init, me.zero,
           me.aligned ? "yes" : "NO");
    tinit = 43;
    tzero = 7;
    if (kit_hart_start(h, work, NULL) != 0) {
        printf("could not start hart %u\n", h);
        return 1;
    }
    kit_hart_wait(h);
    printf("other hart: init %d, zero %ld, aligned %s\n", other.init, other.zero,
           other.aligned ? "yes" : "NO");
    printf("other hart's copies at other addresses: %s\n",
           other.where_init != me.where_init && other.where_zero != me.where_zero ? "yes" : "NO");
    printf("boot hart after the other hart wrote its copies: init %d, zero %ld\n", tinit, tzero);
    kit_tls_init(self);
    printf("boot hart's block set up again: init %d, zero %ld\n", tinit, tzero);
    return 0;
}
