# abi/conform/conform.mk: GCC vs clang calling-convention conformance.
#
#   make abi-conform                   the fixed-seed suite (make test runs it too)
#   make abi-fuzz SEED=n COUNT=n       a longer campaign: cases/s, exempt
#                                      fraction and constructs per ABI
#   make abi-pair SIG='...' [VA=...]   one signature, every pair, every ABI
#   make abi-minimise CABI=lp64d CASE=38 [SEED=1]
#   COMPILERS='gcc-11 gcc-12 clang-13 ...' on any of them (compilers.mk)
#
# Per ABI: gen writes the cases (one C file, both halves) and appends
# each known class's regression case; the caller half and the callee half
# are each built by every compiler; every ordered pair is linked with the
# kit (host x86-64: natively) and run; the minimiser shrinks each case
# that disagrees and names the class of its reproducer; report judges.
# Everything lives in build/conform/<abi>/; the kit for each target ABI is
# built into its own directory there, so this never races the boot tests.
#
# Every make and QEMU the checker starts reads /dev/null, never the
# caller's stdin (a `while read` loop around make explain keeps its input).

CONFORM_DIR    := abi/conform
CONFORM_BUILD  := build/conform
CONFORM_SEED   ?= 1
CONFORM_COUNT  ?= 200
#: COUNT  make abi-fuzz: how many cases per ABI (default 1000)
#: SIG  make explain, make abi-pair: the declaration, e.g. SIG='struct s {float a;} f(struct s)'
#: VA  make explain, make abi-pair: the types passed after the named arguments of a variadic SIG
#: HDR  make layout, layout-diff: the header whose structs to lay out
#: OUT  make layout: write to this file instead of the terminal
#: GOLDEN  make layout-diff: the snapshot (make layout FORMAT=json) to compare with
#: CABI  make abi-minimise: the ABI of the case to shrink (lp64d, aapcs64, sysv ...)
#: CASE  make abi-minimise: the case number abi-fuzz reported
#: CONFORM_ABIS  the checker's ABIs to run (default: lp64d lp64 ilp32d ilp32 aapcs64 sysv)
#: CONFORM_COUNT  make abi-conform: cases per ABI (default 200, what make test runs)
CONFORM_ABIS   ?= lp64d lp64 ilp32d ilp32 aapcs64 sysv
CONFORM_GEN    := $(HOST_BUILD)/conform-gen
CONFORM_REPORT := $(HOST_BUILD)/conform-report
CONFORM_RUN    := $(HOST_BUILD)/conform-run
CONFORM_MIN    := $(HOST_BUILD)/conform-minimise
CONFORM_HOST_CFLAGS := -O2 -g -std=gnu11 -Wall -Wextra -Werror -Wno-format-truncation
CONFORM_KNOWN  := $(CONFORM_DIR)/known.txt

include $(CONFORM_DIR)/compilers.mk

# Each target ABI: its board.
conform_board_lp64d   := virt-rv64
conform_board_lp64    := virt-rv64
conform_board_ilp32d  := virt-rv32
conform_board_ilp32   := virt-rv32
conform_board_aapcs64 := virt-aarch64

# The model (types, printing, reading back, known shapes): gen and the
# minimiser both link it.
CONFORM_MODEL := $(addprefix $(CONFORM_DIR)/,gen_types.c emit.c parse.c stats.c known.c \
                                              knownlist.c)
CONFORM_MODEL_H := $(addprefix $(CONFORM_DIR)/,model.h knownlist.h)

$(CONFORM_GEN): $(CONFORM_DIR)/gen.c $(CONFORM_MODEL) $(CONFORM_MODEL_H)
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $(filter %.c,$^)

$(CONFORM_MIN): $(CONFORM_DIR)/minimise.c $(CONFORM_MODEL) $(CONFORM_MODEL_H)
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $(filter %.c,$^)

$(CONFORM_REPORT): $(addprefix $(CONFORM_DIR)/,report.c knownlist.c knownlist.h)
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $(filter %.c,$^)

