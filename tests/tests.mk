# make test: host unit tests, then every boot test on every TEST_BOARD
# (boards in parallel), then one closing line "N passed, N failed".
#
# A boot test is one C file in tests/boot/ whose kit-test comment block
# says what to feed it and what it must print and return (tests/runner/
# kitrun.c reads it).  Results land in build/results/<board>/.

# Every board, plus the second ABI of each RISC-V width (board+ABI): the
# soft-float rv64 and the hard-float rv32 get their own newlib and the
# same tests.
# A TEST_BOARDS entry is BOARD[+ABI][~LIBC].  Every other C library
# (LIBC=) runs the tests that apply to it on one board per architecture.
TEST_BOARDS ?= $(BOARDS) virt-rv64+lp64 virt-rv32+ilp32d \
               virt-rv64~newlib-nano virt-aarch64~newlib-nano \
               virt-rv64~picolibc virt-aarch64~picolibc
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
RESULTS     := build/results
KITRUN      := $(HOST_BUILD)/kitrun
HOST_CC     ?= gcc
HOST_CFLAGS := -O1 -g -std=gnu11 -Wall -Wextra -Werror

BOOT_TESTS  := $(basename $(notdir $(wildcard tests/boot/*.c)))
HOST_TESTS  := test_syscalls test_time test_fdt abi_tests abi_abi-check test_kitrun test_newlib_key \
               test_picolibc_sbrk test_docscheck

.PHONY: test test-host test-build test-boards test-this-board

## test: host unit tests + boot tests on TEST_BOARDS; ends "N passed, N failed"
test:
	@rm -rf $(RESULTS)
	@mkdir -p $(RESULTS)/host
	@$(MAKE) --no-print-directory -j$(JOBS) test-host test-build test-boards || \
	    echo "FAIL make test: a test target stopped with an error, so some tests" \
	         "never ran (see above)" | tee $(RESULTS)/host/make.result; \
	 $(KITRUN) --summary $(RESULTS)/*

## test-host: host unit tests only (syscall logic against a fake console)
test-host: $(addprefix $(RESULTS)/host/,$(addsuffix .result,$(HOST_TESTS)))

$(RESULTS)/host/%.result: FORCE
	@mkdir -p $(@D)
	@rm -f $@
	@$(MAKE) --no-print-directory $(HOST_BUILD)/$* || \
	    echo "FAIL host/$*: did not build" > $@
	@[ -f $@ ] || { ./$(HOST_BUILD)/$* $(host_test_args_$*) > $@ || \
	    echo "FAIL host/$*: exited with status $$?" >> $@; }
	@cat $@

## test-build: a changed variable (STACK_SIZE, HEAP_MIN, BOARD_*, OPT) reaches the image
test-build: $(RESULTS)/host/build_rebuild.result $(RESULTS)/host/build_stack_report.result

$(RESULTS)/host/build_rebuild.result: FORCE
	@mkdir -p $(@D)
	@MAKEFLAGS= NEWLIB_CACHE=$(NEWLIB_CACHE) sh tests/build/rebuild.sh > $@ 2>&1 || \
	    grep -q '^FAIL' $@ || echo "FAIL build/rebuild: exited with status $$?" >> $@
	@cat $@

# Boards with a vector unit (boards/*.mk with BOARD_ABI_VECTOR_BITS, not in
# boards.list) differ from their base board only in the CPU's vector unit:
# they boot the checked-call suite alone, once, whenever their base board
# is tested.  The suite fails there unless boot enabled the unit.
ABI_VECTOR_BOARDS_virt-rv64    := virt-rv64v
ABI_VECTOR_BOARDS_virt-aarch64 := virt-aarch64-sve virt-aarch64-sve-el2 \
                                  virt-aarch64-sve-el3

# STACK_REPORT=1 prints a plausible high-water mark (a known recursion).
$(RESULTS)/host/build_stack_report.result: FORCE
	@mkdir -p $(@D)
	@MAKEFLAGS= NEWLIB_CACHE=$(NEWLIB_CACHE) sh tests/build/stack_report.sh > $@ 2>&1 || \
	    grep -q '^FAIL' $@ || echo "FAIL build/stack_report: exited with status $$?" >> $@
	@cat $@

# Boards that differ from their base board only in the interrupt
# controller (virt-aarch64-gicv3, not in boards.list) boot the timer tests
# alone, whenever their base board is tested.
TIMER_BOARDS_virt-aarch64 := virt-aarch64-gicv3
TIMER_ONLY_TESTS := timer timer_secondary

test-boards: $(addprefix test-board-,$(TEST_BOARDS)) \
             $(addprefix abi-board-,$(foreach b,$(TEST_BOARDS),$(ABI_VECTOR_BOARDS_$(b)))) \
             $(addprefix timer-board-,$(foreach b,$(TEST_BOARDS),$(TIMER_BOARDS_$(b))))

timer-board-%: $(KITRUN) FORCE
	@$(MAKE) --no-print-directory -k BOARD=$* BOARD_RESULTS=$(RESULTS)/$* \
	    $(addprefix $(RESULTS)/$*/,$(addsuffix .result,$(TIMER_ONLY_TESTS))) || true
	@mkdir -p $(RESULTS)/$*
	@for t in $(TIMER_ONLY_TESTS); do [ -f $(RESULTS)/$*/$$t.result ] || \
	    echo "FAIL $*/$$t: the test image did not build" | tee $(RESULTS)/$*/$$t.result; done

# -k: one test that does not build must not stop the others; then every
# test without a result (it did not build) is counted as a failure.
tb_config = $(firstword $(subst ~, ,$(1)))
test-board-%: $(KITRUN) FORCE
	@$(MAKE) --no-print-directory -k BOARD=$(firstword $(subst +, ,$(call tb_config,$*))) \
	    $(if $(findstring +,$*),ABI=$(lastword $(subst +, ,$(call tb_config,$*)))) \
	    $(if $(findstring ~,$*),LIBC=$(lastword $(subst ~, ,$*))) \
	    BOARD_RESULTS=$(RESULTS)/$* test-this-board || true
	@mkdir -p $(RESULTS)/$*
	@for t in $(BOOT_TESTS); do [ -f $(RESULTS)/$*/$$t.result ] || \
	    echo "FAIL $*/$$t: the test image did not build" | tee $(RESULTS)/$*/$$t.result; done

BOARD_RESULTS ?= $(RESULTS)/$(BOARD)
test-this-board: $(addprefix $(BOARD_RESULTS)/,$(addsuffix .result,$(BOOT_TESTS))) \
                 abi-suites

# The calling-convention checker's suite (abi/tests, an app directory) and
# its user example (examples/abi-check) boot once per ABI of the
# architecture, on one board per architecture.
ABI_SUITE_BOARDS  := virt-rv64 virt-rv32 virt-aarch64
ABI_SUITE_riscv64 := lp64d lp64
ABI_SUITE_riscv32 := ilp32 ilp32d
ABI_SUITE_aarch64 := aapcs64

.PHONY: abi-suites app-test-run
abi-suites:
	@$(if $(filter $(BOARD),$(ABI_SUITE_BOARDS)),$(if $(ABI)$(filter-out newlib,$(LIBC)),:,for abi in $(ABI_SUITE_$(KIT_ARCH)); do \
	    for app in abi/tests:abi examples/abi-check:abi-example; do \
	    $(MAKE) --no-print-directory BOARD=$(BOARD) ABI=$$abi APP=$${app%%:*} \
	        RUN_NAME=$${app#*:}-$$abi app-test-run || \
	    echo "FAIL $(BOARD)/$${app#*:}-$$abi: did not build" | \
	        tee $(BOARD_RESULTS)/$${app#*:}-$$abi.result; done; done),:)

abi-board-%: $(KITRUN) FORCE
	@mkdir -p $(RESULTS)/$*
	@$(MAKE) --no-print-directory BOARD=$* BOARD_RESULTS=$(RESULTS)/$* \
	    APP=abi/tests RUN_NAME=abi app-test-run || \
	    echo "FAIL $*/abi: did not build" | tee $(RESULTS)/$*/abi.result

# One app directory as a boot test: its main.c carries the kit-test block.
app-test-run: $(APP_ELF) $(KITRUN)
	@mkdir -p $(BOARD_RESULTS)
	@$(KITRUN) --spec $(APP)/main.c --name $(BOARD)/$(RUN_NAME) \
	    --arch $(KIT_ARCH) --board $(BOARD) --timeout $(TIMEOUT) --log $(BOARD_RESULTS)/$(RUN_NAME).log \
	    --result $(BOARD_RESULTS)/$(RUN_NAME).result \
	    -- $(call QEMU_CMD,$<) || true

$(BOARD_RESULTS)/%.result: $(BUILD)/tests/%.elf $(KITRUN) FORCE
	@mkdir -p $(@D)
	@rm -f $@
	@$(KITRUN) --spec tests/boot/$*.c --name $(notdir $(BOARD_RESULTS))/$* --arch $(KIT_ARCH) \
	    --board $(BOARD) --libc $(LIBC) \
	    --timeout $(TIMEOUT) --log $(BOARD_RESULTS)/$*.log --result $@ \
	    -- $(QEMU_ARGS) -kernel $< || true

# dtb_user boots with -dtb: a blob QEMU dumps of its own virt machine
# (1 MiB, too big to load below the image) and the same blob shrunk.  Made
# only by the board that runs the test (boards test in parallel).
ifeq ($(BOARD),virt-aarch64)
$(BOARD_RESULTS)/dtb_user.result: $(HOST_BUILD)/virt-aarch64-dump.dtb \
                                  $(HOST_BUILD)/virt-aarch64-small.dtb
endif
$(HOST_BUILD)/virt-aarch64-dump.dtb:
	@mkdir -p $(@D)
	@timeout 30 qemu-system-aarch64 -M virt,dumpdtb=$@ -cpu cortex-a53 -m 128M \
	    -nic none -display none > $@.log 2>&1 || { cat $@.log; rm -f $@; exit 1; }
$(HOST_BUILD)/virt-aarch64-small.dtb: $(HOST_BUILD)/virt-aarch64-dump.dtb $(HOST_BUILD)/dtb_shrink
	@$(HOST_BUILD)/dtb_shrink $< $@
$(HOST_BUILD)/dtb_shrink: tests/host/dtb_shrink.c
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@ $<

$(BUILD)/tests/%.elf: $(BUILD)/obj/tests/boot/%.o $(call obj,$(KIT_CRT0)) \
                      $(BUILD)/libkit.a $(BUILD)/memory.ld $(LINKER_SCRIPT) $(BUILD)/ldflags
	@mkdir -p $(@D)
	$(Q)$(CC) $(LDFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS)

include fdt/fdt.mk
include abi/abi.mk

# Host programs: the runner, and unit tests of the target-independent logic.
$(KITRUN): tests/runner/kitrun.c tests/runner/symbolise.c tests/runner/symbolise.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@ $(filter %.c,$^)

# The runner's own tests run it on stand-in programs (tests/host/test_kitrun.c).
host_test_args_test_kitrun := $(KITRUN)
$(HOST_BUILD)/test_kitrun: tests/host/test_kitrun.c $(KITRUN)
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@ $<

# The docs check (tools/docscheck.c), its host test, and docs-check: every
# tracked *.md against the tree, make help's text and the tests' names.
DOCSCHECK := $(HOST_BUILD)/docscheck
host_test_args_test_docscheck := $(DOCSCHECK)
$(DOCSCHECK): tools/docscheck.c
$(HOST_BUILD)/test_docscheck: tests/host/test_docscheck.c $(DOCSCHECK)
$(DOCSCHECK) $(HOST_BUILD)/test_docscheck:
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@ $<
DOC_TESTS = $(sort $(BOOT_TESTS) $(HOST_TESTS) $(basename $(notdir $(wildcard tests/host/test_*.c))) abi \
    $(foreach a,$(ABI_SUITE_riscv64) $(ABI_SUITE_riscv32) $(ABI_SUITE_aarch64),abi-$(a) abi-example-$(a)))

## docs-check: check every *.md against the tree, make help and the tests' names
.PHONY: docs-check
docs-check: $(DOCSCHECK)
	@$(MAKE) -s --no-print-directory help > $(HOST_BUILD)/help.txt
	@printf '%s\n' $(DOC_TESTS) > $(HOST_BUILD)/tests.txt
	@$(DOCSCHECK) --root . --help-text $(HOST_BUILD)/help.txt --tests $(HOST_BUILD)/tests.txt \
	    $$(git ls-files '*.md' 2>/dev/null || find . -name '*.md' -not -path './build/*' \
	       -not -path './.cache/*' -not -path './.git/*')

$(HOST_BUILD)/test_time: tests/host/test_time.c syscalls/time.c syscalls/syscalls.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -fsanitize=address,undefined -o $@ $(filter %.c,$^)

# Runs `make newlib-prefix` with edited copies of newlib/patches: the
# newlib cache key must follow the patch series.
$(HOST_BUILD)/test_newlib_key: tests/host/test_newlib_key.c
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@ $<

$(HOST_BUILD)/test_picolibc_sbrk: tests/host/test_picolibc_sbrk.c syscalls/picolibc/sbrk.c \
                                  platform/heap.c platform/heap.h syscalls/picolibc/malloc_align.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -fsanitize=address,undefined -o $@ $(filter %.c,$^)

$(HOST_BUILD)/test_syscalls: tests/host/test_syscalls.c tests/host/fake_uart.c \
                             tests/host/fake_uart.h platform/console.c \
                             syscalls/fd.c platform/heap.c syscalls/fd.h platform/heap.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -fsanitize=address,undefined -o $@ $(filter %.c,$^)

# A target that depends on FORCE is always remade; its recipe decides
# whether anything really changed (see $(BUILD)/cflags).
FORCE:

# Keep test objects and images between runs: make deletes intermediate
# files (the .o of a test, its .elf) after a build unless they are
# precious.  Not `.SECONDARY:` without prerequisites: that makes every
# target secondary, FORCE included, and a missing secondary target forces
# nothing -- a changed STACK_SIZE then rebuilt nothing.
.PRECIOUS: $(BUILD)/obj/%.o $(BUILD)/tests/%.elf
-include tests/port/port.mk
