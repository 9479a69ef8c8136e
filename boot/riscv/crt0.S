/*
 * RISC-V reset entry: the first instruction after the image header
 * (image_header.h, whose first word jumps here).
 *
 * At entry (QEMU's reset ROM with -bios none, or OpenSBI for an S-mode
 * payload, or U-Boot's booti): a0 = hart id, a1 = devicetree address.
 * U-Boot's bootelf and go pass a0 = argc, a1 = argv instead, and no
 * hart id: S-mode tells the two apart by the devicetree's magic at a1 and
 * takes the boot hart to be KIT_BOOT_HART.  In M-mode every hart
 * arrives here and only KIT_BOOT_HART goes on to C and newlib; the others
 * wait in kit_hart_secondary for kit_hart_start.  Under OpenSBI only the
 * boot hart (whichever OpenSBI chose) arrives here; the others come in
 * later through kit_secondary_entry, sent by SBI HSM hart_start.
 */
#include "board_config.h"
#include "../../platform/riscv/csr.h"
#include "../trap.h"
#include "../ssp.h"
#include "asm.h"
#include "image_header.h"

#if __riscv_xlen == 64
#define REG_S sd
#define REG_L ld
#define LOAD_WORD lwu
#else
#define REG_S sw
#define REG_L lw
#define LOAD_WORD lw
#endif

/* Devicetree Specification 5.2: the blob starts with the big-endian
 * 0xd00dfeed, which a little-endian word load reads as this. */
#define FDT_MAGIC_LE 0xedfe0dd0

    .section .text.entry, "ax"
    .globl _start
_start:
    /* The image runs only where it is linked (image_header.h): lla gives
     * where it runs, link_address where it was linked.  Elsewhere it
     * says so (boot/misplaced.c) instead of crashing on its first
     * absolute address. */
    lla     t0, _start
    REG_L   t1, link_address
    bne     t0, t1, misplaced

    /* s4, s5: argc and argv from a loader (bootelf, go), else 0. */
    li      s4, 0
    li      s5, 0
#if defined(KIT_MODE_S)
    /* Hart lottery: any hart may come first, and whatever sends harts
     * here (firmware, a loader that starts every hart at the image, as
     * Linux's boot allows) may send more than one.  The first to add 1
     * is the boot hart (s1 = 0); any later one goes the way of a started
     * hart (s1 != 0: kit_hart_secondary, which stops it through SBI HSM
     * until kit_hart_start asks for it), with a0 its own hart id. */
    lla     t0, boot_lottery
    li      s1, 1
    amoadd.w s1, s1, (t0)
#if KIT_MAX_HARTS > 1
    bnez    s1, hart_setup
#else
    bnez    s1, park
#endif
    beqz    a1, 1f
    LOAD_WORD t0, 0(a1)
    li      t1, FDT_MAGIC_LE
    beq     t0, t1, 1f              /* a1 is a devicetree: a0 is the hart */
    mv      s4, a0
    mv      s5, a1
    li      a0, KIT_BOOT_HART
    li      a1, 0
1:
#else
    csrr    a0, mhartid             /* M-mode: the hart id is a CSR */
#if KIT_BOOT_HART
    addi    s1, a0, -KIT_BOOT_HART  /* s1 = 0 only on the boot hart */
#else
    mv      s1, a0
#endif
#endif

hart_setup:
    load_gp                         /* asm.h: before any C */

    /* A hart the image has no stack for never runs anything. */
    li      t0, KIT_MAX_HARTS
    bgeu    a0, t0, park

#if defined(KIT_MODE_S)
    /* S-mode: paging on, before the first load or store, on every hart
     * (OpenSBI and SBI HSM hand over with satp = 0).  The identity map is
     * data in the image (linker/mmu_tables.ld.S): page 0 and the stack
     * guards unmapped, .text read + execute, the rest never executable.
     * satp (Privileged Spec 4.1.11): MODE = 8 (Sv39) in bits 63:60, the
     * root table's physical page number below.  sfence.vma orders the
     * switch against earlier and later accesses (4.2.1). */
    la      t0, __kit_pt_l1
    srli    t0, t0, 12
    li      t1, SATP_MODE_SV39
    or      t0, t0, t1
    sfence.vma
    csrw    satp, t0
    sfence.vma
#endif

    /* sp: the top of this hart's own stack, each KIT_STACK_SIZE bytes over
     * its guard, hart 0's on top: hart n's ends n strides (KIT_STACK_PITCH)
     * below __kit_stacks_end (the memory map in linker/kit.ld; stack.h's
     * kit_stack_top).  psABI "Integer Calling Convention": sp is 16-byte
     * aligned at every call. */
    la      sp, __kit_stacks_end
#if KIT_MAX_HARTS > 1
    li      t0, KIT_STACK_PITCH
    mul     t0, t0, a0
    sub     sp, sp, t0
    andi    sp, sp, -16
#endif                              /* else linker/kit.ld aligned it */

    /* This hart's trap state (boot/trap.h: the block at the top of its
     * trap slot, a stride of KIT_TRAP_STACK_PITCH a hart above
     * __kit_trap_stacks_start): the in-trap mark starts clear. */
#if KIT_MAX_HARTS > 1
    la      t1, __kit_trap_stacks_start
    addi    t0, a0, 1
    li      t2, KIT_TRAP_STACK_PITCH
    mul     t0, t0, t2
    add     t0, t0, t1
#else
    /* One hart (a0 = 0 here): its slot ends one pitch up. */
    la      t0, __kit_trap_stacks_start + KIT_TRAP_STACK_PITCH
#endif
    REG_S   zero, -TRAP_BLOCK + TRAP_BLK_MARK(t0)

    /* Traps go to this hart's own entry stub (trap_entry.S), which
     * reports and exits: a fault in start-up code must not loop silently.
     * Direct mode: the stubs are 16-byte aligned, the low bits are 0. */
    la      t0, kit_trap_stubs
