/* kit-test: hello through newlib's printf
 * expect: Hello, world! 1 + 1 = 2
 * expect-exit: 0
 */
#include <stdio.h>

int main(void)
{
    printf("Hello, world! 1 + 1 = %d\n", 1 + 1);
    return 0;
}
