# abi/conform/layout.mk: struct layouts per ABI and compiler, read from each
# compiler's DWARF by abi/conform/layout.c.
#
#   make layout HDR=file.h                       the tables, and what differs
#   make layout HDR=file.h FORMAT=json OUT=f.json  a snapshot
#   make layout-diff HDR=file.h GOLDEN=f.json    exits 1 naming each record and
#                                                field whose size, alignment or
#                                                offset changed, 0 when none did
#
# The configurations are every ABI for every compiler of COMPILERS that has
# it (RISC-V: GCC 12 only), named <abi>/<compiler>.

LAYOUT_TOOL  := $(HOST_BUILD)/conform-layout
lay_a64_inc   = $(shell aarch64-linux-gnu-$(1) -print-file-name=include 2>/dev/null)
lay_rv_gcc_ok = $(filter $(firstword $(subst ., ,$(shell riscv64-unknown-elf-gcc -dumpversion \
                    2>/dev/null))),$(lastword $(subst -, ,$(1))))
# name|compile command|objdump for ABI $(1) (march, mabi, triple) and compiler $(2)
lay_rv = $(if $(filter gcc-%,$(5)),$(if $(call lay_rv_gcc_ok,$(5)),\
             '$(1)/$(5)|riscv64-unknown-elf-gcc -march=$(2) -mabi=$(3)|riscv64-unknown-elf-objdump'),\
             '$(1)/$(5)|$(5) --target=$(4)-unknown-elf -march=$(2) -mabi=$(3)|riscv64-unknown-elf-objdump')
lay_a64 = $(if $(filter gcc-%,$(1)),\
             'aapcs64/$(1)|aarch64-linux-gnu-$(1) -nostdinc -isystem $(call lay_a64_inc,$(1))|aarch64-linux-gnu-objdump',\
             'aapcs64/$(1)|$(1) --target=aarch64-none-elf|aarch64-linux-gnu-objdump')
LAYOUT_CONFIGS = \
  $(foreach c,$(COMPILERS),$(call lay_rv,lp64d,rv64imafdc,lp64d,riscv64,$(c))) \
  $(foreach c,$(COMPILERS),$(call lay_rv,lp64,rv64imac,lp64,riscv64,$(c))) \
  $(foreach c,$(COMPILERS),$(call lay_rv,ilp32d,rv32imafdc,ilp32d,riscv32,$(c))) \
  $(foreach c,$(COMPILERS),$(call lay_rv,ilp32,rv32imac,ilp32,riscv32,$(c))) \
  $(foreach c,$(COMPILERS),$(call lay_a64,$(c))) \
  $(foreach c,$(COMPILERS),'sysv/$(c)|$(c)|objdump')

$(LAYOUT_TOOL): $(CONFORM_DIR)/layout.c
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $<

.PHONY: layout layout-diff test-layout
## layout: sizeof/alignof/offsets of every struct in HDR=file.h, per ABI and compiler [FORMAT=json] [OUT=file]
layout: $(LAYOUT_TOOL)
	@$(if $(HDR),,$(error make layout needs HDR=file.h))
	@$(if $(filter command line,$(origin FORMAT)),$(if $(filter json text,$(FORMAT)),,\
	    $(error make layout: FORMAT=$(FORMAT): json, or text (the default))))
	@mkdir -p $(CONFORM_BUILD)/layout
	@$(LAYOUT_TOOL) --hdr $(HDR) --dir $(CONFORM_BUILD)/layout $(if $(filter json,$(FORMAT)),--json) \
	    $(LAYOUT_CONFIGS) $(if $(OUT),> $(OUT))

## layout-diff: fail if a struct of HDR=file.h changed size, alignment or a field offset against GOLDEN=snapshot.json
layout-diff: $(LAYOUT_TOOL)
	@$(if $(and $(HDR),$(GOLDEN)),,$(error make layout-diff needs HDR=file.h GOLDEN=snapshot.json))
	@mkdir -p $(CONFORM_BUILD)/layout
	@$(LAYOUT_TOOL) --hdr $(HDR) --dir $(CONFORM_BUILD)/layout --golden $(GOLDEN) $(LAYOUT_CONFIGS)

