/*
 * RISC-V CSR names and bits, in one place for the whole kit (boot/riscv
 * and platform/riscv): the registers named once for the privilege level
 * the image runs in (RISC-V Privileged Spec: M-mode chapter 3, S-mode
 * chapter 4).  S-mode names are the same registers seen through the
 * supervisor window, so the code above this header is identical.
 * Safe to include from assembly: only #defines.
 */
#ifndef KIT_RISCV_CSR_H
#define KIT_RISCV_CSR_H

#include "board_config.h"           /* KIT_MODE_S */

#if defined(KIT_MODE_S)
#define CSR_STATUS  sstatus
#define CSR_TVEC    stvec
#define CSR_CAUSE   scause
#define CSR_EPC     sepc
#define CSR_TVAL    stval
#define CSR_SCRATCH sscratch
#define CSR_IE      sie
#define CSR_IP      sip
#define XRET        sret
#define MODE_NAME   "S"
#else
#define CSR_STATUS  mstatus
#define CSR_TVEC    mtvec
#define CSR_CAUSE   mcause
#define CSR_EPC     mepc
#define CSR_TVAL    mtval
#define CSR_SCRATCH mscratch
#define CSR_IE      mie
#define CSR_IP      mip
#define XRET        mret
#define MODE_NAME   "M"
#endif

/* A register name above as a string, for inline assembly:
 * "csrr %0, " CSR_NAME(CSR_IP). */
#define CSR_NAME_(x) #x
#define CSR_NAME(x)  CSR_NAME_(x)

/* The timer interrupt of this mode: its xcause code (table 3.6: 7 machine,
 * 5 supervisor timer interrupt) and its bit in mie/mip or sie/sip, which
 * is bit `code` in both (3.1.9: MTIE/MTIP; 4.1.3: STIE/STIP). */
#if defined(KIT_MODE_S)
#define IRQ_TIMER         5
#else
#define IRQ_TIMER         7
#endif
#define IE_TIMER          (1 << IRQ_TIMER)

/* mstatus/sstatus.FS (bits 14:13), Privileged Spec 3.1.6.6: 0 = Off makes
 * every FP instruction illegal; 1 = Initial turns the FPU on. */
#define STATUS_FS_INITIAL (1 << 13)
/* mstatus/sstatus.VS (bits 10:9), Privileged Spec 3.1.6.6: the same for
 * the vector unit (V extension); WARL, read-only 0 where there is none. */
#define STATUS_VS_INITIAL (1 << 9)

/* misa extension bits (3.1.1): bit n is letter 'A' + n. */
#define MISA_D            (1 << 3)
#define MISA_F            (1 << 5)

/* mip/mie.MSIP (3.1.9): machine software interrupt, the CLINT's IPI. */
#define MIP_MSIP          (1 << 3)

/* satp.MODE (Privileged Spec 4.1.11, RV64): 8 = Sv39, in bits 63:60. */
#define SATP_MODE_SV39    0x8000000000000000

#endif
