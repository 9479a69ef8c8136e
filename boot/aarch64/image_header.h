/*
 * The arm64 Linux boot image header (Linux Documentation/arch/arm64/
 * booting.rst, "Call the kernel image"): 64 bytes at the start of the
 * image, so that loaders that boot Linux (U-Boot's booti, UEFI's and
 * others') accept the kit's .bin as an `Image`.  Included once, by
 * crt0.S, before _start in the same section (as on RISC-V, where one
 * section keeps crt0's debug info one address range).
 *
 * The kit's images run only where they are linked (page tables, guards
 * and the fault tables are built by the linker for that address), so:
 *
 *   code0        a branch to _start: a loader jumps to the header's first
 *                byte; QEMU's -kernel (ELF) and bootelf use the ELF entry,
 *                _start itself, and never run it
 *   code1        0
 *   text_offset  the link address minus the start of RAM (KIT_DRAM_BASE):
 *                with flags bit 3 clear a loader places the image at the
 *                2 MiB-aligned base closest to the start of RAM plus this,
 *                which is exactly where it was linked (virt: 0x40200000)
 *   image_size   every byte from the header to the heap (code, data, .bss,
 *                stacks, trap stacks, TLS blocks): what the loader must
 *                leave free (linker/kit.ld: __kit_image_size)
 *   flags        0: little-endian (bit 0), page size not stated (bits 1-2),
 *                bit 3 clear: "base as close as possible to the start of
 *                RAM", not "anywhere" (the image is not relocatable)
 *   res2-res4    0
 *   magic        "ARM\x64"
 *   res5         0: no PE/COFF header (no UEFI stub)
 *
 * The header costs its 64 bytes and, when a loader starts the image
 * through it, the one branch.
 */
    .section .text.entry, "ax"      /* first in it: crt0 includes this first */
    .globl __kit_image_header
__kit_image_header:
    b       _start                  /* code0 */
    .long   0                       /* code1 */
    .quad   __kit_image_header - KIT_DRAM_BASE /* text_offset */
    .quad   __kit_image_size        /* image_size */
    .quad   0                       /* flags */
    .quad   0, 0, 0                 /* res2, res3, res4 */
    .ascii  "ARM\x64"               /* magic */
    .long   0                       /* res5 */