# make test: the tool on its own header, against hand-worked expectations;
# then a snapshot of tests/layout_v1.h and layout-diff against it from
# v1 itself (must pass), from v2 (a packed struct's u64 moved from offset
# 8 to 6 by a field dropped before it, an enum field widened: must fail,
# naming them) and from v3 (a field added in padding: must pass).
# Kept as files, so a second make test only copies the results.
LAYOUT_TEST_DIR := $(CONFORM_BUILD)/layout-test
LAYOUT_TEST_OUT := $(LAYOUT_TEST_DIR)/out.txt
$(LAYOUT_TEST_OUT): $(LAYOUT_TOOL) $(CONFORM_DIR)/tests/layout_test.h \
                    $(CONFORM_DIR)/tests/layout_test.expect $(wildcard $(CONFORM_DIR)/tests/layout_v*.h)
	@mkdir -p $(@D)
	@{ $(LAYOUT_TOOL) --hdr $(CONFORM_DIR)/tests/layout_test.h --dir $(@D) \
	    --expect $(CONFORM_DIR)/tests/layout_test.expect $(LAYOUT_CONFIGS); \
	  $(LAYOUT_TOOL) --hdr $(CONFORM_DIR)/tests/layout_v1.h --dir $(@D) --json \
	    $(LAYOUT_CONFIGS) > $(@D)/v1.json || echo "FAIL layout-diff: no snapshot of layout_v1.h"; \
	  for v in 1 2 3; do \
	    $(LAYOUT_TOOL) --hdr $(CONFORM_DIR)/tests/layout_v$$v.h --dir $(@D) \
	        --golden $(@D)/v1.json $(LAYOUT_CONFIGS) > $(@D)/diff-v$$v.txt 2>&1; \
	    echo $$? > $(@D)/diff-v$$v.status; done; \
	  if [ "$$(cat $(@D)/diff-v1.status)" = 0 ]; then echo "PASS layout-diff: v1 against its own snapshot: exit 0"; \
	  else echo "FAIL layout-diff: v1 against its own snapshot: exit $$(cat $(@D)/diff-v1.status)"; fi; \
	  if [ "$$(cat $(@D)/diff-v2.status)" = 1 ] && \
	     grep -q 'CHANGED struct packed_hdr: field u64: offset 8 -> 6' $(@D)/diff-v2.txt && \
	     grep -q 'CHANGED struct msg: field kind: size 1 -> 4' $(@D)/diff-v2.txt; then \
	     echo "PASS layout-diff: v2 (packed u64 moved to 6, enum widened) fails naming both"; \
	  else echo "FAIL layout-diff: v2 exit $$(cat $(@D)/diff-v2.status), not naming both changes:"; \
	     cat $(@D)/diff-v2.txt; fi; \
	  if [ "$$(cat $(@D)/diff-v3.status)" = 0 ]; then echo "PASS layout-diff: v3 (a field in padding) passes"; \
	  else echo "FAIL layout-diff: v3 (a field in padding): exit $$(cat $(@D)/diff-v3.status)"; \
	     cat $(@D)/diff-v3.txt; fi; \
	} > $@.tmp 2>&1; mv $@.tmp $@

## test-layout: make layout on its own header, against hand-worked expectations; layout-diff on three releases
test-layout: $(LAYOUT_TEST_OUT)
	@mkdir -p $(RESULTS)/host
	@grep -q '^PASS layout ' $< || echo "FAIL layout: the tool did not run (see $<)" >> $<
	@grep '^PASS\|^FAIL' $< > $(RESULTS)/host/conform-layout.result
	@grep '^FAIL' $< || echo "PASS layout: $$(grep -c '^PASS' $<) expectations"

