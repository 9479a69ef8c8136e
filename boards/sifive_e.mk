# QEMU `sifive_e` (SiFive HiFive1, FE310), riscv32 rv32imac, M-mode.
# Code executes in place from flash (BOARD_FLASH_*: linker/kit.ld puts
# code and .data's initial values there); the ROM jumps to 0x20400000.  RAM is
# 16 KiB (the DTIM), so .data is stored in flash and copied by cstart.c,
# and stacks and heap are small.
BOARD_ARCH           := riscv32
BOARD_MODE           := m
BOARD_QEMU           := qemu-system-riscv32 -M sifive_e -bios none -semihosting
BOARD_FLASH_ORIGIN   := 0x20400000
BOARD_FLASH_LENGTH   := 4M
BOARD_RAM_ORIGIN     := 0x80000000
BOARD_RAM_LENGTH     := 16K
# 4 KiB of stack: printf to stdout once the heap is full (unbuffered)
# nests two _vfprintf_r frames of 1056 bytes (640 of them the table for
# positional arguments, NL_ARGMAX 32) around __sbprintf's 1152-byte
# buffer.  Measured peak: 3468 bytes (1740 before positional arguments),
# which overruns a 2 KiB stack (malloc_enomem faults).
BOARD_STACK_SIZE     := 4096
BOARD_HEAP_MIN       := 2048
BOARD_CONSOLE        := sifive
BOARD_CONSOLE_BASE   := 0x10013000
# No test finisher on sifive_e: semihosting SYS_EXIT_EXTENDED carries the
# status (QEMU -semihosting).
BOARD_EXIT           := semihosting
BOARD_EXIT_BASE      := 0
# QEMU's sifive_e CLINT counts at 10 MHz (the real FE310's mtime runs at
# 32.768 kHz: change this for the board itself)
BOARD_TIMER_HZ       := 10000000
BOARD_BOOT_HART      := 0
BOARD_ENTRY_LEVEL    := 3
BOARD_MAX_HARTS      := 1
BOARD_HART_START     := clint
BOARD_CLINT_BASE     := 0x2000000
# QEMU's SiFive harts have no `time` CSR: read the CLINT's mtime
BOARD_MTIME          := 0x200bff8
# 16 KiB of RAM: a 2 KiB stack guard (PMP NAPOT needs a power of two):
# GCC cannot probe a RISC-V frame, so the guard must be wider than the
# deepest single frame the program runs, and newlib's deepest on rv32imac
# is 1904 bytes (_vfwprintf_r; printf's are 1056, __sbprintf's 1152).  A
# 1 KiB trap stack with a 1 KiB guard: wider than any one frame a timer
# callback can fit on it, snprintf's included.
BOARD_STACK_GUARD    := 2048
BOARD_TRAP_STACK_SIZE := 1024
BOARD_TRAP_STACK_GUARD := 1024
# PROFILE=tiny (picolibc, whose deepest frames are a few hundred bytes):
# a 1 KiB stack above a 512-byte guard, and a 768-byte trap stack (two
# 144-byte frames, the block and the handler's C) above a 256-byte guard:
# 2.5 KiB in all, where the default takes 8.
BOARD_TINY_STACK_SIZE       := 1024
BOARD_TINY_STACK_GUARD      := 512
BOARD_TINY_TRAP_STACK_SIZE  := 768
BOARD_TINY_TRAP_STACK_GUARD := 256
# The FE310's E31 core has 8 PMP entries
BOARD_PMP_ENTRIES    := 8
# Timer interrupt: the CLINT's mtimecmp (M-mode)
BOARD_TIMER          := clint
# QEMU's sifive_e hands over no devicetree: link none of the reader.
BOARD_DEVICETREE     := none
# No real-time clock (the FE310's AON block counts, but from its own
# reset, and QEMU does not model it): the date counts from reset.  No
# entropy source: getentropy fails ENOSYS.
BOARD_RTC            := none
