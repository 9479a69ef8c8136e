/* kit-test: floating-point printf, scanf and libm
 * libcs: newlib picolibc
 * expect: f: 3.142
 * expect: e: 1.500000e-10
 * expect: g: 0.0001 1e+20
 * expect: sqrt(2): 1.414214
 * expect: strtod: 2.75
 * expect: float math: 0.1 + 0.2 = 0.30000000000000004
 * expect-exit: 0
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    volatile double x = 0.1, y = 0.2, two = 2.0;

    printf("f: %.3f\n", 3.14159);
    printf("e: %e\n", 1.5e-10);
    printf("g: %g %g\n", 0.0001, 1e20);
    printf("sqrt(2): %f\n", sqrt(two));
    printf("strtod: %g\n", strtod("2.75", NULL));
    printf("float math: 0.1 + 0.2 = %.17g\n", x + y);
    return 0;
}