$(CONFORM_RUN): $(CONFORM_DIR)/run.c
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $<

CONFORM_TOOLS := $(CONFORM_GEN) $(CONFORM_REPORT) $(CONFORM_RUN) $(CONFORM_MIN)

.PHONY: abi-conform abi-fuzz conform-force
conform-force:

# The per-ABI make: the kit's variables for the ABI's board, own build
# dir; conform_make_sh is the same for a shell loop over $$abi.
conform_make = $(MAKE) --no-print-directory -f Makefile \
	    $(if $(conform_board_$(1)),BOARD=$(conform_board_$(1)) ABI=$(1) \
	        BUILD=$(CONFORM_BUILD)/kit-$(1)) CONFORM_ABI=$(1)
cf_rparen := )
conform_make_sh = case $$abi in \
	    $(foreach a,lp64d lp64 ilp32d ilp32 aapcs64,$(a)$(cf_rparen) set -- \
	        BOARD=$(conform_board_$(a)) ABI=$(a) BUILD=$(CONFORM_BUILD)/kit-$(a);;) \
	    *$(cf_rparen) set --;; esac; \
	    $(MAKE) --no-print-directory -f Makefile "$$@" CONFORM_ABI=$$abi

## abi-conform: GCC/clang caller-callee pairs on all six ABIs (fixed seed); fails on any FAIL
abi-conform: $(CONFORM_TOOLS)
	@st=0; for abi in $(CONFORM_ABIS); do \
	    ( $(conform_make_sh) conform-run </dev/null ) || st=1; done; exit $$st

# make test: each ABI's suite is a unit of its matrix (conform:<abi>, run
# as abi-conform-<abi>); its verdicts are host results
# (build/results/host/conform-<abi>.result), counted by the summary, so a
# failing ABI does not stop the other tests.
abi-conform-%: $(CONFORM_TOOLS) FORCE
	@$(call conform_make,$*) conform-run </dev/null; st=$$?; \
	 if [ $$st -ne 0 ] && ! grep -qs '^FAIL' $(RESULTS)/host/conform-$*.result; then \
	    mkdir -p $(RESULTS)/host; \
	    echo "FAIL conform $*: the suite did not build or run (see above)" | \
	        tee $(RESULTS)/host/conform-$*.result; fi

## abi-fuzz: a campaign: SEED=n COUNT=n [COMPILERS=...]; exits non-zero on any disagreement outside known.txt
# (cases/s counts signatures, each built and run on every pair, and the
# disagreeing ones shrunk).  Reports: build/conform/<abi>-fuzz/report.txt.
CONFORM_FUZZ_SUMMARY := $(CONFORM_BUILD)/fuzz-summary.txt
abi-fuzz: $(CONFORM_TOOLS)
	@rm -f $(CONFORM_FUZZ_SUMMARY); st=0; for abi in $(CONFORM_ABIS); do \
	    t0=$$(date +%s.%N); \
	    ( $(conform_make_sh) -s conform-run CONFORM_SUFFIX=-fuzz$(CONFORM_FUZZ_DIR) \
	        CONFORM_FUZZ=1 CONFORM_SEED=$(or $(SEED),$(CONFORM_SEED)) \
	        CONFORM_COUNT=$(or $(COUNT),1000) \
	        RESULTS=$(CONFORM_BUILD)/fuzz-results$(CONFORM_FUZZ_DIR) </dev/null ) \
	        | grep -v '^PASS'; s=$${PIPESTATUS[0]}; [ $$s -eq 0 ] || st=1; \
	    t1=$$(date +%s.%N); \
	    echo "$$t0 $$t1" | awk -v a=$$abi -v n=$(or $(COUNT),1000) \
	        '{ printf "abi-fuzz %s: %d cases in %.1f s: %.1f cases/s\n", a, n, $$2-$$1, n/($$2-$$1) }' \
	        | tee -a $(CONFORM_FUZZ_SUMMARY); \
	done; \
	for abi in $(CONFORM_ABIS); do \
	    cat $(CONFORM_BUILD)/$$abi-fuzz$(CONFORM_FUZZ_DIR)/exempt.txt 2>/dev/null; \
	    tail -1 $(CONFORM_BUILD)/$$abi-fuzz$(CONFORM_FUZZ_DIR)/stats.txt 2>/dev/null; \
	done | tee -a $(CONFORM_FUZZ_SUMMARY); \
	if [ $$st -ne 0 ]; then echo "abi-fuzz: FAILED (disagreements outside known.txt, or a known class that changed: see above)"; \
	else echo "abi-fuzz: every disagreement is a known class, and every class differs as listed"; fi; \
	exit $$st
