/* kit-test: main returning 42 gives exit status 42
 * expect: returning 42
 * expect-exit: 42
 */
#include <stdio.h>

int main(void)
{
    printf("returning %d\n", 42);
    return 42;
}
