/*
 * A compute kernel for the speed figures: list, matrix and state-machine
 * work of the kind CoreMark times (the same three families; none of its
 * code), looped KERNEL_ITERATIONS times between bench_begin and
 * bench_end, with a CRC over every result so that no work can be
 * optimised away and a wrong answer is seen.
 *
 * The CRC depends only on the C (fixed-width types, no pointer values),
 * so the same source built for the host prints the same line.
 *
 * make bench runs it on each board three ways (the kit's defaults, no
 * guards nor stack protector, every function moved by TEXT_SHIFT=8) and
 * reports wall time, CPU time and the exact instruction count
 * (docs/benchmarking.md).  By hand:
 *
 *   make run APP=bench/programs/kernel.c COUNT=1
 *   make run APP=bench/programs/kernel.c APP_CFLAGS=-DKERNEL_ITERATIONS=500
 */
#include <stdint.h>
#include <stdio.h>
#include "bench.h"

#ifndef KERNEL_ITERATIONS
#define KERNEL_ITERATIONS 10000
#endif

#define LIST_LEN 96
#define MAT_N    10
#define TEXT_LEN 240

/* CRC-16/CCITT, bit by bit: the checksum every part feeds. */
static uint16_t crc16(uint16_t crc, uint32_t v, int bytes)
{
    for (int b = 0; b < bytes; b++, v >>= 8) {
        crc ^= (uint16_t)((v & 0xff) << 8);
        for (int i = 0; i < 8; i++)
            crc = crc & 0x8000 ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
    }
    return crc;
}

/* A pseudo-random sequence (xorshift32) to fill the inputs. */
static uint32_t next(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* --- Lists: nodes linked by index, as a pool allocator's are ---------- */
struct node {
    int16_t key, next;
    int32_t data;
};

static struct node pool[LIST_LEN];

static int list_build(uint32_t *seed)
{
    for (int i = 0; i < LIST_LEN; i++) {
        pool[i].key = (int16_t)(next(seed) % 1000);
        pool[i].data = (int32_t)next(seed);
        pool[i].next = (int16_t)(i + 1 < LIST_LEN ? i + 1 : -1);
    }
    return 0;
}

static int list_reverse(int head)
{
    int prev = -1;

    while (head >= 0) {
        int n = pool[head].next;

        pool[head].next = (int16_t)prev;
        prev = head;
        head = n;
    }
    return prev;
}

/* Insertion sort by key, walking the sorted list for each node. */
static int list_sort(int head)
{
    int sorted = -1;

    while (head >= 0) {
        int n = pool[head].next, prev = -1, at = sorted;

        while (at >= 0 && pool[at].key < pool[head].key) {
            prev = at;
            at = pool[at].next;
        }
        pool[head].next = (int16_t)at;
        if (prev < 0)
            sorted = head;
        else
            pool[prev].next = (int16_t)head;
        head = n;
    }
    return sorted;
}

/* The first node whose key is k or more; its data folded into crc. */
static uint16_t list_find(int head, int k, uint16_t crc)
{
    while (head >= 0 && pool[head].key < k)
        head = pool[head].next;
    return crc16(crc, head < 0 ? 0xffffu : (uint32_t)pool[head].data, 4);
}

static uint16_t lists(uint32_t *seed, uint16_t crc)
{
    int head = list_build(seed);

    head = list_reverse(head);
    head = list_sort(head);
    for (int k = 0; k < 1000; k += 125)
        crc = list_find(head, k, crc);
    return crc16(crc, (uint32_t)head, 2);
}

/* --- Matrices: multiply, then fold the result's bit fields ------------- */
static int32_t ma[MAT_N][MAT_N], mb[MAT_N][MAT_N], mc[MAT_N][MAT_N];

static uint16_t matrices(uint32_t *seed, uint16_t crc)
{
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            ma[i][j] = (int32_t)(next(seed) % 2001) - 1000;
            mb[i][j] = (int32_t)(next(seed) % 2001) - 1000;
        }
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            int32_t sum = 0;

            for (int k = 0; k < MAT_N; k++)
                sum += ma[i][k] * mb[k][j];
            mc[i][j] = sum;
        }
    for (int i = 0; i < MAT_N; i++)
        crc = crc16(crc, (uint32_t)(mc[i][i] ^ (mc[i][MAT_N - 1 - i] >> 3)), 4);
    return crc;
}

/* --- A state machine: classify the tokens of a text ------------------- */
enum state { START, SIGN, INT, FRAC, EXP, EXP_SIGN, EXP_INT, BAD };

static enum state step(enum state s, char c)
{
    int digit = c >= '0' && c <= '9';

    switch (s) {
    case START:    return c == '+' || c == '-' ? SIGN : digit ? INT : c == '.' ? FRAC : BAD;
    case SIGN:     return digit ? INT : c == '.' ? FRAC : BAD;
    case INT:      return digit ? INT : c == '.' ? FRAC : c == 'e' ? EXP : BAD;
    case FRAC:     return digit ? FRAC : c == 'e' ? EXP : BAD;
    case EXP:      return c == '+' || c == '-' ? EXP_SIGN : digit ? EXP_INT : BAD;
    case EXP_SIGN: return digit ? EXP_INT : BAD;
    case EXP_INT:  return digit ? EXP_INT : BAD;
    default:       return BAD;
    }
}

static char text[TEXT_LEN + 1];

static uint16_t tokens(uint32_t *seed, uint16_t crc)
{
    static const char alphabet[] = "0123456789+-.e,0123456789,";
    uint32_t count[BAD + 1] = { 0 };
    enum state s = START;

    for (int i = 0; i < TEXT_LEN; i++)
        text[i] = alphabet[next(seed) % (sizeof alphabet - 1)];
    text[TEXT_LEN] = ',';
    for (int i = 0; i <= TEXT_LEN; i++) {
        if (text[i] == ',') {
            count[s]++;
            s = START;
        } else
            s = step(s, text[i]);
    }
    for (int i = 0; i <= BAD; i++)
        crc = crc16(crc, count[i], 2);
    return crc;
}

int main(void)
{
    uint32_t seed = 0x2545f491u;
    uint16_t crc = 0xffff;

    bench_begin();
    for (int i = 0; i < KERNEL_ITERATIONS; i++) {
        crc = lists(&seed, crc);
        crc = matrices(&seed, crc);
        crc = tokens(&seed, crc);
    }
    bench_end();
    printf("kernel: %d iterations, crc 0x%04x\n", KERNEL_ITERATIONS, (unsigned)crc);
    return 0;
}
