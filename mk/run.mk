# Booting: make run, cmd and debug, and what they take from the command line.
#
#: ELF  boot an image built elsewhere (make flags, CMake, Meson) instead of APP's
#: RUN_TIMEOUT  stop QEMU after this many seconds (2, 0.5; empty: no limit, 0 is refused); a timeout fails
#: ARGS  main's argv[1..], quoted as in sh: ARGS="a 'b c'" (platform/cmdline.c; a quote never closed is refused)
#: ENV  the program's environment (getenv, envp): ENV="K=v K2='w x'"
#: STDIN  a file the UART reads, any bytes, then end of input (default: the terminal)
#: TRACE  1: print every system call the C library makes, strace-style
#: RUN_DIR  where QEMU runs: a program's relative paths (fopen("data.txt")) resolve there
#: COUNT  1: then print how many instructions the run executed, exactly (QEMU's TCG plugin)
#
# ARGS and ENV reach the program as one line, "ENV -- ARGS", through
# QEMU's -append: semihosting SYS_GET_CMDLINE on boards run with
# -semihosting, else the devicetree's /chosen/bootargs (platform/bootargs.c).
#
# RUN_DIR: host files (platform/hostfs.h) resolve a relative path against
# QEMU's working directory, as a program on the host resolves it against
# its own.  So QEMU runs where the user started make: $(PWD), which make
# -C leaves as it was (the shell's directory), or the kit when PWD is
# not set.  The image, the runner and STDIN keep the paths make gave them
# (made absolute), and so do QEMU_EXTRA's only if they are absolute.

RUN_TIMEOUT ?=
ARGS        ?=
ENV         ?=
STDIN       ?=
TRACE       ?=
KIT_TRACE   := $(call kit_switch,TRACE)
# COUNT is make run's switch only: make abi-fuzz reads the same name as a
# number of cases (abi/conform/conform.mk), so it is checked, and used,
# only when the goal is run.
COUNT       ?=
KIT_COUNT   := $(if $(filter run,$(or $(MAKECMDGOALS),run)),$(call kit_switch,COUNT))
# A time limit is a number of seconds above 0: "0" would read as "stop at
# once" to some tools and "no limit" to others, so it is neither.
$(if $(shell case '$(strip $(RUN_TIMEOUT))' in ('') ;; (*[!0-9.]*|*.*.*|.) echo bad;; \
        (*) awk 'BEGIN { exit !($(strip $(RUN_TIMEOUT)) > 0) }' || echo bad;; esac), \
    $(error RUN_TIMEOUT=$(RUN_TIMEOUT): a number of seconds above 0 (leave it empty for no limit)))
RUN_DIR     ?= $(or $(wildcard $(PWD)),$(CURDIR))

# The image a run boots: ELF=, the traced twin of APP's image, or APP's.
# A variable that only changes how the kit builds an image cannot reach
# one that is built already: given with ELF=, it is an error that says so,
# not a value silently ignored.
ELF_BUILD_VARS := STACK_SIZE HEAP_MIN STACK_GUARD TRAP_STACK_SIZE STACK_PROTECTOR \
                  STACK_REPORT OPT KIT_OPT WERROR APP APP_CFLAGS APP_SRCS APP_INCLUDES \
                  APP_LDLIBS ABI LIBC HOSTFS CONSOLE_CRLF
ifneq ($(ELF),)
ifneq ($(filter run cmd debug size disasm,$(MAKECMDGOALS)),)
$(if $(wildcard $(ELF)),,$(error ELF=$(ELF): no such file))
$(if $(KIT_TRACE),$(error TRACE=1 needs an image the kit links (APP=); for ELF= link with `make flags TRACE=1`))
$(foreach v,$(ELF_BUILD_VARS),$(if $(filter command line,$(origin $(v))),\
    $(error $(v)=$($(v)) cannot apply to ELF=$(ELF): it is linked already; build it with $(v) instead (make flags $(v)=... for your own build))))
