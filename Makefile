# Bare-metal C kit: build a C program with newlib for a board and run it
# under QEMU.  `make help` lists targets and variables.

KIT_ROOT   := $(CURDIR)
ARCH       ?= riscv64
default_board_riscv64 := virt-rv64
default_board_aarch64 := virt-aarch64
default_board_riscv32 := virt-rv32
BOARD      ?= $(default_board_$(ARCH))
BOARDS     := $(shell sed -e 's/#.*//' boards/boards.list)

$(if $(wildcard boards/$(BOARD).mk),,$(error unknown BOARD '$(BOARD)': see `make boards`))
include boards/$(BOARD).mk
KIT_ARCH   := $(BOARD_ARCH)
ifneq ($(filter command line environment,$(origin ARCH)),)
$(if $(filter $(ARCH),$(KIT_ARCH)),,$(error BOARD '$(BOARD)' is $(KIT_ARCH), not ARCH=$(ARCH)))
endif
include mk/arch-$(KIT_ARCH).mk
include mk/newlib.mk
include qemu/qemu.mk

APP        ?= examples/hello
# A board may lower these (sifive_e has 16 KiB of RAM in all).
STACK_SIZE ?= $(or $(BOARD_STACK_SIZE),16384)
HEAP_MIN   ?= $(or $(BOARD_HEAP_MIN),65536)
LINKER_SCRIPT := linker/kit.ld
TIMEOUT    ?= 60

# V=1 shows every command; by default one short line per file; make -s
# shows neither (so `make -s cmd` prints the QEMU line alone).
Q          := $(if $(filter 1,$(V)),,@)
silent     := $(findstring s,$(firstword -$(MAKEFLAGS)))
say         = $(if $(Q),$(if $(silent),,@echo "  $(1)"))

CONFIG     := $(BOARD)-$(KIT_ABI)
BUILD      := build/$(CONFIG)
HOST_BUILD := build/host

CC         := $(CROSS)gcc
ifeq ($(filter help boards board-line deps clean distclean,$(MAKECMDGOALS)),)
$(if $(shell command -v $(CC)),,$(error $(CC) not found: run `sh tools/deps.sh` (or `make deps`)))
endif
AR         := $(CROSS)ar
SIZE       := $(CROSS)size

# Values from the board file, handed to C/assembly as defines.
KIT_DEFS   := -DKIT_BOARD_NAME='"$(BOARD)"' \
              -DKIT_CONSOLE=$(BOARD_CONSOLE) -DKIT_CONSOLE_BASE=$(BOARD_CONSOLE_BASE) \
              -DKIT_EXIT=$(BOARD_EXIT) -DKIT_EXIT_BASE=$(BOARD_EXIT_BASE) \
              -DKIT_TIMER_HZ=$(BOARD_TIMER_HZ) -DKIT_BOOT_HART=$(BOARD_BOOT_HART) \
              -DKIT_MAX_HARTS=$(BOARD_MAX_HARTS) -DKIT_STACK_SIZE=$(STACK_SIZE) \
              -DKIT_DTB_ADDR=$(or $(BOARD_DTB_ADDR),0) \
              -DKIT_ENTRY_LEVEL=$(BOARD_ENTRY_LEVEL) \
              -DKIT_CLINT_BASE=$(or $(BOARD_CLINT_BASE),0) \
              -DKIT_MTIME_ADDR=$(or $(BOARD_MTIME),0) \
              -DKIT_SPIN_TABLE=$(or $(BOARD_SPIN_TABLE),0) \
              -DKIT_PSCI_CONDUIT=$(or $(BOARD_PSCI),hvc) \
              -DKIT_MMU_RAM_START=$(or $(BOARD_MMU_RAM_START),0) \
              -DKIT_MMU_RAM_END=$(or $(BOARD_MMU_RAM_END),0) \
              -DKIT_CONSOLE_FROM_DTB=$(or $(BOARD_CONSOLE_FROM_DTB),$(if $(filter sbi_console,$(BOARD_CONSOLE)),0,1)) \
              $(if $(filter s,$(BOARD_MODE)),-DKIT_MODE_S)

CFLAGS     := $(ARCH_CFLAGS) $(KIT_ARCH_CFLAGS) -O2 -g -std=gnu11 -Wall -Wextra \
              -ffunction-sections -fdata-sections \
              -isystem $(NEWLIB_INC) $(ARCH_INCLUDES) $(KIT_DEFS)
LDFLAGS    := $(ARCH_CFLAGS) $(ARCH_LDFLAGS) -nostdlib -static \
              -T $(LINKER_SCRIPT) -L$(BUILD) -Wl,--gc-sections \
              -Wl,--defsym=__kit_stack_size=$(STACK_SIZE) \
              -Wl,--defsym=__kit_max_harts=$(BOARD_MAX_HARTS) \
              -Wl,--defsym=__kit_heap_min=$(HEAP_MIN)
LDLIBS     := -Wl,--start-group $(BUILD)/libkit.a -L$(NEWLIB_LIB) -lc -lm -lgcc \
              -Wl,--end-group

