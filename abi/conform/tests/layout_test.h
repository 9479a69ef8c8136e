/* abi/conform/tests/layout_test.h: structs whose layout the ABIs decide
 * differently (or, for long double, packed and _Alignas, the same way for
 * different reasons).  make test runs make layout on this header and
 * checks tests/layout_test.expect. */
struct with_long { char c; long l; };
struct with_ptr { char c; void *p; };
struct with_ll { char c; long long ll; };
struct with_ldbl { char c; long double d; };
struct packed_s { char c; int i; } __attribute__((packed));
struct bits { char a; int b : 3; int c : 30; };
struct aligned_s { char c; _Alignas(16) int i; };
union u_long { long l; char c[3]; };