abi-fuzz: SHELL := /bin/bash

# One round of the minimiser: CONFORM_CASES is its cases.c, CONFORM_OUT its directory.
abi-conform-try-%: $(CONFORM_GEN) $(CONFORM_RUN) FORCE
	@$(call conform_make,$*) conform-try </dev/null

## abi-minimise: shrink a disagreeing case: CABI=lp64d CASE=38 [SEED=1] [COMPILERS=...]
.PHONY: abi-minimise
abi-minimise: $(CONFORM_TOOLS)
	@$(if $(and $(CABI),$(CASE)),,$(error abi-minimise needs CABI=<abi> CASE=<n> [SEED=n]))
	@mkdir -p $(CONFORM_BUILD)/minimised
	@$(call conform_make,$(CABI)) conform-minimise CONFORM_MIN_CASE=$(CASE) \
	    CONFORM_SEED=$(or $(SEED),$(CONFORM_SEED)) </dev/null

## abi-pair: one signature on every pair and ABI: SIG='struct s {float a; int b;} f(struct s)' [VA='double']
.PHONY: abi-pair
abi-pair: $(CONFORM_TOOLS)
	@$(if $(SIG),,$(error make abi-pair needs SIG='<C declaration>'))
	@rm -rf $(CONFORM_BUILD)/pair-results; st=0; \
	for abi in $(CONFORM_ABIS); do \
	    ( $(conform_make_sh) -s conform-pair CONFORM_SUFFIX=-pair \
	        RESULTS=$(CONFORM_BUILD)/pair-results </dev/null ) || st=$$?; \
	done; \
	$(CONFORM_REPORT) --pair-summary $(CONFORM_BUILD)/pair-results/host '$(subst ','\'',$(SIG))' \
	    '$(subst ','\'',$(VA))' $(CONFORM_ABIS) || st=1; exit $$st

# ---- inside the per-ABI make (CONFORM_ABI set) -----------------------------
ifdef CONFORM_ABI
CF_OUT    := $(or $(CONFORM_OUT),$(CONFORM_BUILD)/$(CONFORM_ABI)$(CONFORM_SUFFIX))
CF_PARAMS := --abi $(CONFORM_ABI) --seed $(CONFORM_SEED) --count $(CONFORM_COUNT)

ifeq ($(CONFORM_ABI),sysv)
cf_flags    := -O2 -w -Wno-psabi -Wno-packed-bitfield-compat
# -no-pie: Debian's clang 13 does not build position-independent code by
# default, its GCC links PIE by default
cf_link      = $(HOST_CC) -no-pie -o $(1) $(2)
cf_run       = timeout $(TIMEOUT) ./$(1) </dev/null
cf_harness  := $(CF_OUT)/harness.o
cf_dump     := $(CF_OUT)/explain-dump.o
$(cf_harness): $(CONFORM_DIR)/harness.c
	@mkdir -p $(@D)
	$(Q)$(HOST_CC) -O2 -Wall -c -o $@ $<
$(cf_dump): $(CONFORM_DIR)/explain/dump.c
	@mkdir -p $(@D)
	$(Q)$(HOST_CC) -O2 -Wall -c -o $@ $<
