/*
 * The libFuzzer target for the devicetree reader.
 *
 * Every input goes through fdt_check() with its exact size (libFuzzer
 * hands us a heap buffer of exactly that size, so ASan sees any read past
 * it).  Then every walk runs (fdt_exercise.h: the walker with a visitor
 * that checks each token it is handed, fdt_scan for each fact, fdt_find
 * on a set of paths):
 *   - if fdt_check() accepted the blob, none of them may find it corrupt
 *     (the promise fdt.h makes); a broken promise aborts, and libFuzzer
 *     saves the input;
 *   - if it refused the blob but the header's totalsize still lies inside
 *     the input, they run anyway: even on a blob that was never checked
 *     they must not read outside totalsize or loop, and every token they
 *     are handed must lie inside the blob.
 *
 * Build and run: make -f fdt/fdt.mk fuzz FUZZ_SECONDS=60
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../fdt/fdt.h"
#include "fdt_exercise.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *why;
    int err = fdt_check(data, size);

    if (fdt_strerror(err) == NULL)          /* every code has a text */
        abort();
    if (err == 0) {
        why = fdt_exercise(data, 1);
        if (why) {
            fprintf(stderr, "fdt_fuzz: %s\n", why);
            abort();
        }
    } else if (size >= 8 && fdt_totalsize(data) <= size) {
        why = fdt_exercise(data, 0);
        if (why) {
            fprintf(stderr, "fdt_fuzz: %s (unchecked blob)\n", why);
            abort();
        }
    }
    /* fdt_check must also refuse any max_size below totalsize. */
    if (err == 0 && fdt_check(data, fdt_totalsize(data) - 1) == 0) {
        fprintf(stderr, "fdt_fuzz: blob accepted with max_size too "
            "small\n");
        abort();
    }
    return 0;
}
