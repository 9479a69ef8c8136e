# The kit itself: its flags, its sources for this board, libkit.a, the
# linker script's memory block, and the rule every object is compiled by.
#
# Needs (from the Makefile): the board's values (mk/board.mk), the
# architecture's flags (mk/arch-*.mk), the C library's (mk/newlib.mk or
# mk/picolibc.mk), the stack values (mk/stack.mk).

CC         := $(CROSS)gcc
ifeq ($(filter $(kit_goals_without_compiler),$(MAKECMDGOALS)),)
$(if $(shell command -v $(CC)),,$(error $(CC) not found: run `sh tools/deps.sh` (or `make deps`)))
endif
AR         := $(CROSS)ar
SIZE       := $(CROSS)size

# Flags every object gets: the target, the C library's headers, the build's
# configuration header (board_config.h, mk/config.mk).
BASE_CFLAGS := $(ARCH_CFLAGS) $(KIT_ARCH_CFLAGS) -g -std=gnu11 -Wall -Wextra \
               $(KIT_STACK_PROTECTOR) $(KIT_STACK_CLASH_CFLAGS) \
               -ffunction-sections -fdata-sections \
               $(LIBC_CFLAGS) -isystem $(LIBC_INC) $(ARCH_INCLUDES) -I$(BUILD)
# The kit's own code, stricter: every function called from another file
# has a prototype in a header the definition includes.
KIT_CFLAGS  := $(BASE_CFLAGS) $(KIT_OPT) $(KIT_ARCH_OPT) -Wmissing-prototypes -Wundef \
               $(if $(filter 1,$(WERROR)),-Werror)
CFLAGS      := $(BASE_CFLAGS) $(OPT)
# TEXT_SHIFT=n: n bytes of padding right after _start's entry code, so
# that every other function of the image (the program's, the kit's, the C
# library's) sits n bytes further on (linker/kit.ld).  For measuring what
# placement alone does to a run's speed (make bench; docs/benchmarking.md).
#: TEXT_SHIFT  bytes: move every function but _start this far (placement experiments)
TEXT_SHIFT ?=
$(if $(shell case '$(TEXT_SHIFT)' in ('') ;; (*[!0-9]*) echo bad;; esac),$(error TEXT_SHIFT=$(TEXT_SHIFT): a number of bytes))
KIT_TEXT_SHIFT_LDFLAGS := -Wl,--defsym=__kit_text_shift=$(TEXT_SHIFT)
LDFLAGS    := $(ARCH_CFLAGS) $(ARCH_LDFLAGS) -nostdlib -static \
              -T $(LINKER_SCRIPT) -L$(BUILD) -Wl,--gc-sections \
              -Wl,--defsym=__kit_stack_size=$(KIT_STACK_SIZE) \
              -Wl,--defsym=__kit_stack_guard=$(KIT_STACK_GUARD) \
              -Wl,--defsym=__kit_stack_pitch=$(KIT_STACK_PITCH) \
              -Wl,--defsym=__kit_trap_stack_size=$(KIT_TRAP_STACK) \
              -Wl,--defsym=__kit_trap_stack_guard=$(KIT_TRAP_STACK_GUARD) \
              -Wl,--defsym=__kit_trap_stack_pitch=$(KIT_TRAP_STACK_PITCH) \
              -Wl,--defsym=__kit_max_harts=$(BOARD_MAX_HARTS) \
              -Wl,--defsym=__kit_perm_align=$(BOARD_PERM_ALIGN) \
              -Wl,--defsym=__kit_heap_min=$(KIT_HEAP_MIN) $(KIT_CHECK_LDFLAGS) \
              $(if $(TEXT_SHIFT),$(KIT_TEXT_SHIFT_LDFLAGS))
LDLIBS     := $(LIBC_LDLIBS) -Wl,--start-group $(BUILD)/libkit.a -L$(LIBC_LIB) -lc -lm -lgcc \
              -Wl,--end-group

