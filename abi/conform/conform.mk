# abi/conform/conform.mk: GCC vs clang calling-convention conformance.
#
#   make abi-conform                   the fixed-seed suite (part of make test)
#   make abi-fuzz SEED=n COUNT=n       a longer campaign, cases/s per ABI
#
# Per ABI: gen writes the cases (one C file, both halves); the caller half
# and the callee half are each built by GCC and by clang; the four pairs
# are linked with the kit (host x86-64: natively) and run; report judges
# the output against the known-case list.  Everything lives in
# build/conform/<abi>/; the kit for each target ABI is built into its own
# directory there, so this never races the boot tests' builds.

CONFORM_DIR    := abi/conform
CONFORM_BUILD  := build/conform
CONFORM_SEED   ?= 1
CONFORM_COUNT  ?= 200
#: COUNT  make abi-fuzz: how many cases per ABI (default 1000)
#: SIG  make explain: the declaration to probe, e.g. SIG='struct s {float a;} f(struct s)'
#: VA  make explain: the types passed after the named arguments of a variadic SIG
#: HDR  make layout: the header whose structs to lay out
#: CABI  make abi-minimise: the ABI of the case to shrink (lp64d, aapcs64, sysv ...)
#: CASE  make abi-minimise: the case number abi-fuzz reported
CONFORM_ABIS   := lp64d lp64 ilp32d ilp32 aapcs64 sysv
CONFORM_PAIRS  := gcc-gcc clang-clang gcc-clang clang-gcc
CONFORM_GEN    := $(HOST_BUILD)/conform-gen
CONFORM_REPORT := $(HOST_BUILD)/conform-report
CONFORM_RUN    := $(HOST_BUILD)/conform-run
CONFORM_HOST_CFLAGS := -O2 -g -std=gnu11 -Wall -Wextra -Werror -Wno-format-truncation

# Each target ABI: board, and clang's spelling of the target.
conform_board_lp64d   := virt-rv64
conform_board_lp64    := virt-rv64
conform_board_ilp32d  := virt-rv32
conform_board_ilp32   := virt-rv32
conform_board_aapcs64 := virt-aarch64

$(CONFORM_GEN): $(addprefix $(CONFORM_DIR)/,gen.c gen_types.c emit.c known.c model.h)
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $(filter %.c,$^)

$(CONFORM_REPORT): $(addprefix $(CONFORM_DIR)/,report.c)
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $(filter %.c,$^)

$(CONFORM_RUN): $(CONFORM_DIR)/run.c
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $<

.PHONY: abi-conform abi-fuzz conform-force
conform-force:
## abi-conform: GCC/clang caller-callee pairs on all six ABIs (fixed seed)
abi-conform: $(addprefix abi-conform-,$(CONFORM_ABIS))

# make test runs each ABI's suite as a unit of its matrix (its results are
# host results: build/results/host/conform-<abi>.result).

# The per-ABI make: the kit's variables for the ABI's board, own build dir.
conform_make = $(MAKE) --no-print-directory -f Makefile \
	    $(if $(conform_board_$(1)),BOARD=$(conform_board_$(1)) ABI=$(1) \
	        BUILD=$(CONFORM_BUILD)/kit-$(1)) CONFORM_ABI=$(1)

# A suite that does not build is a failure in the results, not a stop:
# the other ABIs and the boot tests go on (as test-board-% does).
abi-conform-%: $(CONFORM_GEN) $(CONFORM_REPORT) $(CONFORM_RUN) FORCE
	@$(call conform_make,$*) conform-run || { mkdir -p $(RESULTS)/host; \
	    echo "FAIL conform $*: the suite did not build or run (see above)" | \
	        tee $(RESULTS)/host/conform-$*.result; }

## abi-fuzz: a longer campaign: SEED=n COUNT=n; prints cases/s per ABI
# (4 pairs per case: cases/s counts signatures, each built and run 4 ways).
# Reports: build/conform/<abi>-fuzz/report.txt.
abi-fuzz: $(CONFORM_GEN) $(CONFORM_REPORT) $(CONFORM_RUN)
	@for abi in $(CONFORM_ABIS); do \
	    t0=$$(date +%s.%N); \
	    $(MAKE) --no-print-directory -s abi-conform-$$abi CONFORM_SUFFIX=-fuzz CONFORM_FUZZ=1 \
	        CONFORM_SEED=$(or $(SEED),$(CONFORM_SEED)) CONFORM_COUNT=$(or $(COUNT),1000) \
	        RESULTS=$(CONFORM_BUILD)/fuzz-results | grep -v '^PASS' ; \
	    t1=$$(date +%s.%N); \
	    echo "$$t0 $$t1" | awk -v a=$$abi -v n=$(or $(COUNT),1000) \
	        '{ printf "abi-fuzz %s: %d cases x 4 pairs in %.1f s: %.1f cases/s\n", a, n, $$2-$$1, n/($$2-$$1) }'; \
	done

