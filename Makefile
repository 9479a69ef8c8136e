# Bare-metal C kit: build a C program with newlib for a board and run it
# under QEMU.  `make help` lists targets and variables.

KIT_ROOT   := $(CURDIR)
ARCH       ?= riscv64
default_board_riscv64 := virt-rv64
default_board_aarch64 := virt-aarch64
default_board_riscv32 := virt-rv32
$(if $(default_board_$(ARCH)),,$(error ARCH=$(ARCH) is not an architecture the kit knows: riscv64, riscv32 or aarch64))
BOARD      ?= $(default_board_$(ARCH))
BOARDS     := $(shell sed -e 's/#.*//' boards/boards.list)

# Where Debian's opensbi package puts the firmware a board may boot under.
OPENSBI_FW_DIR ?= /usr/lib/riscv64-linux-gnu/opensbi/generic

$(if $(wildcard boards/$(BOARD).mk),,$(error unknown BOARD '$(BOARD)': see `make boards`))
include boards/$(BOARD).mk
include boards/defaults.mk
KIT_ARCH   := $(BOARD_ARCH)
ifneq ($(filter command line environment,$(origin ARCH)),)
$(if $(filter $(ARCH),$(KIT_ARCH)),,$(error BOARD '$(BOARD)' is $(KIT_ARCH), not ARCH=$(ARCH)))
endif
include mk/arch-$(if $(filter riscv%,$(KIT_ARCH)),riscv,$(KIT_ARCH)).mk
# The C library: newlib (full printf, dlmalloc), newlib-nano (nano printf
# and malloc: smaller, with the limits README.md lists), picolibc (Debian's
# package: smallest, its own limits in README.md).  Each mk file sets
# LIBC_INC, LIBC_LIB (headers, libc.a), LIBC_STAMP (what objects wait for)
# and LIBC_CFLAGS.
LIBC       ?= newlib
LIBCS      := newlib newlib-nano picolibc
$(if $(filter $(LIBC),$(LIBCS)),,$(error LIBC=$(LIBC): choose one of $(LIBCS)))
include mk/$(if $(filter picolibc,$(LIBC)),picolibc,newlib).mk
include qemu/qemu.mk

APP        ?= examples/hello
# The board's values unless given (sifive_e has 16 KiB of RAM in all).
STACK_SIZE ?= $(BOARD_STACK_SIZE)
HEAP_MIN   ?= $(BOARD_HEAP_MIN)
include mk/stack.mk
# Optimisation for the program (OPT) and for the kit's own code (KIT_OPT:
# for size, since most of it runs once per boot or per fault, and every
# image carries it; newlib is always -O2).  `make KIT_OPT=-O0` to step
# through the kit in gdb.
OPT        ?= -O2
KIT_OPT    ?= -Os
# 1: the kit's own code must compile without a warning.
WERROR     ?= 1
LINKER_SCRIPT := linker/kit.ld
TIMEOUT    ?= 60

# V=1 shows every command; by default one short line per file; make -s
# shows neither (so `make -s cmd` prints the QEMU line alone).
Q          := $(if $(filter 1,$(V)),,@)
silent     := $(findstring s,$(firstword -$(MAKEFLAGS)))
say         = $(if $(Q),$(if $(silent),,@echo "  $(1)"))

CONFIG     := $(BOARD)-$(KIT_ABI)$(if $(filter-out newlib,$(LIBC)),-$(LIBC))
BUILD_ROOT ?= build
BUILD      := $(BUILD_ROOT)/$(CONFIG)
HOST_BUILD := build/host

CC         := $(CROSS)gcc
ifeq ($(filter help boards board-line deps clean distclean,$(MAKECMDGOALS)),)
$(if $(shell command -v $(CC)),,$(error $(CC) not found: run `sh tools/deps.sh` (or `make deps`)))
endif
AR         := $(CROSS)ar
SIZE       := $(CROSS)size