# The sources: the boot path, the platform with its architecture half,
# this board's drivers, the system calls.
KIT_CRT0   := boot/$(ARCH_FAMILY)/crt0.S
# How this board starts other harts (BOARD_HART_START): one file,
# platform/<arch>/hart_<method>.c, or platform/hart_none.c.
hart_src   := $(firstword $(wildcard platform/$(ARCH_FAMILY)/hart_$(BOARD_HART_START).c \
                                     platform/hart_$(BOARD_HART_START).c))
$(if $(hart_src),,$(error BOARD_HART_START=$(BOARD_HART_START): no platform/$(ARCH_FAMILY)/hart_$(BOARD_HART_START).c))
# Its timer interrupt (BOARD_TIMER): platform/<arch>/timer_<method>.c and
# the half every method of the architecture shares, timer_common.c; or
# platform/timer_none.c.
timer_src  := $(firstword $(wildcard platform/$(ARCH_FAMILY)/timer_$(BOARD_TIMER).c \
                                     platform/timer_$(BOARD_TIMER).c))
$(if $(timer_src),,$(error BOARD_TIMER=$(BOARD_TIMER): no platform/$(ARCH_FAMILY)/timer_$(BOARD_TIMER).c))
timer_src  += $(if $(filter platform/$(ARCH_FAMILY)/%,$(timer_src)),platform/$(ARCH_FAMILY)/timer_common.c)
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
              $(if $(filter-out none,$(BOARD_RTC)),drivers/rtc/$(BOARD_RTC).c) \
              $(wildcard drivers/virtio/*.c) \
              $(if $(filter s,$(BOARD_MODE)),drivers/sbi/sbi.c drivers/uart/sbi_console.c) \
              $(wildcard syscalls/*.c) \
              $(if $(filter picolibc,$(LIBC)),$(wildcard syscalls/picolibc/*.c))
obj         = $(patsubst %,$(BUILD)/obj/%.o,$(basename $(1)))
KIT_OBJS   := $(call obj,$(KIT_SRCS))

.PHONY: kit
kit: $(BUILD)/libkit.a

$(BUILD)/libkit.a: $(KIT_OBJS)
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

# The board's memory, as the linker script's MEMORY block.  CODE is where
# code and .data's initial values live: FLASH for boards that execute in
# place (BOARD_FLASH_ORIGIN set), RAM otherwise.
memory_flash := $(if $(BOARD_FLASH_ORIGIN),    FLASH (rx) : ORIGIN = $(BOARD_FLASH_ORIGIN)$(comma) LENGTH = $(BOARD_FLASH_LENGTH))
$(BUILD)/memory.ld: $(BUILD)/ldflags mk/kit.mk $(BUILD)/mmu_tables.ld
	@mkdir -p $(@D)
	@printf '%s\n' 'MEMORY {' '$(memory_flash)' \
	    '    RAM (rwx)  : ORIGIN = $(BOARD_RAM_ORIGIN), LENGTH = $(BOARD_RAM_LENGTH)' '}' \
	    'REGION_ALIAS("CODE", $(if $(BOARD_FLASH_ORIGIN),FLASH,RAM));' > $@

# The page tables as linker-script data (AArch64 and RISC-V S-mode; empty
# in RISC-V M-mode): see linker/mmu_tables.ld.S.  kit.ld INCLUDEs it;
# memory.ld's prerequisite so that every link rule that has memory.ld has
# it too.
$(BUILD)/mmu_tables.ld: linker/mmu_tables.ld.S $(BUILD)/board_config.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(ARCH_CFLAGS) -E -P -x c -I$(BUILD) $< -o $@

# Which flags an object gets: the kit's stricter set for the kit's own
# sources, CFLAGS for the program's.
# What runs on every write() and read() is built for speed whatever
# KIT_OPT says (a later option wins): no RISC-V save/restore routines
# (they cost about 10 instructions a call, and rule out tail calls), and
# the system calls, the output lock and the UART drivers' loops at -O2.
# With all of it at -Os and -msave-restore, 4096 one-byte writes cost 217
# instructions a byte instead of 157, and the 4 KiB write 5.89 instead of
# 5.61 (virt-rv64); this costs about 220 bytes in a printf image.
KIT_CALL_SRCS  := platform/console.c platform/hart.c
KIT_HOT_SRCS   := $(wildcard syscalls/*.c drivers/uart/*.c) platform/outlock.c
KIT_HOT_CFLAGS := -O2
# The flags of one kit source, $(1): the one place that decides, used by
# the compile rule below and by compile_commands.json (mk/outputs.mk).
kit_obj_cflags = $(KIT_CFLAGS) $(if $(filter $(1),$(KIT_HOT_SRCS)),$(KIT_HOT_CFLAGS)) \
                 $(if $(filter $(1),$(KIT_CALL_SRCS) $(KIT_HOT_SRCS)),$(KIT_ARCH_HOT_OPT))
$(foreach s,$(KIT_CRT0) $(KIT_SRCS),$(eval $(call obj,$(s)): OBJ_CFLAGS = $$(call kit_obj_cflags,$(s))))
OBJ_CFLAGS  = $(CFLAGS)

# The flags this build used, one file for compiling and one for linking.
# Each is rewritten only when its flags change (say `make OPT=-O0`, or
# `make STACK_SIZE=32768` for the link), so that what they feed is
# rebuilt with the new values instead of mixing old and new.  (Values of
# the board reach C through board_config.h instead: see mk/config.mk.)
$(BUILD)/cflags: FORCE
	$(call write_if_changed,$(KIT_CFLAGS) | $(CFLAGS) | $(KIT_CALL_SRCS): $(KIT_ARCH_HOT_OPT) \
	    | $(KIT_HOT_SRCS): $(KIT_HOT_CFLAGS) $(KIT_ARCH_HOT_OPT))
$(BUILD)/ldflags: FORCE
	$(call write_if_changed,$(LDFLAGS) $(LDLIBS) $(LINKER_SCRIPT) $(memory_flash) \
	    $(BOARD_RAM_ORIGIN) $(BOARD_RAM_LENGTH))

# Every object waits for the C library's headers and the configuration
# header (order-only: it is rewritten only when a value changes); -MMD
# then records every header an object includes, board_config.h among
# them, so a changed board value rebuilds exactly the objects that use it.
# Sources outside the kit (an APP elsewhere) land under obj/ext/ with
# their absolute path (mk/app.mk).
define kit_compile
	@mkdir -p $(@D)
	$(call say,CC      $<)
	$(Q)$(CC) $(OBJ_CFLAGS) -MMD -MP -c $< -o $@
endef
$(BUILD)/obj/%.o: %.c $(LIBC_STAMP) $(BUILD)/cflags | $(BUILD)/board_config.h
	$(kit_compile)
$(BUILD)/obj/%.o: %.S $(LIBC_STAMP) $(BUILD)/cflags | $(BUILD)/board_config.h
	$(kit_compile)
$(BUILD)/obj/ext/%.o: /%.c $(LIBC_STAMP) $(BUILD)/cflags | $(BUILD)/board_config.h
	$(kit_compile)
$(BUILD)/obj/ext/%.o: /%.S $(LIBC_STAMP) $(BUILD)/cflags | $(BUILD)/board_config.h
	$(kit_compile)

# The headers each kit object included when it was last compiled (-MMD).
-include $(patsubst %.o,%.d,$(KIT_OBJS) $(call obj,$(KIT_CRT0)))

# Keep objects between runs: make deletes intermediate files unless they
# are precious.  Not `.SECONDARY:` without prerequisites: that makes every
# target secondary, FORCE included, and a missing secondary target forces
# nothing -- a changed STACK_SIZE then rebuilt nothing.
.PRECIOUS: $(BUILD)/obj/%.o
