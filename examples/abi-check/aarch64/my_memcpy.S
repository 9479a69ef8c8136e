/* void *my_memcpy(void *dst, const void *src, size_t n)   x0, x1, x2 -> x0
 * Byte by byte, for clarity.  The cursor lives in x3, a caller-saved
 * register: the caller expects nothing of it. */
    .text
    .globl  my_memcpy
    .type   my_memcpy, %function
my_memcpy:
    mov     x3, x0                  /* x0 must come back as the result */
    cbz     x2, 2f
1:  ldrb    w4, [x1], #1
    strb    w4, [x3], #1
    subs    x2, x2, #1
    b.ne    1b
2:  ret

/* The same with the cursor in x19, a callee-saved register it never saves:
 * whatever the caller kept in x19 is gone.  The harness reports it. */
    .globl  my_memcpy_s
    .type   my_memcpy_s, %function
my_memcpy_s:
    mov     x19, x0
    cbz     x2, 2f
1:  ldrb    w4, [x1], #1
    strb    w4, [x19], #1
    subs    x2, x2, #1
    b.ne    1b
2:  ret