# One candidate of the minimiser: CONFORM_CASES is its cases.c.
abi-conform-try-%: $(CONFORM_GEN) $(CONFORM_RUN) FORCE
	@$(call conform_make,$*) conform-try

# One signature for make explain (EXPLAIN_SRC: the generated probe).
abi-conform-explain-%: FORCE
	@$(call conform_make,$*) conform-explain

## explain: where each argument goes, per ABI and compiler: SIG='struct s {float a; int b;} f(double, struct s)' [VA='double']
CONFORM_EXPLAIN := $(HOST_BUILD)/conform-explain
$(CONFORM_EXPLAIN): $(CONFORM_DIR)/explain/explain.c
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $<
.PHONY: explain
explain: $(CONFORM_EXPLAIN)
	@$(if $(SIG),,$(error make explain needs SIG='<C declaration>'))
	@mkdir -p $(CONFORM_BUILD)/explain
	@$(CONFORM_EXPLAIN) --dir $(CONFORM_BUILD)/explain --sig '$(SIG)' $(if $(VA),--va '$(VA)')

## abi-minimise: shrink a disagreeing case: CABI=lp64d SEED=1 CASE=38
CONFORM_MIN := $(HOST_BUILD)/conform-minimise
$(CONFORM_MIN): $(addprefix $(CONFORM_DIR)/,minimise.c gen_types.c emit.c known.c model.h)
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $(filter %.c,$^)

.PHONY: abi-minimise
abi-minimise: $(CONFORM_MIN) $(CONFORM_GEN) $(CONFORM_RUN)
	@$(if $(and $(CABI),$(CASE)),,$(error abi-minimise needs CABI=<abi> CASE=<n> [SEED=n]))
	@mkdir -p $(CONFORM_BUILD)/$(CABI)-min $(CONFORM_BUILD)/minimised
	$(CONFORM_MIN) --abi $(CABI) --seed $(or $(SEED),$(CONFORM_SEED)) --case $(CASE) \
	    --dir $(CONFORM_BUILD)/$(CABI)-min \
	    --out $(CONFORM_BUILD)/minimised/$(CABI)-seed$(or $(SEED),$(CONFORM_SEED))-case$(CASE).txt

# ---- inside the per-ABI make (CONFORM_ABI set) -----------------------------
ifdef CONFORM_ABI
CF_OUT    := $(CONFORM_BUILD)/$(CONFORM_ABI)$(CONFORM_SUFFIX)
CF_PARAMS := --abi $(CONFORM_ABI) --seed $(CONFORM_SEED) --count $(CONFORM_COUNT)

ifeq ($(CONFORM_ABI),sysv)
cf_dump     := $(CF_OUT)/explain-dump.o
$(cf_dump): $(CONFORM_DIR)/explain/dump.c
	@mkdir -p $(@D)
	$(Q)$(HOST_CC) -O2 -Wall -c -o $@ $<
cf_cc_gcc   := $(HOST_CC)
cf_cc_clang := clang
cf_flags    := -O2 -w -Wno-psabi -Wno-packed-bitfield-compat
cf_link      = $(HOST_CC) -o $(1) $(2)
cf_run       = timeout $(TIMEOUT) ./$(1)
cf_harness  := $(CF_OUT)/harness.o
$(cf_harness): $(CONFORM_DIR)/harness.c
	@mkdir -p $(@D)
	$(Q)$(HOST_CC) -O2 -Wall -c -o $@ $<
else
cf_cc_gcc   := $(CC) $(ARCH_CFLAGS)
cf_clang_target := $(if $(filter aarch64,$(KIT_ARCH)),--target=aarch64-none-elf -mcpu=cortex-a53,\
                   --target=$(KIT_ARCH)-unknown-elf -march=$(KIT_MARCH) -mabi=$(KIT_ABI) -mcmodel=medany)
cf_cc_clang := clang $(cf_clang_target)
cf_flags    := -O2 -w -Wno-psabi -Wno-packed-bitfield-compat -ffreestanding
cf_link      = $(CC) $(LDFLAGS) -o $(1) $(call obj,$(KIT_CRT0)) $(2) $(LDLIBS)
cf_run       = timeout $(TIMEOUT) $(call QEMU_CMD,$(1))
cf_harness  := $(call obj,$(CONFORM_DIR)/harness.c)
cf_dump     := $(call obj,$(CONFORM_DIR)/explain/dump.c)
cf_kit      := $(call obj,$(KIT_CRT0)) $(BUILD)/libkit.a $(BUILD)/memory.ld
endif

