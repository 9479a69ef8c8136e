/* abi/conform/tests/layout_v1.h: release 1 of a library header, for
 * make layout-diff's test (layout.mk).  v2 breaks its layout, v3 does not. */
#include <stdint.h>
struct packed_hdr {
    uint16_t version, flags, len, crc;
    uint64_t u64;
} __attribute__((packed));
enum __attribute__((packed)) kind { K_A, K_B };
struct msg {
    enum kind kind;
    uint8_t  pad;
    uint16_t len;
    uint32_t id;
};
typedef struct { uint32_t a; uint8_t b; } pair_t;