# Flags every object gets: the target, the C library's headers, the build's
# configuration header (board_config.h, mk/config.mk).
BASE_CFLAGS := $(ARCH_CFLAGS) $(KIT_ARCH_CFLAGS) -g -std=gnu11 -Wall -Wextra \
               $(STACK_PROTECTOR) \
               -ffunction-sections -fdata-sections \
               $(LIBC_CFLAGS) -isystem $(LIBC_INC) $(ARCH_INCLUDES) -I$(BUILD)
# The kit's own code, stricter: every function called from another file
# has a prototype in a header the definition includes.
KIT_CFLAGS  := $(BASE_CFLAGS) $(KIT_OPT) $(KIT_ARCH_OPT) -Wmissing-prototypes -Wundef \
               $(if $(filter 1,$(WERROR)),-Werror)
CFLAGS      := $(BASE_CFLAGS) $(OPT)
LDFLAGS    := $(ARCH_CFLAGS) $(ARCH_LDFLAGS) -nostdlib -static \
              -T $(LINKER_SCRIPT) -L$(BUILD) -Wl,--gc-sections \
              -Wl,--defsym=__kit_stack_size=$(KIT_STACK_SIZE) \
              -Wl,--defsym=__kit_stack_guard=$(KIT_STACK_GUARD) \
              -Wl,--defsym=__kit_trap_stack_size=$(KIT_TRAP_STACK) \
              -Wl,--defsym=__kit_max_harts=$(BOARD_MAX_HARTS) \
              -Wl,--defsym=__kit_heap_min=$(HEAP_MIN)
LDLIBS     := $(LIBC_LDLIBS) -Wl,--start-group $(BUILD)/libkit.a -L$(LIBC_LIB) -lc -lm -lgcc \
              -Wl,--end-group

# The kit itself: the boot path, the platform with its architecture half,
# this board's drivers, the system calls.
KIT_CRT0   := boot/$(ARCH_FAMILY)/crt0.S
# How this board starts other harts (BOARD_HART_START): one file,
# platform/<arch>/hart_<method>.c, or platform/hart_none.c.
hart_src   := $(firstword $(wildcard platform/$(ARCH_FAMILY)/hart_$(BOARD_HART_START).c \
                                     platform/hart_$(BOARD_HART_START).c))
$(if $(hart_src),,$(error BOARD_HART_START=$(BOARD_HART_START): no platform/$(ARCH_FAMILY)/hart_$(BOARD_HART_START).c))
# Its timer interrupt (BOARD_TIMER): platform/<arch>/timer_<method>.c, or
# platform/timer_none.c.
timer_src  := $(firstword $(wildcard platform/$(ARCH_FAMILY)/timer_$(BOARD_TIMER).c \
                                     platform/timer_$(BOARD_TIMER).c))
$(if $(timer_src),,$(error BOARD_TIMER=$(BOARD_TIMER): no platform/$(ARCH_FAMILY)/timer_$(BOARD_TIMER).c))
# A board without a devicetree (BOARD_DEVICETREE := none) links none of
# the reader: platform/devicetree_none.c instead of devicetree.c and fdt/.
dt_srcs    := $(if $(filter none,$(BOARD_DEVICETREE)),platform/devicetree_none.c, \
                  platform/devicetree.c fdt/fdt.c)
