/* kit-test: main returning 3 gives exit status 3
 * expect: returning 3
 * expect-exit: 3
 */
#include <stdio.h>

int main(void)
{
    printf("returning %d\n", 3);
    return 3;
}
