/* kit-test: initialised .data holds its values, .bss starts zeroed
 * expect: data: ok
 * expect: bss: ok
 * expect-exit: 0
 */
#include <stdint.h>
#include <stdio.h>

/* Large and small objects: small ones land in .sdata/.sbss on RISC-V. */
int small_int = 0x1234567;
int64_t big_value = -0x123456789abcdefLL;
double ratio = 2.5;
char text[] = "initialised";
struct { short a; char b[5]; long c; } record = { -7, "four", 99 };
static unsigned table[256] = { [0] = 1, [100] = 0xdeadbeef, [255] = 42 };

int small_zero;
static char big_zero[64 * 1024];
static uint64_t zero_words[33];

static int check_data(void)
{
    static int counter = 5;     /* function-local static: .data too */

    return small_int == 0x1234567 && big_value == -0x123456789abcdefLL
        && ratio == 2.5 && text[0] == 'i' && text[10] == 'd' && text[11] == 0
        && record.a == -7 && record.b[3] == 'r' && record.c == 99
        && table[0] == 1 && table[1] == 0 && table[100] == 0xdeadbeef
        && table[255] == 42 && counter++ == 5;
}

static int check_bss(void)
{
    size_t i;

    if (small_zero != 0)
        return 0;
    for (i = 0; i < sizeof big_zero; i++)
        if (big_zero[i])
            return 0;
    for (i = 0; i < 33; i++)
        if (zero_words[i])
            return 0;
    return 1;
}

int main(void)
{
    int data = check_data(), bss = check_bss();

    printf("data: %s\n", data ? "ok" : "WRONG");
    printf("bss: %s\n", bss ? "ok" : "WRONG");
    return data && bss ? 0 : 1;
}