KIT_SRCS   := $(wildcard boot/*.c) \
              $(filter-out $(KIT_CRT0),$(wildcard boot/$(ARCH_FAMILY)/*.[cS])) \
              $(filter-out $(wildcard platform/hart_*.c platform/*/hart_*.c \
                                      platform/timer_*.c platform/*/timer_*.c) \
                           platform/devicetree.c platform/devicetree_none.c, \
                  $(wildcard platform/*.c platform/$(ARCH_FAMILY)/*.c)) \
              $(hart_src) $(timer_src) $(dt_srcs) \
              $(filter-out %/sbi_console.c,$(wildcard drivers/uart/*.c)) \
              drivers/exit/$(BOARD_EXIT).c \
              $(if $(filter s,$(BOARD_MODE)),drivers/sbi/sbi.c drivers/uart/sbi_console.c) \
              $(wildcard syscalls/*.c) \
              $(if $(filter picolibc,$(LIBC)),$(wildcard syscalls/picolibc/*.c))
obj         = $(patsubst %,$(BUILD)/obj/%.o,$(basename $(1)))
KIT_OBJS   := $(call obj,$(KIT_SRCS))

include mk/app.mk
include mk/run.mk
include mk/flags.mk
include mk/outputs.mk

.DEFAULT_GOAL := run
.PHONY: run debug debug-server cmd elf kit size help boards clean distclean test deps

## elf: only build APP (prints the path)
elf: $(APP_ELF)
	@echo $<

## size: text/data/bss of APP, then every section (also in build/<config>/<app>.size)
size: $(APP_ELF)
	@$(SIZE) $< && $(SIZE) -A -x $<

kit: $(BUILD)/libkit.a

$(BUILD)/libkit.a: $(KIT_OBJS)
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

# The board's memory, as the linker script's MEMORY block.  CODE is where
# code and .data's initial values live: FLASH for boards that execute in
# place (BOARD_FLASH_ORIGIN set), RAM otherwise.
comma        := ,
memory_flash := $(if $(BOARD_FLASH_ORIGIN),    FLASH (rx) : ORIGIN = $(BOARD_FLASH_ORIGIN)$(comma) LENGTH = $(BOARD_FLASH_LENGTH))
$(BUILD)/memory.ld: $(BUILD)/ldflags Makefile $(BUILD)/mmu_tables.ld
	@mkdir -p $(@D)
	@printf '%s\n' 'MEMORY {' '$(memory_flash)' \
	    '    RAM (rwx)  : ORIGIN = $(BOARD_RAM_ORIGIN), LENGTH = $(BOARD_RAM_LENGTH)' '}' \
	    'REGION_ALIAS("CODE", $(if $(BOARD_FLASH_ORIGIN),FLASH,RAM));' > $@

# AArch64's page tables as linker-script data (empty elsewhere): see
# linker/mmu_tables.ld.S.  kit.ld INCLUDEs it; memory.ld's prerequisite so
# that every link rule that has memory.ld has it too.
$(BUILD)/mmu_tables.ld: linker/mmu_tables.ld.S $(BUILD)/board_config.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(ARCH_CFLAGS) -E -P -x c -I$(BUILD) $< -o $@

# The flags this build used, one file for compiling and one for linking.
# Each is rewritten only when its flags change (say `make OPT=-O0`, or
# `make STACK_SIZE=32768` for the link), so that what they feed is
# rebuilt with the new values instead of mixing old and new.  (Values of
# the board reach C through board_config.h instead: see mk/config.mk.)
write_if_changed = @mkdir -p $(@D); echo '$(1)' | cmp -s - $@ || echo '$(1)' > $@
$(BUILD)/cflags: FORCE
	$(call write_if_changed,$(KIT_CFLAGS) | $(CFLAGS) | $(KIT_CALL_SRCS): $(KIT_ARCH_HOT_OPT) \
	    | $(KIT_HOT_SRCS): $(KIT_HOT_CFLAGS) $(KIT_ARCH_HOT_OPT))
$(BUILD)/ldflags: FORCE
	$(call write_if_changed,$(LDFLAGS) $(LDLIBS) $(LINKER_SCRIPT) $(memory_flash) \
	    $(BOARD_RAM_ORIGIN) $(BOARD_RAM_LENGTH))

include mk/config.mk

# Which flags an object gets: the kit's stricter set for the kit's own
# sources, CFLAGS for the program's.
$(KIT_OBJS) $(call obj,$(KIT_CRT0)): OBJ_CFLAGS = $(KIT_CFLAGS)
# What runs on every write() and read() is built for speed whatever
# KIT_OPT says (a later option wins): no RISC-V save/restore routines
# (they cost about 10 instructions a call, and rule out tail calls), and
# the system calls, the output lock and the UART drivers' loops at -O2.
# With all of it at -Os and -msave-restore, 4096 one-byte writes cost 217
# instructions a byte instead of 157, and the 4 KiB write 5.89 instead of
# 5.61 (virt-rv64); this costs about 220 bytes in a printf image.
KIT_CALL_SRCS := platform/console.c platform/hart.c
KIT_HOT_SRCS  := $(wildcard syscalls/*.c drivers/uart/*.c) platform/outlock.c
KIT_HOT_CFLAGS := -O2
$(call obj,$(KIT_CALL_SRCS)): OBJ_CFLAGS = $(KIT_CFLAGS) $(KIT_ARCH_HOT_OPT)
$(call obj,$(KIT_HOT_SRCS)): OBJ_CFLAGS = $(KIT_CFLAGS) $(KIT_HOT_CFLAGS) $(KIT_ARCH_HOT_OPT)
OBJ_CFLAGS  = $(CFLAGS)

# Every object waits for newlib's headers and the configuration header
# (order-only: it is rewritten only when a value changes); -MMD then
# records every header an object includes, board_config.h among them, so
# a changed board value rebuilds exactly the objects that use it.
$(BUILD)/obj/%.o: %.c $(LIBC_STAMP) $(BUILD)/cflags | $(BUILD)/board_config.h
	@mkdir -p $(@D)
	$(call say,CC      $<)
	$(Q)$(CC) $(OBJ_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/%.o: %.S $(LIBC_STAMP) $(BUILD)/cflags | $(BUILD)/board_config.h
	@mkdir -p $(@D)
	$(call say,CC      $<)
	$(Q)$(CC) $(OBJ_CFLAGS) -MMD -MP -c $< -o $@

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

include tests/tests.mk
-include bench/bench.mk

## boards: list the boards with their architecture and QEMU machine
boards:
	@for b in $(BOARDS); do \
	    $(MAKE) -s --no-print-directory BOARD=$$b board-line; done

board-line:
	@printf '%-16s %-8s %s\n' $(BOARD) $(KIT_ARCH) '$(BOARD_QEMU)'

## deps: install the Debian packages the kit needs (root or sudo)
deps:
	@sh tools/deps.sh

## clean: remove build/ (the newlib cache in .cache/ stays)
clean:
	rm -rf build

## distclean: also remove the newlib cache
distclean: clean
	rm -rf .cache

## help: this text
help:
	@echo "Targets:"
	@sed -n 's/^## \([a-z-]*\): /  \1\t/p' $(MAKEFILE_LIST) | expand -t 16
	@echo
	@echo "Variables (current value):"
	@echo "  ARCH=$(ARCH)        riscv64 | riscv32 | aarch64 (picks the default BOARD)"
	@echo "  BOARD=$(BOARD)  one of: $(BOARDS)"
	@echo "  ABI=$(KIT_ABI)          riscv64: lp64d | lp64; riscv32: ilp32 | ilp32d; aarch64: aapcs64"
	@echo "  OPT=$(OPT)          optimisation for the program;  KIT_OPT=$(KIT_OPT)  for the kit's own code"
	@echo "  WERROR=$(WERROR)         kit warnings are errors"
	@echo "  LIBC=$(LIBC)        one of: $(LIBCS)"
	@echo "  APP=$(APP)  a .c file or a directory of .c/.S (+ app.mk)"
	@echo "  STACK_SIZE=$(STACK_SIZE)  bytes per hart;  HEAP_MIN=$(HEAP_MIN)  link fails below this"
	@echo "  BOARD_*=      any board value (boards/defaults.mk lists them), e.g. BOARD_MAX_HARTS=2"
	@echo "  OPENSBI_FW_DIR=$(OPENSBI_FW_DIR)"
	@echo "  QEMU_EXTRA=   extra QEMU options;  TIMEOUT=$(TIMEOUT)  seconds per test boot"
	@echo "  ARGS=\"a 'b c'\" ENV=\"K=v\"  main's argv/environment;  STDIN=file  UART input"
	@echo "  RUN_TIMEOUT=s  stop make run/debug after s seconds;  TRACE=1  system-call trace"
	@echo "  ELF=path      boot an image built elsewhere (machine checked)"
	@echo "  app.mk: APP_SRCS APP_CFLAGS APP_INCLUDES APP_LDLIBS (the app's objects only)"
	@echo "  NEWLIB_CACHE=$(NEWLIB_CACHE)"
