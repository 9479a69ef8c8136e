/*
 * HEAP_CHECK=1: malloc, free and their kin that check the heap.
 *
 * mk/stack.mk links this in with the linker's --wrap over malloc, free,
 * realloc, calloc and memalign (newlib: their _r forms too, which the C
 * library's own calls use; picolibc: aligned_alloc, and then this stands
 * in for syscalls/picolibc/malloc_align.c: it gives 16-byte alignment
 * itself), so every block of the program's and of the C library's passes
 * through here, and __real_* is the C library's own allocator.  Without
 * HEAP_CHECK=1 none of it is linked.
 *
 * Each block the program gets lies between a header and a red zone:
 *
 *     base (the C library's block) ... | header: base, -, mark, size, caller | block | red zone
 *
 * The header's mark is the block's address xor LIVE (or FREED once
 * free()d); the red zone is RED_ZONE bytes of 0xfd.  free() and realloc()
 * check both, and name what they find, with the pc of their call and of
 * the malloc that gave the block:
 *
 *   - a block freed twice: its mark says FREED (the mark is the third
 *     word: the C library's free writes its list pointers over the first
 *     two, and the mark lasts until the memory is handed out again);
 *   - a pointer that is no block (or whose header a write before the
 *     block overwrote): no mark at all;
 *   - a write past the block: a red-zone byte changed.
 *
 * then stop the program with status 134, as abort() (and glibc's own
 * "double free detected") do.  A write past a block that is never freed
 * is not seen.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "platform.h"

#define RED_ZONE  16
#define RED       0xfd
#define LIVE      ((uintptr_t)0x6b17a11c0ffee5edull)
#define FREED     ((uintptr_t)0x6b17f4eedead0b0bull)

/* The first two words are what the C library's free writes its list
 * pointers over (dlmalloc's fd and bk, nano's next): only base, which is
 * not needed after the free, lives there. */
struct header {
    void *base;                         /* what the C library gave */
    uintptr_t list;                     /* the C library's, once freed */
    uintptr_t mark;                     /* block ^ LIVE, or block ^ FREED */
    size_t size;                        /* what was asked for */
    uintptr_t caller;                   /* the pc of the malloc call */
};

#define HEADER    ((sizeof(struct header) + 15) & ~(size_t)15)  /* 16-byte aligned blocks */

#if defined(__PICOLIBC__)
void *__real_malloc(size_t size);
void __real_free(void *ptr);
#define REAL_MALLOC(n)  __real_malloc(n)
#define REAL_FREE(p)    __real_free(p)
#else
#include <reent.h>
void *__real__malloc_r(struct _reent *r, size_t size);
void __real__free_r(struct _reent *r, void *ptr);
#define REAL_MALLOC(n)  __real__malloc_r(_REENT, n)
#define REAL_FREE(p)    __real__free_r(_REENT, p)
#endif

#define CALLER ((uintptr_t)__builtin_return_address(0))

static struct header *header_of(void *block)
{
    return (struct header *)((char *)block - HEADER);
}

/* The report, in the fault report's shape (the runner names the pcs),
 * and the end of the program. */
static void __attribute__((noreturn))
report(const char *what, void *block, const struct header *h, uintptr_t caller,
       const char *more)
{
    kit_puts("\nkit: heap check: ");
    kit_puts(what);
    kit_puthex((uintptr_t)block);
    if (h) {
        kit_puts(", a block of ");
        kit_putdec(h->size);
        kit_puts(" bytes");
    }
    kit_puts(more);
    kit_puts("\n  pc ");
    kit_puthex(caller);
    if (h) {
        kit_puts("\n  allocated at pc ");
        kit_puthex(h->caller);
    }
    kit_puts("\n");
    kit_exit(KIT_EXIT_ABORT);
}

/* The block's header, after checking it and its red zone. */
static struct header *check(void *block, uintptr_t caller)
{
    struct header *h = header_of(block);
    const unsigned char *zone;
    size_t i;

    if (h->mark == ((uintptr_t)block ^ FREED))
        report("double free: ", block, h, caller, ", freed already");
    if (h->mark != ((uintptr_t)block ^ LIVE))
        report("free of ", block, NULL, caller,
               ", which malloc did not return (or a write before it overwrote its header)");
    zone = (const unsigned char *)block + h->size;
    for (i = 0; i < RED_ZONE; i++)
        if (zone[i] != RED)
            report("write past the end of the block at ", block, h, caller,
                   ": found when it was freed or reallocated");
    return h;
}