cf_cc_planted := $(HOST_CC)
else
cf_flags    := -O2 -w -Wno-psabi -Wno-packed-bitfield-compat -ffreestanding
cf_link      = $(CC) $(LDFLAGS) -o $(1) $(call obj,$(KIT_CRT0)) $(2) $(LDLIBS)
cf_run       = timeout $(TIMEOUT) $(call QEMU_CMD,$(1)) </dev/null
cf_harness  := $(call obj,$(CONFORM_DIR)/harness.c)
cf_dump     := $(call obj,$(CONFORM_DIR)/explain/dump.c)
cf_kit      := $(call obj,$(KIT_CRT0)) $(BUILD)/libkit.a $(BUILD)/memory.ld
cf_cc_planted := $(CC) $(ARCH_CFLAGS)
endif

# The compilers' versions: a new compiler invalidates what was minimised.
$(CF_OUT)/compilers.key: conform-force
	@mkdir -p $(@D)
	@{ $(foreach c,$(CF_COMPILERS),$(firstword $(cf_cmd_$(c))) --version | head -1; \
	    echo '$(CONFORM_CALLEE_FLAGS_$(c))';) } \
	    2>&1 | tr '\n' ' ' > $@.tmp; cmp -s $@.tmp $@ || mv $@.tmp $@; rm -f $@.tmp

# The half-precision types every compiler of the set accepts on this ABI,
# as the generator uses them (passed, returned, built from bits, in a
# vector, through "..." for _Float16).
cf_type_probe_f16  := typedef _Float16 T; typedef T V __attribute__((vector_size(16)));
cf_type_probe_fp16 := typedef __fp16 T; typedef int V;
cf_type_probe_bf16 := typedef __bf16 T; typedef int V;
cf_type_probe_body := T g(T x, V v, int n, ...) { T h; unsigned short b = 0x3c00; \
    __builtin_memcpy(&h, &b, 2); __builtin_va_list ap; __builtin_va_start(ap, n); \
    (void)v; __builtin_va_end(ap); return n ? h : x; }
$(CF_OUT)/types: $(CF_OUT)/compilers.key
	@l=""; for t in f16 fp16 bf16; do ok=1; \
	    case $$t in f16) p='$(cf_type_probe_f16)';; fp16) p='$(cf_type_probe_fp16)';; \
	        *) p='$(cf_type_probe_bf16)';; esac; \
	    $(foreach c,$(CF_COMPILERS),echo "$$p $(cf_type_probe_body)" | $(cf_cmd_$(c)) \
	        $(cf_flags) -c -x c -o /dev/null - 2>/dev/null || ok=0;) \
	    [ $$ok = 1 ] && l="$$l$${l:+,}$$t"; done; echo "$${l:--}" > $@
cf_types = $$(cat $(CF_OUT)/types)

# The generated cases, rewritten only when the parameters or gen change.
$(CF_OUT)/params: conform-force
	@mkdir -p $(@D)
	@echo '$(CF_PARAMS) $(CONFORM_EXTRA)' | cmp -s - $@ || echo '$(CF_PARAMS) $(CONFORM_EXTRA)' > $@

ifdef CONFORM_CASES
$(CF_OUT)/cases.c: conform-force
	@mkdir -p $(@D)
	@cmp -s $(CONFORM_CASES) $@ || cp $(CONFORM_CASES) $@
else
$(CF_OUT)/cases.c: $(CF_OUT)/params $(CF_OUT)/types $(CONFORM_GEN) $(CONFORM_KNOWN) \
                   $(CONFORM_DIR)/conform.mk
	$(call say,GEN     $@)
	$(Q)$(CONFORM_GEN) $(CF_PARAMS) $(CONFORM_EXTRA) --types $(cf_types) \
	    --known $(CONFORM_KNOWN) --out $@ --decls $(CF_OUT)/cases.txt --stats $(CF_OUT)/stats.txt
endif

