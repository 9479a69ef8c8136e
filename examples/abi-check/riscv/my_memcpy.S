/* void *my_memcpy(void *dst, const void *src, size_t n)   a0, a1, a2 -> a0
 * Byte by byte, for clarity.  The cursor lives in t0, a temporary: the
 * caller expects nothing of it. */
    .text
    .globl  my_memcpy
    .type   my_memcpy, @function
my_memcpy:
    mv      t0, a0                  /* a0 must come back as the result */
    beqz    a2, 2f
1:  lbu     t1, 0(a1)
    sb      t1, 0(t0)
    addi    a1, a1, 1
    addi    t0, t0, 1
    addi    a2, a2, -1
    bnez    a2, 1b
2:  ret

/* The same with the cursor in s1, a callee-saved register it never saves:
 * whatever the caller kept in s1 is gone.  The harness reports it. */
    .globl  my_memcpy_s
    .type   my_memcpy_s, @function
my_memcpy_s:
    mv      s1, a0
    beqz    a2, 2f
1:  lbu     t1, 0(a1)
    sb      t1, 0(s1)
    addi    a1, a1, 1
    addi    s1, s1, 1
    addi    a2, a2, -1
    bnez    a2, 1b
2:  ret
