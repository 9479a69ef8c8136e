/*
 * Calls from S-mode into the SBI firmware (OpenSBI): RISC-V Supervisor
 * Binary Interface spec v1.0, chapter 3 "Binary Encoding": a7 = extension
 * id (EID), a6 = function id (FID), a0-a5 = arguments, `ecall`; the
 * firmware returns an error code in a0 and a value in a1.
 */
#ifndef KIT_SBI_H
#define KIT_SBI_H

#define SBI_EXT_LEGACY_SET_TIMER 0x00       /* chapter 5, legacy extensions */
#define SBI_EXT_LEGACY_PUTCHAR 0x01
#define SBI_EXT_LEGACY_GETCHAR 0x02
#define SBI_EXT_BASE           0x10         /* chapter 4 */
#define SBI_EXT_TIME           0x54494d45   /* "TIME", chapter 6 */
#define SBI_EXT_HSM            0x48534d     /* "HSM", chapter 9 */
#define SBI_EXT_SRST           0x53525354   /* "SRST", chapter 10 */

#define SBI_BASE_PROBE_EXTENSION 3
#define SBI_TIME_SET_TIMER     0
#define SBI_HSM_HART_START     0
#define SBI_HSM_HART_STOP      1
#define SBI_SRST_SHUTDOWN      0            /* reset_type */
#define SBI_SRST_NO_REASON     0            /* reset_reason */
#define SBI_SRST_SYSTEM_FAILURE 1

/* Error codes in sbiret.error, chapter 3, table 1. */
#define SBI_SUCCESS                0
#define SBI_ERR_FAILED            (-1)
#define SBI_ERR_NOT_SUPPORTED     (-2)
#define SBI_ERR_INVALID_PARAM     (-3)
#define SBI_ERR_DENIED            (-4)
#define SBI_ERR_INVALID_ADDRESS   (-5)
#define SBI_ERR_ALREADY_AVAILABLE (-6)

struct sbiret {
    long error;
    long value;
};

struct sbiret sbi_call(long eid, long fid, long a0, long a1, long a2);

#endif