# Each half by each compiler; CONFORM_CALLEE_FLAGS_<compiler> adds flags
# to one compiler's callee half (the planted-disagreement test).
$(CF_OUT)/caller-%.o: $(CF_OUT)/cases.c
	$(call say,CC      $@)
	$(Q)$(cf_cmd_$*) $(cf_flags) -c -o $@ $<

$(CF_OUT)/callee-%.o: $(CF_OUT)/cases.c
	$(call say,CC      $@)
	$(Q)$(cf_cmd_$*) $(cf_flags) $(CONFORM_CALLEE_FLAGS_$*) -DCF_CALLEE -c -o $@ $<

# One image per pair: <caller compiler>-to-<callee compiler>.elf
define cf_pair_rule
$(CF_OUT)/$(1)-to-$(2).elf: $(cf_harness) $(cf_kit) $(CF_OUT)/caller-$(1).o $(CF_OUT)/callee-$(2).o
	$$(call say,LINK    $$@)
	$(Q)$$(call cf_link,$$@,$(cf_harness) $(CF_OUT)/caller-$(1).o $(CF_OUT)/callee-$(2).o)
endef
$(foreach a,$(CF_COMPILERS),$(foreach b,$(CF_COMPILERS),$(eval $(call cf_pair_rule,$(a),$(b)))))

# The deliberately broken callees (gen --planted), built by the kit's own
# GCC: case 190900's callee is tests/wrong_reg_<arch>.S in front of the
# generated one; case 190901's callee half is built with -fshort-enums.
# Both must be caught at the field: report's --expect.
cf_arch := $(if $(filter sysv,$(CONFORM_ABI)),x86_64,$(if $(filter aapcs64,$(CONFORM_ABI)),aarch64,riscv))
$(CF_OUT)/planted.c: $(CONFORM_GEN) $(CONFORM_DIR)/conform.mk
	@mkdir -p $(@D)
	$(Q)$(CONFORM_GEN) --abi $(CONFORM_ABI) --planted 1 --out $@ --decls $(CF_OUT)/planted.txt
$(CF_OUT)/planted-caller.o: $(CF_OUT)/planted.c
	$(Q)$(cf_cc_planted) $(cf_flags) -c -o $@ $<
$(CF_OUT)/planted-callee.o: $(CF_OUT)/planted.c
	$(Q)$(cf_cc_planted) $(cf_flags) -DCF_CALLEE -Dcf_f190900=cf_f190900_c -c -o $@ $<
$(CF_OUT)/planted-callee-short-enums.o: $(CF_OUT)/planted.c
	$(Q)$(cf_cc_planted) $(cf_flags) -fshort-enums -DCF_CALLEE -c -o $@ $<
$(CF_OUT)/wrong-reg.o: $(CONFORM_DIR)/tests/wrong_reg_$(cf_arch).S
	$(Q)$(cf_cc_planted) -c -o $@ $<
$(CF_OUT)/planted-wrong-reg.elf: $(cf_harness) $(cf_kit) $(CF_OUT)/planted-caller.o \
        $(CF_OUT)/planted-callee.o $(CF_OUT)/wrong-reg.o
	$(call say,LINK    $@)
	$(Q)$(call cf_link,$@,$(cf_harness) $(filter-out $(cf_harness),$(filter $(CF_OUT)/%.o,$^)))
$(CF_OUT)/planted-short-enums.elf: $(cf_harness) $(cf_kit) $(CF_OUT)/planted-caller.o \
        $(CF_OUT)/planted-callee-short-enums.o
	$(call say,LINK    $@)
	$(Q)$(call cf_link,$@,$(cf_harness) $(filter-out $(cf_harness),$(filter $(CF_OUT)/%.o,$^)))
CF_PLANTED := $(if $(CONFORM_FUZZ)$(CONFORM_CASES),,planted-wrong-reg planted-short-enums)