# The kit itself: generic code plus this board's drivers.
KIT_CRT0   := boot/$(ARCH_FAMILY)/crt0.S
# boot/<arch>/hart_<method>.c: how this board starts other harts
# (BOARD_HART_START: clint, sbi_hsm, psci, spintable).
KIT_SRCS   := boot/cstart.c \
              $(filter-out $(KIT_CRT0) boot/$(ARCH_FAMILY)/hart_%.c, \
                  $(wildcard boot/$(ARCH_FAMILY)/*.[cS])) \
              boot/$(ARCH_FAMILY)/hart_$(BOARD_HART_START).c \
              platform/board.c platform/console.c platform/exit.c platform/hart.c \
              platform/devicetree.c fdt/fdt.c \
              $(filter-out %/sbi_console.c,$(wildcard drivers/uart/*.c)) \
              drivers/exit/$(BOARD_EXIT).c \
              $(if $(filter s,$(BOARD_MODE)),drivers/sbi/sbi.c drivers/uart/sbi_console.c) \
              $(wildcard syscalls/*.c)
obj         = $(patsubst %,$(BUILD)/obj/%.o,$(basename $(1)))
KIT_OBJS   := $(call obj,$(KIT_SRCS))

# The application: one .c file, or every .c/.S in a directory plus what its
# optional app.mk adds to APP_SRCS.
APP_NAME   := $(basename $(patsubst %/,%,$(APP)))
APP_SRCS   :=
ifeq ($(suffix $(APP)),.c)
APP_SRCS   += $(APP)
else
APP_SRCS   += $(wildcard $(APP)/*.c $(APP)/*.S)
-include $(APP)/app.mk
endif
APP_ELF    := $(BUILD)/$(APP_NAME).elf
ifneq ($(filter run debug cmd elf size,$(or $(MAKECMDGOALS),run)),)
$(if $(wildcard $(APP_SRCS)),,$(error APP=$(APP): no .c or .S files there))
endif

.DEFAULT_GOAL := run
.PHONY: run debug cmd elf kit size help boards clean distclean test deps

## run: build APP for BOARD and boot it; fails when the program's status is not 0
run: $(APP_ELF)
	@$(call QEMU_CMD,$<); status=$$?; \
	 [ $$status = 0 ] || echo "kit: program exited with status $$status" >&2; \
	 exit $$status

## debug: boot APP halted, waiting for gdb-multiarch on GDB_PORT
debug: $(APP_ELF)
	@echo "QEMU waits for gdb: gdb-multiarch $< -ex 'target remote :$(GDB_PORT)'"
	$(call QEMU_DEBUG,$<)

## cmd: print the exact QEMU command line for APP (run it to see the raw status)
cmd: $(APP_ELF)
	@echo '$(call QEMU_CMD,$<)'

## elf: only build APP (prints the path)
elf: $(APP_ELF)
	@echo $<

## size: text/data/bss of APP
size: $(APP_ELF)
	@$(SIZE) $<

kit: $(BUILD)/libkit.a

$(APP_ELF): $(call obj,$(KIT_CRT0)) $(call obj,$(APP_SRCS)) $(BUILD)/libkit.a \
            $(BUILD)/memory.ld $(LINKER_SCRIPT) $(BUILD)/flags
	@mkdir -p $(@D)
	$(Q)$(CC) $(LDFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS)
	$(call say,LINK    $@)

$(BUILD)/libkit.a: $(KIT_OBJS)
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

# The board's memory, as the linker script's MEMORY block.  CODE is where
# code and .data's initial values live: FLASH for boards that execute in
# place (BOARD_FLASH_ORIGIN set), RAM otherwise.
comma        := ,
memory_flash := $(if $(BOARD_FLASH_ORIGIN),    FLASH (rx) : ORIGIN = $(BOARD_FLASH_ORIGIN)$(comma) LENGTH = $(BOARD_FLASH_LENGTH))
$(BUILD)/memory.ld: $(BUILD)/flags Makefile
	@mkdir -p $(@D)
	@printf '%s\n' 'MEMORY {' '$(memory_flash)' \
	    '    RAM (rwx)  : ORIGIN = $(BOARD_RAM_ORIGIN), LENGTH = $(BOARD_RAM_LENGTH)' '}' \
	    'REGION_ALIAS("CODE", $(if $(BOARD_FLASH_ORIGIN),FLASH,RAM));' > $@

# The flags this build used.  Rewritten only when they change (say
# `make STACK_SIZE=32768`), so that every object and image is rebuilt with
# the new values instead of mixing old and new.
build_flags = $(CFLAGS) $(LDFLAGS) $(LINKER_SCRIPT) $(memory_flash) \
              $(BOARD_RAM_ORIGIN) $(BOARD_RAM_LENGTH)
$(BUILD)/flags: FORCE
	@mkdir -p $(@D)
	@echo '$(build_flags)' | cmp -s - $@ || echo '$(build_flags)' > $@

# Every object waits for newlib's headers; -MMD tracks header changes.
$(BUILD)/obj/%.o: %.c $(NEWLIB_STAMP) $(BUILD)/flags
	@mkdir -p $(@D)
	$(call say,CC      $<)
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/%.o: %.S $(NEWLIB_STAMP) $(BUILD)/flags
	@mkdir -p $(@D)
	$(call say,CC      $<)
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

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
	@echo "  ARCH=$(ARCH)        riscv64 | aarch64 (picks the default BOARD)"
	@echo "  BOARD=$(BOARD)  one of: $(BOARDS)"
	@echo "  ABI=$(KIT_ABI)          riscv64: lp64d | lp64; aarch64: aapcs64"
	@echo "  APP=$(APP)  a .c file or a directory of .c/.S (+ app.mk)"
	@echo "  STACK_SIZE=$(STACK_SIZE)  bytes per hart;  HEAP_MIN=$(HEAP_MIN)  link fails below this"
	@echo "  QEMU_EXTRA=   extra QEMU options;  TIMEOUT=$(TIMEOUT)  seconds per test boot"
	@echo "  NEWLIB_CACHE=$(NEWLIB_CACHE)"
