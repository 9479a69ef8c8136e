/* abi/conform/tests/layout_v3.h: release 3 adds a field in pair_t's
 * tail padding; every size, alignment and offset of v1 stays. */
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
typedef struct { uint32_t a; uint8_t b; uint8_t c; } pair_t;