cf_run_pairs = for p in $(1); do \
	    $(CONFORM_RUN) --elf $(CF_OUT)/$$p.elf --log $(CF_OUT)/$$p.log -- \
	        $(call cf_run,$(CF_OUT)/$$p.elf); echo $$? > $(CF_OUT)/$$p.status; \
	done

.PHONY: conform-run conform-try conform-minimise conform-pair
conform-try: $(addprefix $(CF_OUT)/,$(addsuffix .elf,$(CF_PAIRS)))
	@$(call cf_run_pairs,$(CF_PAIRS))

# Run every pair, shrink and classify each disagreement (the minimiser
# keeps its answers in build/conform/mincache-<abi>.txt, so a warm run
# shrinks nothing), then judge.  Exit status: 0 all PASS, 1 a FAIL.
CF_MIN_ARGS = --abi $(CONFORM_ABI) --seed $(CONFORM_SEED) --types $(cf_types) \
	    --pairs '$(CF_PAIRS)' --dir $(CF_OUT)-min \
	    --cache $(CONFORM_BUILD)/mincache-$(CONFORM_ABI).txt --key "$$(cat $(CF_OUT)/compilers.key)"
conform-run: $(addprefix $(CF_OUT)/,$(addsuffix .elf,$(CF_PAIRS) $(CF_PLANTED))) $(CF_OUT)/types
	@mkdir -p $(RESULTS)/host $(CF_OUT)-min
	@$(call cf_run_pairs,$(CF_PAIRS) $(CF_PLANTED))
	@$(CONFORM_MIN) $(CF_MIN_ARGS) --batch $(CF_OUT) --out $(CF_OUT)/classes.txt
	@$(CONFORM_REPORT) --abi $(CONFORM_ABI) --seed $(CONFORM_SEED) \
	    --decls $(CF_OUT)/cases.txt --known $(CONFORM_KNOWN) --classes $(CF_OUT)/classes.txt \
	    --dir $(CF_OUT) --report $(CF_OUT)/report.txt $(if $(CONFORM_FUZZ),--fuzz 1) \
	    --exempt $(CF_OUT)/exempt.txt --na '$(CF_NA)' \
	    --result $(RESULTS)/host/conform-$(CONFORM_ABI).result \
	    $(if $(CF_PLANTED),--planted $(CF_OUT)/planted.txt \
	    --expect planted-wrong-reg=190900:arg0.m0 --expect planted-short-enums=190901:arg0.m1) \
	    $(CF_PAIRS) $(CF_PLANTED)

conform-minimise: $(CF_OUT)/types $(CF_OUT)/compilers.key
	@mkdir -p $(CF_OUT)-min
	@$(CONFORM_MIN) $(CF_MIN_ARGS) --case $(CONFORM_MIN_CASE) \
	    --out $(CONFORM_BUILD)/minimised/$(CONFORM_ABI)-seed$(CONFORM_SEED)-case$(CONFORM_MIN_CASE).txt

