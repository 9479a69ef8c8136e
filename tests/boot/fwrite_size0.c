/* kit-test: fwrite with size 0 or count 0 returns 0 and writes nothing
 * libcs: newlib picolibc
 * scope: arch
 * expect: size 0: 0
 * expect: count 0: 0
 * expect: abc
 * expect: whole objects: 4
 * expect-exit: 0
 */
/* C11 7.21.8.2: "If size or nmemb is zero, fwrite returns zero and the
 * state of the stream remains unchanged."  newlib 3.3.0 returned the count
 * when size was 0, so a loop like `while (fwrite(p, sz, n, f) == n)` took
 * a zero-size write as success.  Fixed by newlib/patches/0003. */
#include <stdio.h>

int main(void)
{
    static const char text[] = "abc\n";
    size_t a = fwrite(text, 0, 5, stdout);
    size_t b = fwrite(text, 5, 0, stdout);

    printf("size 0: %zu\n", a);
    printf("count 0: %zu\n", b);
    size_t c = fwrite(text, 1, 4, stdout);     /* prints abc */
    printf("whole objects: %zu\n", c);
    return a == 0 && b == 0 && c == 4 ? 0 : 1;
}