static void *alloc(size_t align, size_t size, uintptr_t caller)
{
    char *base, *block;
    struct header *h;

    if (align < 16)
        align = 16;
    if (size > SIZE_MAX - HEADER - RED_ZONE - align) {
        errno = ENOMEM;
        return NULL;
    }
    base = REAL_MALLOC(size + HEADER + RED_ZONE + align);
    if (!base)
        return NULL;
    block = (char *)(((uintptr_t)base + HEADER + align - 1) & ~(uintptr_t)(align - 1));
    h = header_of(block);
    h->base = base;
    h->caller = caller;
    h->mark = (uintptr_t)block ^ LIVE;
    h->size = size;
    memset(block + size, RED, RED_ZONE);
    return block;
}

static void release(void *block, uintptr_t caller)
{
    struct header *h;

    if (!block)
        return;
    h = check(block, caller);
    h->mark = (uintptr_t)block ^ FREED;
    REAL_FREE(h->base);
}

static void *resize(void *block, size_t size, uintptr_t caller)
{
    void *fresh;
    size_t keep;

    if (!block)
        return alloc(16, size, caller);
    keep = check(block, caller)->size;
    if (!size) {
        release(block, caller);
        return NULL;
    }
    fresh = alloc(16, size, caller);
    if (!fresh)
        return NULL;                    /* the old block stays, as C says */
    memcpy(fresh, block, keep < size ? keep : size);
    release(block, caller);
    return fresh;
}

static void *zeroed(size_t n, size_t each, uintptr_t caller)
{
    void *block;

    if (each && n > SIZE_MAX / each) {
        errno = ENOMEM;
        return NULL;
    }
    block = alloc(16, n * each, caller);
    if (block)
        memset(block, 0, n * each);
    return block;
}

/* The entry points: mk/stack.mk sends every call there (--wrap=malloc
 * and --defsym=__wrap_malloc=kit_heap_check_malloc, and so on: with
 * picolibc, __wrap_malloc would otherwise be malloc_align.c's). */
void *kit_heap_check_malloc(size_t size);
void kit_heap_check_free(void *block);
void *kit_heap_check_realloc(void *block, size_t size);
void *kit_heap_check_calloc(size_t n, size_t each);
void *kit_heap_check_memalign(size_t align, size_t size);

void *kit_heap_check_malloc(size_t size)
{
    return alloc(16, size, CALLER);
}

void kit_heap_check_free(void *block)
{
    release(block, CALLER);
}

void *kit_heap_check_realloc(void *block, size_t size)
{
    return resize(block, size, CALLER);
}

void *kit_heap_check_calloc(size_t n, size_t each)
{
    return zeroed(n, each, CALLER);
}

void *kit_heap_check_memalign(size_t align, size_t size)
{
    return alloc(align, size, CALLER);
}

#if defined(__PICOLIBC__)
void *kit_heap_check_aligned_alloc(size_t align, size_t size);

void *kit_heap_check_aligned_alloc(size_t align, size_t size)
{
    return alloc(align, size, CALLER);
}
#else
void *kit_heap_check__malloc_r(struct _reent *r, size_t size);
void kit_heap_check__free_r(struct _reent *r, void *block);
void *kit_heap_check__realloc_r(struct _reent *r, void *block, size_t size);
void *kit_heap_check__calloc_r(struct _reent *r, size_t n, size_t each);
void *kit_heap_check__memalign_r(struct _reent *r, size_t align, size_t size);

void *kit_heap_check__malloc_r(struct _reent *r, size_t size)
{
    (void)r;
    return alloc(16, size, CALLER);
}

void kit_heap_check__free_r(struct _reent *r, void *block)
{
    (void)r;
    release(block, CALLER);
}

void *kit_heap_check__realloc_r(struct _reent *r, void *block, size_t size)
{
    (void)r;
    return resize(block, size, CALLER);
}

void *kit_heap_check__calloc_r(struct _reent *r, size_t n, size_t each)
{
    (void)r;
    return zeroed(n, each, CALLER);
}

void *kit_heap_check__memalign_r(struct _reent *r, size_t align, size_t size)
{
    (void)r;
    return alloc(align, size, CALLER);
}
#endif