# make abi-pair: the user's signature as one case (gen --sig), each half
# by each compiler that accepts it, every pair whose halves built.
conform-pair: $(CF_OUT)/types $(cf_harness) $(cf_kit) FORCE
	@mkdir -p $(RESULTS)/host $(CF_OUT); rm -f $(CF_OUT)/caller-*.o $(CF_OUT)/callee-*.o \
	    $(CF_OUT)/*.elf $(CF_OUT)/*.log $(CF_OUT)/*.status $(CF_OUT)/na-*.txt
	@if ! $(CONFORM_GEN) --abi $(CONFORM_ABI) --types $(cf_types) \
	        --sig '$(subst ','\'',$(SIG))' $(if $(VA),--va '$(subst ','\'',$(VA))') \
	        --out $(CF_OUT)/cases.c --decls $(CF_OUT)/cases.txt 2> $(CF_OUT)/sig.err; then \
	    echo "ERROR $(CONFORM_ABI) $$(cat $(CF_OUT)/sig.err)" > $(RESULTS)/host/pair-$(CONFORM_ABI).result; \
	    exit 0; fi; \
	 $(foreach c,$(CF_COMPILERS),\
	    { $(cf_cmd_$(c)) $(cf_flags) -c -o $(CF_OUT)/caller-$(c).o $(CF_OUT)/cases.c && \
	      $(cf_cmd_$(c)) $(cf_flags) -DCF_CALLEE -c -o $(CF_OUT)/callee-$(c).o $(CF_OUT)/cases.c; \
	    } > $(CF_OUT)/cc-$(c).log 2>&1 || \
	        grep -m1 'error' $(CF_OUT)/cc-$(c).log > $(CF_OUT)/na-$(c).txt;) \
	 for p in $(CF_PAIRS); do a=$${p%-to-*}; b=$${p#*-to-}; \
	    [ -f $(CF_OUT)/caller-$$a.o ] && [ -f $(CF_OUT)/callee-$$b.o ] || continue; \
	    $(call cf_link,$(CF_OUT)/$$p.elf,$(cf_harness) $(CF_OUT)/caller-$$a.o \
	        $(CF_OUT)/callee-$$b.o) || continue; \
	    $(CONFORM_RUN) --elf $(CF_OUT)/$$p.elf --log $(CF_OUT)/$$p.log -- \
	        $(call cf_run,$(CF_OUT)/$$p.elf); echo $$? > $(CF_OUT)/$$p.status; \
	 done; \
	 $(CONFORM_REPORT) --abi $(CONFORM_ABI) --pair-result $(CF_OUT) --na '$(CF_NA)' \
	    $(CF_PAIRS) > $(RESULTS)/host/pair-$(CONFORM_ABI).result || true
endif

# make test: abi-fuzz must fail, naming the case, on a disagreement no
# class of known.txt has.  One is planted: clang's callee half is built
# with -fshort-enums (a library built with other flags), so an enum in a
# struct shrinks to a byte on one side only.  A small sysv campaign (host:
# fast), kept as a file: a warm make test does not run it again.
CONFORM_PLANT_OUT := $(CONFORM_BUILD)/planted-fuzz.txt
$(CONFORM_PLANT_OUT): $(CONFORM_TOOLS) $(CONFORM_KNOWN)
	@mkdir -p $(@D)
	@$(MAKE) --no-print-directory abi-fuzz CONFORM_ABIS=sysv SEED=1 COUNT=30 \
	    CONFORM_FUZZ_DIR=-planted CONFORM_CALLEE_FLAGS_clang-14=-fshort-enums \
	    COMPILERS='gcc-12 clang-14' > $@.log 2>&1 </dev/null; st=$$?; \
	 { if [ $$st -ne 0 ] && grep -q 'FAIL conform sysv gcc-12->clang-14: .* outside the known list' $@.log && \
	       grep -q '    case [0-9]* disagrees outside the known list; minimised: .*enum' $@.log; then \
	     echo "PASS conform planted-fuzz: abi-fuzz exits $$st on a planted disagreement and names it:"; \
	     grep -m1 '    case [0-9]* disagrees outside' $@.log | cut -c1-200; \
	   else echo "FAIL conform planted-fuzz: abi-fuzz exited $$st, not naming the planted case (see $@.log)"; fi; \
	 } > $@.tmp; mv $@.tmp $@

.PHONY: test-planted
## test-planted: make abi-fuzz on a planted disagreement must fail and name it
test-planted: $(CONFORM_PLANT_OUT)
	@mkdir -p $(RESULTS)/host
	@grep '^PASS\|^FAIL' $< > $(RESULTS)/host/conform-planted.result
	@grep '^FAIL' $< || head -1 $<

# Keep what the per-ABI makes build: intermediate files would be deleted
# (explain reads each probe object's DWARF back after linking it).
.PRECIOUS: $(CONFORM_BUILD)/%.o $(CONFORM_BUILD)/%.elf $(CONFORM_BUILD)/%.c

include $(CONFORM_DIR)/layout.mk
include $(CONFORM_DIR)/explain/explain.mk
