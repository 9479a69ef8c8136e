# abi/conform/layout.mk: make layout HDR=file.h (struct layouts per ABI and
# compiler, read from each compiler's DWARF by abi/conform/layout.c).

LAYOUT_TOOL  := $(HOST_BUILD)/conform-layout
LAYOUT_A64_INC := $(shell aarch64-linux-gnu-gcc -print-file-name=include 2>/dev/null)
# name|compile command|objdump, GCC then clang for each ABI (the tool
# compares neighbours for "GCC and clang differ").
rv_gcc   = riscv64-unknown-elf-gcc -march=$(1) -mabi=$(2)
rv_clang = clang --target=$(3)-unknown-elf -march=$(1) -mabi=$(2)
rv_dump  = riscv64-unknown-elf-objdump
LAYOUT_CONFIGS := \
  'lp64d/gcc|$(call rv_gcc,rv64imafdc,lp64d)|$(rv_dump)' \
  'lp64d/clang|$(call rv_clang,rv64imafdc,lp64d,riscv64)|$(rv_dump)' \
  'lp64/gcc|$(call rv_gcc,rv64imac,lp64)|$(rv_dump)' \
  'lp64/clang|$(call rv_clang,rv64imac,lp64,riscv64)|$(rv_dump)' \
  'ilp32d/gcc|$(call rv_gcc,rv32imafdc,ilp32d)|$(rv_dump)' \
  'ilp32d/clang|$(call rv_clang,rv32imafdc,ilp32d,riscv32)|$(rv_dump)' \
  'ilp32/gcc|$(call rv_gcc,rv32imac,ilp32)|$(rv_dump)' \
  'ilp32/clang|$(call rv_clang,rv32imac,ilp32,riscv32)|$(rv_dump)' \
  'aapcs64/gcc|aarch64-linux-gnu-gcc -nostdinc -isystem $(LAYOUT_A64_INC)|aarch64-linux-gnu-objdump' \
  'aapcs64/clang|clang --target=aarch64-none-elf|aarch64-linux-gnu-objdump' \
  'sysv/gcc|gcc|objdump' \
  'sysv/clang|clang|objdump'

$(LAYOUT_TOOL): $(CONFORM_DIR)/layout.c
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $<

.PHONY: layout test-layout
## layout: sizeof/alignof/offsets of every struct in HDR=file.h, per ABI and compiler
layout: $(LAYOUT_TOOL)
	@$(if $(HDR),,$(error make layout needs HDR=file.h))
	@mkdir -p $(CONFORM_BUILD)/layout
	@$(LAYOUT_TOOL) --hdr $(HDR) --dir $(CONFORM_BUILD)/layout $(LAYOUT_CONFIGS)

# make test: the tool on its own header, against hand-worked expectations.
# The output is kept, so a second make test only copies the result.
LAYOUT_TEST_OUT := $(CONFORM_BUILD)/layout-test/out.txt
$(LAYOUT_TEST_OUT): $(LAYOUT_TOOL) $(CONFORM_DIR)/tests/layout_test.h \
                    $(CONFORM_DIR)/tests/layout_test.expect
	@mkdir -p $(@D)
	@$(LAYOUT_TOOL) --hdr $(CONFORM_DIR)/tests/layout_test.h --dir $(@D) \
	    --expect $(CONFORM_DIR)/tests/layout_test.expect $(LAYOUT_CONFIGS) > $@.tmp 2>&1; \
	 mv $@.tmp $@

## test-layout: make layout on its own header, against hand-worked expectations
test-layout: $(LAYOUT_TEST_OUT)
	@mkdir -p $(RESULTS)/host
	@grep -q '^PASS' $< || echo "FAIL layout: the tool did not run (see $<)" >> $<
	@grep '^PASS\|^FAIL' $< > $(RESULTS)/host/conform-layout.result
	@grep '^FAIL' $< || echo "PASS layout: $$(grep -c '^PASS' $<) expectations"

