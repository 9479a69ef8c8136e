# As virt-rv64-sbi-dyn, but the console goes through the firmware: SBI
# legacy putchar/getchar (drivers/uart/sbi_console.c) instead of the UART.
include boards/virt-rv64-sbi-dyn.mk
BOARD_CONSOLE        := sbi_console
BOARD_CONSOLE_BASE   := 0
