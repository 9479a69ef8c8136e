/*
 * The CSRs crt0 and the trap code use, named once for the privilege level
 * the image runs in (RISC-V Privileged Spec: M-mode chapter 3, S-mode
 * chapter 4).  S-mode names are the same registers seen through the
 * supervisor window, so the code above this header is identical.
 */
#ifndef KIT_RISCV_CSR_H
#define KIT_RISCV_CSR_H

#if defined(KIT_MODE_S)
#define CSR_STATUS  sstatus
#define CSR_TVEC    stvec
#define CSR_CAUSE   scause
#define CSR_EPC     sepc
#define CSR_TVAL    stval
#define MODE_NAME   "S"
#else
#define CSR_STATUS  mstatus
#define CSR_TVEC    mtvec
#define CSR_CAUSE   mcause
#define CSR_EPC     mepc
#define CSR_TVAL    mtval
#define MODE_NAME   "M"
#endif

/* mstatus/sstatus.FS (bits 14:13), Privileged Spec 3.1.6.6: 0 = Off makes
 * every FP instruction illegal; 1 = Initial turns the FPU on. */
#define STATUS_FS_INITIAL (1 << 13)

#endif
