/* kit-test: constructors run before main, atexit handlers and destructors after
 * expect: constructor ran
 * expect: main: constructor ran first: yes
 * expect: atexit: second registered runs first
 * expect: atexit: first registered runs last
 * expect: destructor ran
 * expect-exit: 0
 */
#include <stdio.h>
#include <stdlib.h>

static int constructed;

__attribute__((constructor)) static void before_main(void)
{
    constructed = 1;
    printf("constructor ran\n");
}

__attribute__((destructor)) static void after_main(void)
{
    printf("destructor ran\n");
}

static void first(void)
{
    printf("atexit: first registered runs last\n");
}

static void second(void)
{
    printf("atexit: second registered runs first\n");
}

int main(void)
{
    printf("main: constructor ran first: %s\n", constructed ? "yes" : "no");
    if (atexit(first) || atexit(second))
        return 2;
    return constructed ? 0 : 1;
}
