/* printf with a floating-point conversion: dtoa and soft/hard float. */
#include <stdio.h>

int main(void)
{
    volatile double x = 3.14159;

    printf("Hello, %f\n", x);
    return 0;
}
