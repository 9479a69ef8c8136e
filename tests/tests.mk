# make test: every check the kit has, as one matrix of units that a CI farm
# can split (SHARD=i/N), then one closing line "N passed, N failed".
#
# Included last by the Makefile, and only for goals that need it: nothing
# outside tests/ depends on this file.  It reads the product (the runner,
# the board's values and capabilities) and the checker (abi/abi.mk).
#
# A unit is one thing that writes result lines into build/results/:
#   host:<name>         a host unit test (tests/host/<name>.c, or a tool's own)
#   build:<name>        a build test (tests/build/<name>.sh: variables reach images)
#   boot:<config>:<t>   boot test tests/boot/<t>.c on one configuration
#   suite:<config>      the checker's suites (abi/tests, examples/abi-check)
#   conform:<abi>       GCC vs clang pairs on one ABI (abi/conform/)
#   port:...            the porting routes (tests/port/port.mk)
# A configuration is BOARD[+ABI][~LIBC][@PROFILE] (TEST_BOARDS).  A boot
# test runs where the board has what its kit-test block `needs:`;
# elsewhere its result is a SKIP line and its image is never built
# (docs/testing.md).  A configuration with @tiny is built with
# PROFILE=tiny (mk/profile.mk) and boots only the tests that need `tiny`.

#: TEST_BOARDS  the configurations make test boots: BOARD[+ABI][~LIBC][@PROFILE] ...
# Every board, the second ABI of each RISC-V width, the other C libraries
# on one board per 64-bit architecture, and the tiny profile on the small
# board; each board that is a variant of one of them (BOARD_VARIANT_OF)
# comes along.
TEST_BOARDS ?= $(BOARDS) virt-rv64+lp64 virt-rv32+ilp32d sifive_e@tiny \
               virt-rv64~newlib-nano virt-aarch64~newlib-nano \
               virt-rv64~picolibc virt-aarch64~picolibc
