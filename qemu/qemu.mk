# The QEMU command lines, assembled in one place from the board's data and
# used by `make run`, `make debug` and the test runner.
#
#   BOARD_QEMU     machine, CPU, memory, firmware: from boards/<name>.mk
#   BOARD_QEMU_DEVICES  devices the board file adds (virtio-rng)
#   -display none  no window; -serial stdio: the UART is this terminal
#   -monitor none  so stdin goes only to the UART (tests feed it)
#   -no-reboot     a guest reset ends QEMU instead of looping
#: QEMU_EXTRA  more QEMU options for run, debug and tests: QEMU_EXTRA="-smp 4 -m 512M"
QEMU_EXTRA  ?=
QEMU_ARGS    = $(BOARD_QEMU) $(BOARD_QEMU_DEVICES) -display none -monitor none -serial stdio \
               -no-reboot $(QEMU_EXTRA)
QEMU_CMD     = $(QEMU_ARGS) -kernel $(1)
#: TIMEOUT  seconds a non-interactive boot (a test, the checker) may take before it fails
TIMEOUT     ?= 60
# make debug-server: stop at the first instruction and wait for gdb on GDB_PORT
# (make debug starts gdb too: mk/run.mk).
#: GDB_PORT  the TCP port make debug-server's QEMU waits on for gdb
GDB_PORT    ?= 1234
QEMU_DEBUG   = $(QEMU_ARGS) -S -gdb tcp::$(GDB_PORT) -kernel $(1)
