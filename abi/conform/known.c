/* abi/conform/known.c: recognising the known GCC/clang disagreements.
 *
 * Each class in known.txt has a predicate here over a generated signature:
 * gen tags every case with the classes it contains, and report accepts a
 * mixed-pair mismatch only on a case tagged with a class that known.txt
 * lists for that ABI.  (Filled in below.)
 */
#include "model.h"

#include <string.h>

int known_tags(const struct sig *s, const struct abi *abi, char *buf, size_t n)
{
    (void)s; (void)abi;
    snprintf(buf, n, "-");
    return 0;
}