endif
RUN_ELF     := $(ELF)
else
RUN_ELF     := $(if $(KIT_TRACE),$(BUILD)/$(APP_NAME).trace.elf,$(APP_ELF))
endif

# TRACE=1: the same objects linked with every system call wrapped (GNU ld
# --wrap: newlib's call to _write lands in __wrap__write, which calls the
# real one and prints the line).  A separate image, so switching TRACE on
# and off rebuilds nothing.
TRACE_SYSCALLS := _write _read _close _fstat _isatty _lseek _sbrk _exit \
                  _getpid _kill _gettimeofday _times _open _stat _unlink \
                  _rename clock_gettime getentropy
TRACE_LDFLAGS  := $(foreach s,$(TRACE_SYSCALLS),-Wl,--wrap=$(s)) -Wl,--undefined=kit_trace_on
$(BUILD)/$(APP_NAME).trace.elf: $(APP_ELF)
	$(Q)$(CC) $(LDFLAGS) $(TRACE_LDFLAGS) -o $@ $(call obj,$(KIT_CRT0)) $(APP_OBJS) \
	    $(APP_LDLIBS) $(LDLIBS)
	$(call say,LINK    $@ (TRACE=1))

run_cmdline := $(strip $(if $(ENV),$(ENV) --) $(ARGS))
run_append   = $(if $(run_cmdline),-append $(call shell_quote,$(run_cmdline)))
# STDIN: the file as console input, its own ^D and ^V bytes quoted, then
# the end of input (tools/runner/kitrun.c --feed).
run_input    = $(if $(STDIN),$(abspath $(KITRUN)) --feed $(call shell_quote,$(abspath $(STDIN))) |)
# In RUN_DIR, with the image's absolute path.
run_in_dir   = cd $(call shell_quote,$(RUN_DIR)) &&
run_timeout  = $(if $(RUN_TIMEOUT),timeout --foreground -k 5 $(RUN_TIMEOUT))
ifneq ($(STDIN),)
ifneq ($(filter run cmd,$(MAKECMDGOALS)),)
$(if $(wildcard $(STDIN)),,$(error STDIN=$(STDIN): no such file))
endif
endif

# An image for another machine never boots: QEMU would hang or fault with
# no word of why.  readelf's class and machine must be the board's.
elf_machine_riscv64 := ELF64 RISC-V
elf_machine_riscv32 := ELF32 RISC-V
elf_machine_aarch64 := ELF64 AArch64
check_machine = m=$$(readelf -h $(1) 2>/dev/null | sed -n \
        -e 's/^ *Class: *\(ELF[0-9]*\).*/\1/p' -e 's/^ *Machine: *\(.*\)/\1/p' | \
        sed -e 's/Advanced RISC Machines .*//' | tr '\n' ' ' | sed 's/ *$$//'); \
    [ "$$m" = "$(elf_machine_$(KIT_ARCH))" ] || { \
    echo "kit: $(1) is not a $(KIT_ARCH) image ($${m:-not ELF}); BOARD=$(BOARD) boots $(elf_machine_$(KIT_ARCH))" >&2; exit 1; }

