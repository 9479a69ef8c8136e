/* abi/conform/tests/layout_v2.h: release 2 breaks the layout of v1 on
 * every ABI: the packed header lost its crc, so u64 moved from offset 8
 * to 6; the enum is no longer packed, so msg.kind grew from 1 byte to 4
 * and the fields after it moved. */
#include <stdint.h>
struct packed_hdr {
    uint16_t version, flags, len;
    uint64_t u64;
} __attribute__((packed));
enum kind { K_A, K_B };
struct msg {
    enum kind kind;
    uint8_t  pad;
    uint16_t len;
    uint32_t id;
};
typedef struct { uint32_t a; uint8_t b; } pair_t;
