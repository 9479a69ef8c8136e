/* kit-test: LIBC=newlib-nano's printf limits, as README.md lists them (one length letter; %f needs -u _printf_float)
 * libcs: newlib-nano
 * expect: lld [ld]
 * expect: llu [lu]
 * expect: hhd [hd]
 * expect: zu [zu]
 * expect: jd [jd]
 * expect: f []
 * expect: ld [-1234567] lu [4000000000] hd [-5] x [beef]
 * expect-exit: 0
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* nano's vfprintf takes one length letter (h, l or L) and then the
 * conversion: in "%lld" that is 'l', an unknown conversion printed as
 * itself, then "d" as text.  The argument is not consumed, so each call
 * below has one conversion of its own. */
int main(void)
{
    printf("lld [%lld]\n", (long long)1 << 40);
    printf("llu [%llu]\n", (unsigned long long)1 << 40);
    printf("hhd [%hhd]\n", (signed char)-3);
    printf("zu [%zu]\n", (size_t)7);
    printf("jd [%jd]\n", (intmax_t)9);
    /* Without -u _printf_float the float code is not linked: nothing. */
    printf("f [%f]\n", 1.5);
    /* What does work: one length letter. */
    printf("ld [%ld] lu [%lu] hd [%hd] x [%x]\n", -1234567L, 4000000000UL,
           (short)-5, 0xbeefu);
    return 0;
}
