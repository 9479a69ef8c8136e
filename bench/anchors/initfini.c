/*
 * What newlib + libgloss expect from a bare-metal toolchain and the kit's
 * newlib does not have, linked into the libgloss anchor only.
 *
 * The kit's newlib is configured per target; where newlib's configure
 * check finds no .init_array support (riscv32 and aarch64 here: newlib.h
 * leaves HAVE_INITFINI_ARRAY undefined), newlib's init.c compiles to
 * nothing, so there is no __libc_init_array, and libgloss's crt0 calls
 * _init/_fini, which a bare-metal GCC's crti.o/crtn.o would supply as an
 * empty prologue/epilogue pair.  These stand in for both.  The kit itself
 * needs neither: boot/cstart.c walks the arrays.
 */
typedef void (*fn)(void);

extern fn __preinit_array_start[] __attribute__((weak));
extern fn __preinit_array_end[] __attribute__((weak));
extern fn __init_array_start[] __attribute__((weak));
extern fn __init_array_end[] __attribute__((weak));

void _init(void) {}
void _fini(void) {}

/* Weak: where newlib has its own (riscv64), that one is used. */
__attribute__((weak)) void __libc_init_array(void)
{
    fn *f;

    for (f = __preinit_array_start; f < __preinit_array_end; f++)
        (*f)();
    _init();
    for (f = __init_array_start; f < __init_array_end; f++)
        (*f)();
}