#if KIT_MAX_HARTS > 1
    slli    t1, a0, 4
    add     t0, t0, t1
#endif
    csrw    CSR_TVEC, t0

#if !defined(KIT_MODE_S)
    csrr    t3, misa                /* M-mode: the units this hart has */
#endif
#if defined(__riscv_flen)
    /* Hard-float ABI: the FPU is off at reset (FS = Off), and the first
     * FP instruction in C would trap.  Turn it on and clear fcsr, on harts
     * that have one: misa bits 3 (D) and 5 (F) say so in M-mode (SiFive's
     * E51 monitor hart has none).  S-mode cannot read misa; OpenSBI only
     * hands S-mode to harts that match the platform's ISA. */
#if !defined(KIT_MODE_S)
    andi    t0, t3, MISA_D | MISA_F
    beqz    t0, 1f
#endif
    li      t0, STATUS_FS_INITIAL
    csrs    CSR_STATUS, t0
    fscsr   zero
1:
#endif

    /* Vector unit (V extension): off at reset (VS = Off), like the FPU.
     * Turned on here only for code that uses it (the checked call's
     * vector garbage, abi/); the compiler never emits vector code for the
     * kit's -march.  M-mode: only on harts whose misa has V (bit 21).
     * S-mode cannot read misa: VS is WARL, so setting it where there is
     * no vector unit changes nothing. */
#if !defined(KIT_MODE_S)
    slli    t0, t3, __riscv_xlen - 1 - 21   /* bit 21 to the sign bit */
    bgez    t0, 3f
#endif
    li      t0, STATUS_VS_INITIAL
    csrs    CSR_STATUS, t0
3:

    /* Stack guards, per hart (README "Faults"): M-mode, locked PMP
     * entries (pmp.c); S-mode, the Sv39 map switched on above. */
    mv      s2, a0
    mv      s3, a1
#if !defined(KIT_MODE_S)
    call    kit_pmp_init
    mv      a0, s2
#endif

    /* This hart's thread-local storage block and tp (tls.c): picolibc's
     * errno lives there, and C on any hart may set errno.  An image with
     * no TLS (newlib, no _Thread_local) skips it: nothing uses tp.
     * %hi/%lo: the size is an absolute symbol, out of auipc's reach. */
    lui     t0, %hi(__kit_tls_size)
    addi    t0, t0, %lo(__kit_tls_size)
    beqz    t0, 2f
    call    kit_tls_init
2:
    mv      a0, s2
    mv      a1, s3

#if KIT_MAX_HARTS > 1
    bnez    s1, secondary
#endif

    /* The stack protector's guard (-fstack-protector-strong), before any
     * C that it protects runs: a value that varies from boot to boot where
     * the board has a source (the cycle or time counter), with a zero low
     * byte so that a string overflow cannot reproduce it.  Not with
     * STACK_PROTECTOR=0: nothing reads it then (../ssp.h). */
#if KIT_SSP
#if defined(KIT_MODE_S)
    rdtime  t0
#else
    csrr    t0, mcycle
#endif
    la      t1, __stack_chk_guard
    slli    t2, t0, 17
    xor     t0, t0, t2
    li      t2, 0x7e3b5a00
    xor     t0, t0, t2
    andi    t0, t0, -256
    REG_S   t0, 0(t1)
#endif

    /* Boot hart: a0 = hart id, a1 = DTB, a2 = the privilege level we run
     * in (3 = M, 1 = S, the mstatus.MPP encoding), a3/a4 = a loader's
     * argc/argv, on to C. */
#if defined(KIT_MODE_S)
    li      a2, 1
#else
    li      a2, 3
#endif
    mv      a3, s4
    mv      a4, s5
    tail    kit_cstart

#if KIT_MAX_HARTS > 1
secondary:
    /* kit_hart_secondary reads this hart's slot in .bss: a hart that came
     * in with the boot hart (every hart in M-mode; the lottery's others
     * in S-mode) waits until the boot hart has zeroed .bss (kit_cstart
     * sets kit_boot_ready, in .data).  A hart started later finds it set. */
    lla     t0, kit_boot_ready
1:  lw      t1, 0(t0)
    beqz    t1, 1b
    fence   r, rw                   /* acquire: .bss is read after this */
    tail    kit_hart_secondary      /* platform/hart.c; a0 = hart id */
#endif

    /* SBI HSM hart_start target (platform/riscv/hart_sbi_hsm.c): a0 = hart
     * id.  Here, not before hart_setup, so that the boot hart's way from
     * _start runs straight on. */
    .globl kit_secondary_entry
kit_secondary_entry:
#if KIT_MAX_HARTS > 1
    li      s1, 1
    j       hart_setup
#endif                              /* a one-hart board starts no other */

park:
    wfi
    j       park

    /* Running at the wrong address: gp and a stack in this copy's own
     * stack area (the loader keeps image_size bytes free from the
     * header), and C that uses only pc-relative addresses.  a0 = where
     * the image runs, a1 = where it was linked. */
misplaced:
    load_gp
    lla     sp, __kit_stacks_end
    andi    sp, sp, -16
    mv      a0, t0
    mv      a1, t1
    tail    kit_misplaced

#if defined(KIT_MODE_S)
    /* The lottery's ticket counter: in .data, so 0 as the image is loaded
     * (crt0 uses it before C, with paging off). */
    .pushsection .data
    .balign 4
boot_lottery:
    .word   0
    .popsection
#endif

    .balign __riscv_xlen / 8
link_address:
#if __riscv_xlen == 64
    .dword  _start
#else
    .word   _start
#endif