# The generated cases, rewritten only when the parameters or gen change.
$(CF_OUT)/params: conform-force
	@mkdir -p $(@D)
	@echo '$(CF_PARAMS) $(CONFORM_EXTRA)' | cmp -s - $@ || echo '$(CF_PARAMS) $(CONFORM_EXTRA)' > $@

ifdef CONFORM_CASES
$(CF_OUT)/cases.c: conform-force
	@mkdir -p $(@D)
	@cmp -s $(CONFORM_CASES) $@ || cp $(CONFORM_CASES) $@
else
$(CF_OUT)/cases.c: $(CF_OUT)/params $(CONFORM_GEN) $(CONFORM_DIR)/conform.mk
	$(call say,GEN     $@)
	$(Q)$(CONFORM_GEN) $(CF_PARAMS) $(CONFORM_EXTRA) --out $@ --decls $(CF_OUT)/cases.txt
endif

$(CF_OUT)/caller-%.o: $(CF_OUT)/cases.c
	$(call say,CC      $@)
	$(Q)$(cf_cc_$*) $(cf_flags) -c -o $@ $<

$(CF_OUT)/callee-%.o: $(CF_OUT)/cases.c
	$(call say,CC      $@)
	$(Q)$(cf_cc_$*) $(cf_flags) $(CF_CALLEE_FLAGS_$*) -DCF_CALLEE -c -o $@ $<

# One image per pair: <caller compiler>-<callee compiler>.elf
define cf_pair_rule
$(CF_OUT)/$(1)-$(2).elf: $(cf_harness) $(cf_kit) $(CF_OUT)/caller-$(1).o $(CF_OUT)/callee-$(2).o
	$$(call say,LINK    $$@)
	$(Q)$$(call cf_link,$$@,$(cf_harness) $(CF_OUT)/caller-$(1).o $(CF_OUT)/callee-$(2).o)
endef
$(foreach a,gcc clang,$(foreach b,gcc clang,$(eval $(call cf_pair_rule,$(a),$(b)))))

# The deliberately broken callees (gen --planted): case 190900's callee is
# tests/wrong_reg_<arch>.S in front of the generated one; case 190901's
# callee half is built with -fshort-enums.  Both must be caught at the
# field: report's --expect.
cf_arch := $(if $(filter sysv,$(CONFORM_ABI)),x86_64,$(if $(filter aapcs64,$(CONFORM_ABI)),aarch64,riscv))
$(CF_OUT)/planted.c: $(CONFORM_GEN) $(CONFORM_DIR)/conform.mk
	$(Q)$(CONFORM_GEN) --abi $(CONFORM_ABI) --planted 1 --out $@ --decls $(CF_OUT)/planted.txt
$(CF_OUT)/planted-caller.o: $(CF_OUT)/planted.c
	$(Q)$(cf_cc_gcc) $(cf_flags) -c -o $@ $<
$(CF_OUT)/planted-callee.o: $(CF_OUT)/planted.c
	$(Q)$(cf_cc_gcc) $(cf_flags) -DCF_CALLEE -Dcf_f190900=cf_f190900_c -c -o $@ $<
$(CF_OUT)/planted-callee-short-enums.o: $(CF_OUT)/planted.c
	$(Q)$(cf_cc_gcc) $(cf_flags) -fshort-enums -DCF_CALLEE -c -o $@ $<
$(CF_OUT)/wrong-reg.o: $(CONFORM_DIR)/tests/wrong_reg_$(cf_arch).S
	$(Q)$(cf_cc_gcc) -c -o $@ $<
$(CF_OUT)/planted-wrong-reg.elf: $(cf_harness) $(cf_kit) $(CF_OUT)/planted-caller.o \
        $(CF_OUT)/planted-callee.o $(CF_OUT)/wrong-reg.o
	$(call say,LINK    $@)
	$(Q)$(call cf_link,$@,$(cf_harness) $(filter-out $(cf_harness),$(filter $(CF_OUT)/%.o,$^)))
$(CF_OUT)/planted-short-enums.elf: $(cf_harness) $(cf_kit) $(CF_OUT)/planted-caller.o \
        $(CF_OUT)/planted-callee-short-enums.o
	$(call say,LINK    $@)
	$(Q)$(call cf_link,$@,$(cf_harness) $(filter-out $(cf_harness),$(filter $(CF_OUT)/%.o,$^)))
CF_PLANTED := planted-wrong-reg planted-short-enums