## run: build APP for BOARD and boot it; fails when the program's status is not 0
# Through the runner (tools/runner/kitrun.c --symbolise): a fault report's
# pc and ra are shown as function+offset and file:line of the ELF, and the
# runner says how the run ended (the program's status, RUN_TIMEOUT, QEMU
# refusing the image), so that nothing else passes for the program's
# status.  It refuses ARGS/ENV with a quote never closed, and -m that
# leaves the image or its firmware no room (BOARD_QEMU_RAM_BASE,
# BOARD_QEMU_RAM_NEED), before QEMU starts.  COUNT=1: the run under
# tools/insncount.c with -icount shift=0, and a last line with the
# instructions it executed (before main, main to _exit, and between
# bench/programs/bench.h's marks when the program has them): a figure
# that, unlike QEMU's wall time, does not depend on the host or on where
# the code landed (docs/benchmarking.md).
# LOADER=u-boot: the board's U-Boot boots make sdcard's disk (mk/loader.mk).
run_qemu     = $(if $(LOADER),$(uboot_qemu),$(call QEMU_CMD,$(1)) $(run_append))
run: $(RUN_ELF) $(KITRUN) $(if $(LOADER),$(RUN_DISK)) $(if $(KIT_COUNT),$(INSNCOUNT))
	@$(call check_machine,$<)
	@$(run_input) ($(run_in_dir) exec $(abspath $(KITRUN)) --symbolise $(abspath $<) \
	     $(if $(RUN_TIMEOUT),--timeout $(RUN_TIMEOUT)) \
	     $(if $(BOARD_QEMU_RAM_BASE),--ram-base $(BOARD_QEMU_RAM_BASE)) \
	     $(if $(BOARD_QEMU_RAM_NEED),--ram-need $(BOARD_QEMU_RAM_NEED)) \
	     $(if $(KIT_COUNT),--count $(abspath $(INSNCOUNT))) -- \
	     $(call run_qemu,$(abspath $<)))

## cmd: print the exact QEMU command line for APP (run it to see the raw status)
# Run where you are, which is RUN_DIR unless you set it: the line has no
# cd of its own, so a script may put `timeout` or `exec` in front of it.
cmd: $(RUN_ELF) $(if $(STDIN),$(KITRUN)) $(if $(LOADER),$(RUN_DISK))
	@echo "$(subst ",\",$(subst $$,\$$,$(run_input) $(call run_qemu,$(abspath $<))))"

# make debug: QEMU halted with its gdb stub on a Unix socket of its own
# (build/<config>/gdb-<pid>.sock: no TCP port to collide with another
# session), and gdb-multiarch with the image's symbols connected to it,
# stopped at main.  The program's console stays on stdout; its input is
# STDIN= or nothing (gdb owns the terminal).  tools/gdb/<arch>.gdb adds
# kit-trap and kit-priv / kit-el.  GDB_BATCH=script runs the script and
# exits (tests).  QEMU ends with gdb (gdb kills its target on exit; the
# trap makes sure).
#: GDB  the debugger make debug starts
GDB       ?= gdb-multiarch
#: GDB_BATCH  a gdb script make debug runs, then exits (no prompt)
GDB_BATCH ?=

## debug: boot APP under gdb-multiarch, stopped at main (GDB_BATCH=script: non-interactive)
debug: $(RUN_ELF) $(if $(STDIN),$(KITRUN))
	@$(call check_machine,$<)
	@sock=$(abspath $(BUILD))/gdb-$$$$.sock; rm -f $$sock; \
	 $(if $(STDIN),$(run_input),) ($(run_in_dir) exec $(call QEMU_CMD,$(abspath $<)) $(run_append) -S \
	     -gdb unix:$$sock,server=on,wait=off) $(if $(STDIN),,</dev/null) & qemu=$$!; \
	 trap 'kill $$qemu 2>/dev/null; rm -f $$sock' EXIT; \
	 n=0; while [ ! -S $$sock ] && [ $$n -lt 100 ] && kill -0 $$qemu 2>/dev/null; do \
	     sleep 0.1; n=$$((n + 1)); done; \
	 $(run_timeout) $(GDB) -q -nx $(if $(GDB_BATCH),-batch) -x tools/gdb/$(ARCH_FAMILY).gdb \
	    -ex "target remote $$sock" -ex 'break main' -ex 'continue' \
	    $(if $(GDB_BATCH),-x $(GDB_BATCH)) $<

## debug-server: boot APP halted, waiting for your own gdb on GDB_PORT
debug-server: $(RUN_ELF)
	@echo "QEMU waits for gdb: gdb-multiarch $< -ex 'target remote :$(GDB_PORT)'"
	$(call QEMU_DEBUG,$<)