test_variants := $(foreach b,$(TEST_BOARDS),$(basename $(notdir $(shell \
                   grep -l '^BOARD_VARIANT_OF *:= *$(b) *$$' boards/*.mk))))
TEST_CONFIGS  := $(TEST_BOARDS) $(test_variants)
#: JOBS  how many units make test runs at once (default: one per core)
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
#: SHARD  i/N: run the i-th of N equal shares of the matrix (CI machines)
SHARD       ?= 1/1

BOOT_TESTS  := $(basename $(notdir $(wildcard tests/boot/*.c)))
# The tests of a @tiny configuration: those that need the tiny profile.
TINY_TESTS  := $(basename $(notdir $(shell grep -l '^ \* needs:.*\btiny\b' tests/boot/*.c)))
HOST_TESTS  := test_syscalls test_time test_fdt test_kitrun test_newlib_key \
               test_picolibc_sbrk test_cmdline test_hostfs test_docscheck abi_tests \
               abi_abi-check docs
BUILD_TESTS := rebuild stack_report layers shard inputs
CONFORM_UNITS := $(addprefix conform:,$(CONFORM_ABIS) explain layout planted)
# PORT_UNITS: the porting routes, port.mk.
include tests/port/port.mk

# --- The matrix, and this shard's share of it ----------------------------
TEST_UNITS  := $(addprefix host:,$(HOST_TESTS)) $(addprefix build:,$(BUILD_TESTS)) \
               $(foreach c,$(TEST_CONFIGS),$(if $(findstring @,$(c)), \
                   $(addprefix boot:$(c):,$(TINY_TESTS)), \
                   $(addprefix boot:$(c):,$(BOOT_TESTS)) suite:$(c))) \
               $(CONFORM_UNITS) $(PORT_UNITS)
shard_i     := $(firstword $(subst /, ,$(SHARD)))
shard_n     := $(lastword $(subst /, ,$(SHARD)))
$(if $(shell [ "$(shard_i)" -ge 1 ] 2>/dev/null && [ "$(shard_i)" -le "$(shard_n)" ] && echo ok),,\
    $(error SHARD=$(SHARD): write i/N with 1 <= i <= N, e.g. SHARD=2/3))
# Unit k (counting from 0) goes to shard k mod N + 1: neighbours (the
# tests of one board) spread over every shard, so shares take alike long.
SHARD_UNITS := $(if $(filter 1,$(shard_n)),$(TEST_UNITS),$(shell printf '%s\n' $(TEST_UNITS) | \
                 awk -v i=$(shard_i) -v n=$(shard_n) '(NR - 1) % n == i - 1'))
shard_of     = $(patsubst $(1)%,%,$(filter $(1)%,$(SHARD_UNITS)))
shard_configs := $(foreach c,$(TEST_CONFIGS),$(if $(filter boot:$(c):% suite:$(c),$(SHARD_UNITS)),$(c)))

.PHONY: test test-list test-plan test-units test-host test-build test-boards test-this-board test-merge

## test: the whole matrix (or SHARD=i/N's share); ends "N passed, N failed"
# The summary also writes build/results/junit.xml for CI systems.
test: $(KITRUN) $(INSNCOUNT)
	@rm -rf $(RESULTS)
	@mkdir -p $(RESULTS)/host
	@$(MAKE) --no-print-directory -j$(JOBS) test-units || \
	    echo "FAIL make test: a test target stopped with an error, so some tests" \
	         "never ran (see above)" | tee $(RESULTS)/host/make.result; \
	 $(KITRUN) --summary --junit $(RESULTS)/junit.xml \
	     --title "make test$(if $(filter-out 1/1,$(SHARD)), SHARD=$(SHARD))" $(RESULTS)/*

## test-list: the units of the matrix (SHARD=i/N: that shard's), one a line
test-list:
	@printf '%s\n' $(SHARD_UNITS)

## test-merge: one summary of several shards' results: RESULTS_FROM="dir1 dir2 ..."
#: RESULTS_FROM  make test-merge: the results directories of the shards to total
test-merge: $(KITRUN)
	@mkdir -p $(RESULTS)
	@$(KITRUN) --summary --junit $(RESULTS)/junit.xml --title "make test (merged)" \
	    $(foreach d,$(RESULTS_FROM),$(wildcard $(d)/*))

# What this shard runs: each unit's make target.  A configuration's boot
# tests run in one make of its own (test-board-<config>), given the share
# of its tests this shard has (board_share) and whether its suites are in
# it.
shard_targets := $(addprefix $(RESULTS)/host/,$(addsuffix .result,$(call shard_of,host:))) \
                 $(addprefix build-test-,$(call shard_of,build:)) \
                 $(addprefix test-board-,$(shard_configs)) \
                 $(addprefix abi-conform-,$(filter $(CONFORM_ABIS),$(call shard_of,conform:))) \
                 $(addprefix test-,$(filter explain layout planted,$(call shard_of,conform:))) \
                 $(subst :,-,$(filter port:%,$(SHARD_UNITS)))
board_share    = $(call shard_of,boot:$(1):)
board_suites   = $(if $(filter suite:$(1),$(SHARD_UNITS)),1,0)
test-units: $(shard_targets)

# The same, as text: each target, and a configuration's share of tests
# (tests/build/shard.sh checks the shares add up to the whole matrix).
## test-plan: the make targets a SHARD=i/N share of make test runs
test-plan:
	@printf '%s\n' $(filter-out test-board-%,$(shard_targets))
	@$(foreach c,$(shard_configs),echo 'test-board-$(c) suites=$(call board_suites,$(c)):' \
	    $(call board_share,$(c));)

## test-host: the host unit tests only
test-host: $(addprefix $(RESULTS)/host/,$(addsuffix .result,$(HOST_TESTS)))

# --- Host unit tests ------------------------------------------------------
# Each builds $(HOST_BUILD)/<name> and runs it with host_test_args_<name>;
# its PASS/FAIL lines are its result.
$(RESULTS)/host/%.result: FORCE
	@mkdir -p $(@D)
	@rm -f $@
	@$(MAKE) --no-print-directory $(HOST_BUILD)/$* || \
	    echo "FAIL host/$*: did not build" > $@
	@[ -f $@ ] || { ./$(HOST_BUILD)/$* $(host_test_args_$*) > $@ || \
	    echo "FAIL host/$*: exited with status $$?" >> $@; }
	@cat $@

host_test = $(HOST_CC) $(HOST_CFLAGS) $(2) -o $@ $(filter %.c,$^)
host_san  := -fsanitize=address,undefined

# The runner's own tests run it on stand-in programs.
host_test_args_test_kitrun := $(KITRUN)
$(HOST_BUILD)/test_kitrun: tests/host/test_kitrun.c $(KITRUN)
	@mkdir -p $(@D)
	$(call host_test)
$(HOST_BUILD)/test_time: tests/host/test_time.c syscalls/clock.c syscalls/gettimeofday.c \
                         syscalls/times.c syscalls/clock_gettime.c syscalls/clock_getres.c \
                         syscalls/clock.h syscalls/result.h syscalls/syscalls.h
	@mkdir -p $(@D)
	$(call host_test,,$(host_san))
# Runs `make newlib-prefix` with edited copies of newlib/patches: the
# newlib cache key must follow the patch series.
$(HOST_BUILD)/test_newlib_key: tests/host/test_newlib_key.c
	@mkdir -p $(@D)
	$(call host_test)
# The real syscalls/sbrk.c and platform/heap.c; the test stubs the one
# call into the devicetree.
$(HOST_BUILD)/test_picolibc_sbrk: tests/host/test_picolibc_sbrk.c syscalls/picolibc/sbrk.c \
                                  syscalls/sbrk.c platform/heap.c platform/heap.h \
                                  platform/platform.h syscalls/syscalls.h \
                                  syscalls/picolibc/malloc_align.h
	@mkdir -p $(@D)
	$(call host_test,,$(host_san))
$(HOST_BUILD)/test_syscalls: tests/host/test_syscalls.c tests/host/fake_uart.c \
                             tests/host/fake_uart.h platform/console.c drivers/uart/uart.h \
                             syscalls/fd.c platform/heap.c syscalls/fd.h platform/heap.h
	@mkdir -p $(@D)
	$(call host_test,,$(host_san))
# open(2)'s flags over a fake semihosting host; the Linux errno table.
$(HOST_BUILD)/test_hostfs: tests/host/test_hostfs.c syscalls/file.c syscalls/fd.c \
                           platform/console.c platform/hostfs_errno.c tests/host/fake_uart.c \
                           syscalls/fd.h syscalls/file.h platform/hostfs.h
	@mkdir -p $(@D)
	$(call host_test,,$(host_san))
# The command-line splitter's quoting rules.
$(HOST_BUILD)/test_cmdline: tests/host/test_cmdline.c platform/cmdline.c platform/cmdline.h
	@mkdir -p $(@D)
	$(call host_test,,$(host_san))
# test_fdt: fdt/fdt.mk builds it.  abi_tests and abi_abi-check: the
# checker's suite and its user example, natively (abi/abi.mk); the
# example's own kit-test block judges its host run.
$(RESULTS)/host/abi_abi-check.result: $(ABI_HOST_EXAMPLE) $(KITRUN) FORCE
	@mkdir -p $(@D)
	@rm -f $@
	@$(KITRUN) --spec examples/abi-check/main.c --name host/abi-example \
	    --timeout 20 --log $(RESULTS)/host/abi_abi-check.log --result $@ \
	    -- ./$(ABI_HOST_EXAMPLE) || true

# --- Build tests: a changed variable reaches the image; the make layers ---
build-test-%: FORCE
	@mkdir -p $(RESULTS)/host
	@MAKEFLAGS= NEWLIB_CACHE=$(NEWLIB_CACHE) sh tests/build/$*.sh > $(RESULTS)/host/build_$*.result 2>&1 || \
	    grep -q '^FAIL' $(RESULTS)/host/build_$*.result || \
	    echo "FAIL build/$*: exited with status $$?" >> $(RESULTS)/host/build_$*.result
	@cat $(RESULTS)/host/build_$*.result

# --- Boot tests, one configuration at a time ------------------------------
# -k: one test that does not build must not stop the others; then every
# test of the share without a result (it did not build) is a failure.
tb_profile = $(firstword $(subst @, ,$(1)))
tb_config  = $(firstword $(subst ~, ,$(call tb_profile,$(1))))
tb_args    = BOARD=$(firstword $(subst +, ,$(call tb_config,$(1)))) \
             $(if $(findstring +,$(1)),ABI=$(lastword $(subst +, ,$(call tb_config,$(1))))) \
             $(if $(findstring ~,$(1)),LIBC=$(lastword $(subst ~, ,$(call tb_profile,$(1))))) \
             $(if $(findstring @,$(1)),PROFILE=$(lastword $(subst @, ,$(1))))
test-board-%: $(KITRUN) $(INSNCOUNT) FORCE
	@mkdir -p $(RESULTS)/$*
	@$(MAKE) --no-print-directory -k $(call tb_args,$*) BOARD_RESULTS=$(RESULTS)/$* \
	    BOARD_TESTS="$(call board_share,$*)" BOARD_SUITES=$(call board_suites,$*) \
	    test-this-board || true
	@for t in $(call board_share,$*); do [ -f $(RESULTS)/$*/$$t.result ] || \
	    echo "FAIL $*/$$t: the test image did not build" | tee $(RESULTS)/$*/$$t.result; done

# Inside one configuration's make: BOARD, ABI, LIBC are set.
BOARD_RESULTS ?= $(RESULTS)/$(BOARD)
BOARD_TESTS   ?= $(BOOT_TESTS)
BOARD_SUITES  ?= 1
# A variant board (BOARD_VARIANT_OF) stands in for its base board only
# where it differs: it boots the tests that need or exercise a capability
# the base board lacks (its focus).
test_focus   = $(if $(BOARD_VARIANT_OF),$(filter-out $(shell $(MAKE) -s --no-print-directory \
                   BOARD=$(BOARD_VARIANT_OF) caps),$(BOARD_CAPS)))
# The runner's view of this configuration, for --select and the runs.
test_where   = --arch $(KIT_ARCH) --board $(BOARD) --libc $(LIBC) --caps '$(BOARD_CAPS)' \
               --scope '$(if $(filter $(BOARD),$(default_board_$(KIT_ARCH))),arch)' \
               $(if $(BOARD_VARIANT_OF),--focus '$(test_focus)') \
               --define boot_hart=$(BOARD_BOOT_HART) --define build=$(BUILD) \
               --define spare=$(BOARD_UBOOT_SPARE)
ifneq ($(filter test-this-board,$(MAKECMDGOALS)),)
test_where  := $(test_where)
boot_run    := $(if $(BOARD_TESTS),$(basename $(notdir $(shell $(KITRUN) --select $(test_where) \
                   $(patsubst %,tests/boot/%.c,$(BOARD_TESTS))))))
boot_skip   := $(filter-out $(boot_run),$(BOARD_TESTS))
endif
test-this-board: $(addprefix $(BOARD_RESULTS)/,$(addsuffix .result,$(BOARD_TESTS))) \
                 $(if $(filter 1,$(BOARD_SUITES)),abi-suites)

# --count: the instruction counter, for a test with insns-max: (hart_sleep).
$(BOARD_RESULTS)/%.result: $(BUILD)/tests/%.elf $(KITRUN) $(INSNCOUNT) FORCE
	@mkdir -p $(@D)
	@rm -f $@
	@$(KITRUN) --spec tests/boot/$*.c --name $(notdir $(BOARD_RESULTS))/$* $(test_where) \
	    --timeout $(TIMEOUT) --log $(BOARD_RESULTS)/$*.log --result $@ \
	    --count $(abspath $(INSNCOUNT)) -- $(QEMU_ARGS) -kernel $< || true

# A test this configuration lacks a capability for: one SKIP line, and
# no image built.  (A static pattern rule: it wins over the one above.)
ifneq ($(boot_skip),)
$(patsubst %,$(BOARD_RESULTS)/%.result,$(boot_skip)): $(BOARD_RESULTS)/%.result: $(KITRUN) FORCE
	@mkdir -p $(@D)
	@rm -f $@
	@$(KITRUN) --spec tests/boot/$*.c --name $(notdir $(BOARD_RESULTS))/$* $(test_where) \
	    --result $@ --skip-only
endif

# The uboot_* tests (capability uboot): QEMU starts the board's U-Boot,
# not the image; each case hands U-Boot the image its own way (a disk
# with a boot script, QEMU's generic loader at BOARD_UBOOT_SPARE).  The
# disk's boot script passes these words; the uImage "elsewhere" is
# linked for its address but loaded 16 MiB above BOARD_UBOOT_SPARE.
uboot_run := $(filter uboot_%,$(boot_run))
ifneq ($(uboot_run),)
$(patsubst %,$(BOARD_RESULTS)/%.result,$(uboot_run)): $(BOARD_RESULTS)/%.result: \
        $(BUILD)/tests/%.sdcard $(BUILD)/tests/%.uimg $(BUILD)/tests/%.elsewhere.uimg \
        $(KITRUN) FORCE
	@mkdir -p $(@D)
	@rm -f $@
	@$(KITRUN) --spec tests/boot/$*.c --name $(notdir $(BOARD_RESULTS))/$* $(test_where) \
	    --timeout $(TIMEOUT) --log $(BOARD_RESULTS)/$*.log --result $@ \
	    -- $(QEMU_ARGS) $(BOARD_UBOOT_QEMU) || true
endif
$(BUILD)/tests/uboot_%.boot.cmd: UBOOT_BOOTARGS = sdcard 'two words' fault
$(BUILD)/tests/%.elsewhere.uimg: $(BUILD)/tests/%.bin
	$(Q)at=$$(printf '%#x' $$(( $(BOARD_UBOOT_SPARE) + 0x1000000 ))) && \
	 $(MKIMAGE) -A $(UBOOT_ARCH) -O u-boot -T standalone -C none -a $$at -e $$at \
	    -n kit -d $< $@ > /dev/null

-include $(wildcard $(BUILD)/obj/tests/boot/*.d)
$(BUILD)/tests/%.elf: $(BUILD)/obj/tests/boot/%.o $(call obj,$(KIT_CRT0)) \
                      $(BUILD)/libkit.a $(BUILD)/memory.ld $(LINKER_SCRIPT) $(BUILD)/ldflags
	@mkdir -p $(@D)
	$(Q)$(CC) $(LDFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS)
.PRECIOUS: $(BUILD)/tests/%.elf
# The link-time checks (mk/stack.mk), each on the test that checks it.
$(BUILD)/tests/heap_check.elf: LDFLAGS += $(KIT_HEAP_CHECK_LDFLAGS)
$(BUILD)/tests/fault_regs.elf: LDFLAGS += $(KIT_FAULT_REGS_LDFLAGS)

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
	    -nic none -display none > $@.log 2>&1 </dev/null || { cat $@.log; rm -f $@; exit 1; }
$(HOST_BUILD)/virt-aarch64-small.dtb: $(HOST_BUILD)/virt-aarch64-dump.dtb $(HOST_BUILD)/dtb_shrink
	@$(HOST_BUILD)/dtb_shrink $< $@
$(HOST_BUILD)/dtb_shrink: tests/host/dtb_shrink.c
	@mkdir -p $(@D)
	$(call host_test)

# --- The checker's suites on this configuration ---------------------------
# abi/tests and examples/abi-check are app directories whose main.c
# carries the kit-test block; they boot once per ABI of the architecture
# (KIT_ABIS, mk/arch-*.mk) where their spec applies: on the
# architecture's own board with the default C library (scope: arch), and
# on the vector variants (exercises: vector).
.PHONY: abi-suites app-test-run
suite_abis   = $(if $(BOARD_VARIANT_OF),$(KIT_ABI),$(if $(ABI),,$(KIT_ABIS)))
suite_apps  := $(if $(filter abi-suites test-this-board,$(MAKECMDGOALS)),$(if $(filter newlib,$(LIBC)),\
                 $(patsubst %/main.c,%,$(shell $(KITRUN) --select $(test_where) \
                     abi/tests/main.c examples/abi-check/main.c))))
# Result names: abi-<ABI> for abi/tests, abi-example-<ABI> for the example.
# An ABI other than the configuration's own builds its kit under
# BUILD_ROOT/suites: the configuration BOARD+ABI (virt-rv32+ilp32d) builds
# the same kit at the same time in its own make, and two makes writing one
# libkit.a race (CI saw ar miss an object the other make was writing).
suite_name   = $(if $(filter abi/tests,$(1)),abi,abi-example)
abi-suites:
	@$(foreach abi,$(suite_abis),$(foreach app,$(suite_apps),\
	    $(MAKE) --no-print-directory BOARD=$(BOARD) ABI=$(abi) APP=$(app) \
	        $(if $(filter-out $(KIT_ABI),$(abi)),BUILD_ROOT=$(BUILD_ROOT)/suites) \
	        RUN_NAME=$(call suite_name,$(app))-$(abi) app-test-run || \
	    echo "FAIL $(notdir $(BOARD_RESULTS))/$(call suite_name,$(app))-$(abi): did not build" | \
	        tee $(BOARD_RESULTS)/$(call suite_name,$(app))-$(abi).result;)) :

# One app directory as a boot test: its main.c carries the kit-test block.
app-test-run: $(APP_ELF) $(KITRUN)
	@mkdir -p $(BOARD_RESULTS)
	@$(KITRUN) --spec $(APP)/main.c --name $(notdir $(BOARD_RESULTS))/$(RUN_NAME) \
	    $(test_where) --timeout $(TIMEOUT) --log $(BOARD_RESULTS)/$(RUN_NAME).log \
	    --result $(BOARD_RESULTS)/$(RUN_NAME).result \
	    -- $(call QEMU_CMD,$<) || true

# --- The docs check -------------------------------------------------------
# tools/docscheck.c: every tracked *.md against the tree, make help's text
# and the tests' names (docs/testing.md).  Its own host test, and the
# check of the real docs as the matrix's unit host:docs.
DOCSCHECK := $(HOST_BUILD)/docscheck
host_test_args_test_docscheck := $(DOCSCHECK)
$(DOCSCHECK): tools/docscheck.c
$(HOST_BUILD)/test_docscheck: tests/host/test_docscheck.c $(DOCSCHECK)
$(DOCSCHECK) $(HOST_BUILD)/test_docscheck:
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@.$$$$ $< && mv -f $@.$$$$ $@
# The names a doc may call a test.
DOC_TESTS = $(sort $(BOOT_TESTS) $(HOST_TESTS) $(BUILD_TESTS) abi abi-example \
    $(basename $(notdir $(wildcard tests/host/test_*.c))) \
    $(foreach a,$(filter-out sysv,$(CONFORM_ABIS)),abi-$(a) abi-example-$(a)))
docs_md = $$(git ls-files '*.md' 2>/dev/null || find . -name '*.md' -not -path './build/*' \
    -not -path './.cache/*' -not -path './.git/*')
docs_inputs:
	@$(MAKE) -s --no-print-directory help > $(HOST_BUILD)/help.txt
	@printf '%s\n' $(DOC_TESTS) > $(HOST_BUILD)/tests.txt

## docs-check: check every *.md: its paths, file:line citations, make targets, variables, tests
.PHONY: docs-check docs_inputs
docs-check: $(DOCSCHECK) docs_inputs
	@$(DOCSCHECK) --root . --help-text $(HOST_BUILD)/help.txt --tests $(HOST_BUILD)/tests.txt $(docs_md)

# As a unit of make test: its FAIL lines, or one PASS line for the lot.
$(RESULTS)/host/docs.result: $(DOCSCHECK) docs_inputs FORCE
	@mkdir -p $(@D)
	@$(DOCSCHECK) -q --root . --help-text $(HOST_BUILD)/help.txt --tests $(HOST_BUILD)/tests.txt \
	    $(docs_md) > $@.out 2>&1; status=$$?; \
	 if [ $$status = 0 ]; then echo "PASS host/docs: every path, citation, target, variable and test name in the docs exists" > $@; \
	 else grep '^FAIL' $@.out > $@ || echo "FAIL host/docs: docscheck exited with status $$status" > $@; fi; \
	 rm -f $@.out; cat $@
