/* kit-test: strrchr(s, c) uses (char)c, also when c's low byte is 0 but c is not
 * scope: arch
 * expect: strrchr(s, 0x100): the terminator
 * expect: strrchr(s, 0x161): last 'a'
 * expect: strrchr(s, 0): the terminator
 * expect-exit: 0
 */
/* C11 7.24.5.5: "The strrchr function locates the last occurrence of c
 * (converted to a char) in the string pointed to by s.  The terminating
 * null character is considered to be part of the string."  newlib 3.3.0's
 * C strrchr (used on RISC-V; AArch64 has its own assembly) tested c != 0
 * before converting, so for c = 0x100 it kept searching for a NUL past the
 * terminator and ran off the end of RAM.  Fixed by newlib/patches/0002. */
#include <stdio.h>
#include <string.h>

static const char *where(const char *s, const char *p)
{
    if (p == NULL)
        return "NULL";
    if (p == s + strlen(s))
        return "the terminator";
    if (p == s + 4)
        return "last 'a'";
    return "somewhere else";
}

int main(void)
{
    /* volatile c: keep GCC from folding strrchr into a builtin. */
    static const char s[] = "abcdaxyz";       /* last 'a' at index 4 */
    volatile int c_nul = 0x100, c_a = 0x100 | 'a', c_zero = 0;
    const char *r1 = strrchr(s, c_nul), *r2 = strrchr(s, c_a), *r3 = strrchr(s, c_zero);

    printf("strrchr(s, 0x100): %s\n", where(s, r1));
    printf("strrchr(s, 0x161): %s\n", where(s, r2));
    printf("strrchr(s, 0): %s\n", where(s, r3));
    return r1 == s + strlen(s) && r2 == s + 4 && r3 == s + strlen(s) ? 0 : 1;
}