# make explain: the probe of one signature (EXPLAIN_SRC, written by the
# explain tool), by each compiler, with the dumper and the register probe.
$(CF_OUT)/explain-probe.o: $(CONFORM_DIR)/explain/probe_$(cf_arch).S
	@mkdir -p $(@D)
	$(Q)$(cf_cc_gcc) -c -o $@ $<
$(CF_OUT)/explain-%.o: conform-force
	@mkdir -p $(@D)
	$(Q)$(cf_cc_$*) $(cf_flags) -g -gdwarf-5 -c -o $@ $(EXPLAIN_SRC)
$(CF_OUT)/explain-%.elf: $(cf_dump) $(cf_kit) $(CF_OUT)/explain-probe.o $(CF_OUT)/explain-%.o
	$(Q)$(call cf_link,$@,$(cf_dump) $(CF_OUT)/explain-probe.o $(CF_OUT)/explain-$*.o)
.PHONY: conform-explain
conform-explain: $(CF_OUT)/explain-gcc.elf $(CF_OUT)/explain-clang.elf
	@for c in gcc clang; do \
	    $(call cf_run,$(CF_OUT)/explain-$$c.elf) > $(CF_OUT)/explain-$$c.log 2>&1 || \
	        echo "ex: failed $$?" >> $(CF_OUT)/explain-$$c.log; \
	done

.PHONY: conform-run conform-try
conform-try: $(addprefix $(CF_OUT)/,$(addsuffix .elf,$(CONFORM_PAIRS)))
	@for p in $(CONFORM_PAIRS); do \
	    $(CONFORM_RUN) --elf $(CF_OUT)/$$p.elf --log $(CF_OUT)/$$p.log -- \
	        $(call cf_run,$(CF_OUT)/$$p.elf) || true; \
	done

conform-run: $(addprefix $(CF_OUT)/,$(addsuffix .elf,$(CONFORM_PAIRS) $(CF_PLANTED)))
	@mkdir -p $(RESULTS)/host
	@for p in $(CONFORM_PAIRS) $(CF_PLANTED); do \
	    $(CONFORM_RUN) --elf $(CF_OUT)/$$p.elf --log $(CF_OUT)/$$p.log -- \
	        $(call cf_run,$(CF_OUT)/$$p.elf); echo $$? > $(CF_OUT)/$$p.status; \
	done
	@$(CONFORM_REPORT) --abi $(CONFORM_ABI) --seed $(CONFORM_SEED) \
	    --decls $(CF_OUT)/cases.txt --known $(CONFORM_DIR)/known.txt \
	    --dir $(CF_OUT) --report $(CF_OUT)/report.txt $(if $(CONFORM_FUZZ),--fuzz 1) \
	    --result $(RESULTS)/host/conform-$(CONFORM_ABI).result \
	    --planted $(CF_OUT)/planted.txt \
	    --expect planted-wrong-reg=190900:arg0.m0 --expect planted-short-enums=190901:arg0.m1 \
	    $(CONFORM_PAIRS) $(CF_PLANTED)
endif
include $(CONFORM_DIR)/layout.mk

# make test: three classic signatures through make explain, against
# expectations worked out from the ABI documents (tests/explain_*.expect).
# Kept as files, so a warm make test does not probe again.
EXPLAIN_TEST_DIR := $(CONFORM_BUILD)/explain-test
$(EXPLAIN_TEST_DIR)/%.out: $(CONFORM_DIR)/tests/explain_%.expect $(CONFORM_EXPLAIN) \
        $(CONFORM_DIR)/explain/dump.c $(wildcard $(CONFORM_DIR)/explain/probe_*.S)
	@mkdir -p $(@D)/$*
	@$(CONFORM_EXPLAIN) --dir $(@D)/$* --expect $< \
	    --sig "$$(sed -n 's/^# make explain SIG=.\(.*\).\( VA=.*\)\{0,1\}$$/\1/p' $< | sed "s/' VA=.*//")" \
	    $$(grep -q "VA='" $< && echo --va "$$(sed -n "s/.* VA='\(.*\)'$$/\1/p" $<)") \
	    > $@.tmp 2>&1; mv $@.tmp $@

.PHONY: test-explain
## test-explain: make explain on three classic signatures, against the ABI documents
test-explain: $(addprefix $(EXPLAIN_TEST_DIR)/,two_floats.out big_struct.out variadic_double.out)
	@mkdir -p $(RESULTS)/host
	@for f in $^; do grep -q '^PASS' $$f || echo "FAIL explain: $$f: did not run" >> $$f; done
	@cat $^ | grep '^PASS\|^FAIL' > $(RESULTS)/host/conform-explain.result
	@cat $^ | grep '^FAIL' || echo "PASS explain: $$(cat $^ | grep -c '^PASS') expectations"

