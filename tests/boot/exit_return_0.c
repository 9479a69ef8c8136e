/* kit-test: main returning 0 gives exit status 0
 * expect: returning 0
 * expect-exit: 0
 */
#include <stdio.h>

int main(void)
{
    printf("returning %d\n", 0);
    return 0;
}
