/* kit-test: main returning 1 gives exit status 1
 * expect: returning 1
 * expect-exit: 1
 */
#include <stdio.h>

int main(void)
{
    printf("returning %d\n", 1);
    return 1;
}
