/*
 * malloc aligned to 16 bytes under picolibc, as C asks (C11 7.22.3: a
 * block is aligned for any object type, i.e. to _Alignof(max_align_t),
 * 16 on every ABI here: long double is 16-byte aligned in the RISC-V
 * psABI and AAPCS64).
 *
 * picolibc 1.8's malloc (nano-mallocr.c) aligns blocks to 8 only: its
 * chunk alignment comes from double, long long and pointers.  A chunk is
 * a size_t header and the block after it; chunk sizes are
 * ALIGN8(request) + 8.  So with every request padded to
 * ALIGN16(request) + 8 (ilp32: + 8 as well, its header and gap make 8)
 * every chunk is a multiple of 16 bytes, and with the first chunk
 * starting 16 - sizeof(size_t) bytes past a 16-byte boundary (sbrk.c
 * places the first break there) every block is 16-byte aligned; splits,
 * merges and growth in place keep multiples of 16.  The cost: up to 23
 * bytes more per block.
 *
 * The linker's --wrap (mk/picolibc.mk) sends every call of malloc,
 * realloc, memalign and aligned_alloc here, also those inside picolibc
 * (calloc, strdup, posix_memalign, valloc, ...); __real_* is picolibc's
 * own.  (aligned_alloc is another name of picolibc's memalign, in the
 * same object, so it needs a wrapper of its own.)
 */
#include <stddef.h>
#include <stdint.h>

void *__real_malloc(size_t size);
void *__real_realloc(void *ptr, size_t size);
void *__real_memalign(size_t align, size_t size);
void *__wrap_malloc(size_t size);
void *__wrap_realloc(void *ptr, size_t size);
void *__wrap_memalign(size_t align, size_t size);
void *__wrap_aligned_alloc(size_t align, size_t size);

/* A size too big to pad is passed on as it is: picolibc fails it (ENOMEM). */
static size_t pad(size_t size)
{
    if (size > SIZE_MAX - 32)
        return size;
    return ((size + 15) & ~(size_t)15) + 8;
}

void *__wrap_malloc(size_t size)
{
    return __real_malloc(pad(size));
}

/* realloc(p, 0) frees p (picolibc): pass 0 on as it is. */
void *__wrap_realloc(void *ptr, size_t size)
{
    return __real_realloc(ptr, size ? pad(size) : 0);
}

void *__wrap_memalign(size_t align, size_t size)
{
    return __real_memalign(align < 16 ? 16 : align, pad(size));
}

void *__wrap_aligned_alloc(size_t align, size_t size)
{
    return __wrap_memalign(align, size);
}
