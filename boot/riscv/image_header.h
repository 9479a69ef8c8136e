/*
 * The RISC-V Linux boot image header (Linux Documentation/arch/riscv/
 * boot-image-header.rst, version 0.2): 64 bytes at the start of the
 * image, so that loaders that boot Linux (U-Boot's booti, and others)
 * accept the kit's .bin as an `Image`.  Included once, by crt0.S,
 * before _start in the same section (one section, so that the debug
 * info's address range for crt0 stays one range: a second range's end
 * missed the linker's relaxation and covered main, hiding its lines from
 * gdb).
 *
 * The kit's images run only where they are linked (the Sv39 map, the PMP
 * guards and the fault tables are built by the linker for that address),
 * and U-Boot's booti (2023.01) moves an Image to the start of RAM plus
 * text_offset before it jumps, so:
 *
 *   code0        a jump to _start (never compressed: the fields after it
 *                are at fixed offsets); a loader jumps to the header's
 *                first byte; QEMU's -kernel (ELF) and bootelf use the ELF
 *                entry, _start itself
 *   code1        0
 *   text_offset  the link address minus the start of RAM (KIT_DRAM_BASE):
 *                where in RAM the image expects to be (virt-rv64-sbi:
 *                0x200000, as Linux's, just above OpenSBI)
 *   image_size   every byte from the header to the heap (code, data, .bss,
 *                stacks, trap stacks, TLS blocks): what the loader must
 *                leave free (linker/kit.ld: __kit_image_size)
 *   flags        0: little-endian (bit 0)
 *   version      0.2 (major 0 in bits 31:16, minor 2)
 *   res1, res2   0
 *   magic        "RISCV\0\0\0" (deprecated by the document, still checked
 *                by U-Boot 2023.01's booti)
 *   magic2       "RSC\x05"
 *   res3         0: no PE/COFF header (no UEFI stub)
 *
 * The header costs its 64 bytes and, when a loader starts the image
 * through it, the one jump.
 */
/* A 64-bit little-endian field, on rv32 too (no 64-bit relocation there). */
.macro field64 value
#if __riscv_xlen == 64
    .quad   \value
#else
    .long   \value, 0
#endif
.endm

    .section .text.entry, "ax"      /* first in it: crt0 includes this first */
    .globl __kit_image_header
__kit_image_header:
    .option push
    .option norvc
    j       _start                  /* code0 */
    .option pop
    .long   0                       /* code1 */
    field64 (__kit_image_header - KIT_DRAM_BASE)/* text_offset */
    field64 __kit_image_size        /* image_size */
    field64 0                       /* flags */
    .long   2                       /* version 0.2 */
    .long   0                       /* res1 */
    field64 0                       /* res2 */
    .ascii  "RISCV\0\0\0"           /* magic */
    .ascii  "RSC\x05"               /* magic2 */
    .long   0                       /* res3 */
