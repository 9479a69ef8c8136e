# fdt/fdt.mk - the devicetree reader: sources, host tests and fuzzing.
#
# Included by the top Makefile (for any goal beyond the product's), or used
# alone from the repository root:
#   make -f fdt/fdt.mk test-fdt            host unit tests
#   make -f fdt/fdt.mk test-fdt-san        the same under ASan + UBSan
#   make -f fdt/fdt.mk fuzz FUZZ_SECONDS=60
# Every path is relative to the repository root; output goes to build/host.
# Variables and targets are prefixed fdt/FDT_ (or are the documented fuzz,
# FUZZ_SECONDS) so that they cannot collide with the including Makefile.

# Including this file must not change the includer's default goal; used
# alone (`make -f fdt/fdt.mk`), it runs the tests.
fdt_saved_goal := $(.DEFAULT_GOAL)
fdt_standalone := $(if $(filter 1,$(words $(MAKEFILE_LIST))),yes)
ifeq ($(fdt_standalone),yes)
include mk/host.mk
endif

#: FUZZ_CC  the compiler make fuzz builds libFuzzer targets with
FUZZ_CC       ?= clang
FDT_BUILD     := build/host
FDT_HOST_CFLAGS := -std=c99 -Wall -Wextra -Werror -O1 -g
FDT_SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
                 -fno-omit-frame-pointer
FDT_TEST_DEPS := fdt/fdt.c fdt/fdt.h tests/host/test_fdt.c \
                 fuzz/fdt_exercise.h fdt/fdt.mk

#: FUZZ_SECONDS  how long make fuzz runs the devicetree reader's fuzzer
FUZZ_SECONDS ?= 60
FDT_FUZZ_BIN    := $(FDT_BUILD)/fdt_fuzz
FDT_FUZZ_CORPUS := $(FDT_BUILD)/fdt-fuzz-corpus
FDT_FUZZ_SEEDS  := $(FDT_BUILD)/fdt-fuzz-seeds
FDT_FUZZ_ARTIFACTS := $(FDT_BUILD)/fdt-fuzz-artifacts
FDT_FUZZ_LOG    := $(FDT_BUILD)/fdt-fuzz.log

.PHONY: test-fdt test-fdt-san fuzz

$(FDT_BUILD)/test_fdt: $(FDT_TEST_DEPS)
	@mkdir -p $(@D)
	$(HOST_CC) $(FDT_HOST_CFLAGS) -o $@ fdt/fdt.c tests/host/test_fdt.c

$(FDT_BUILD)/test_fdt_san: $(FDT_TEST_DEPS)
	@mkdir -p $(@D)
	$(HOST_CC) $(FDT_HOST_CFLAGS) $(FDT_SAN_FLAGS) -o $@ \
	    fdt/fdt.c tests/host/test_fdt.c

test-fdt: $(FDT_BUILD)/test_fdt
	$(FDT_BUILD)/test_fdt

# Quiet (-q): prints only FAIL lines, so running it after test-fdt adds
# sanitizer coverage without counting every check twice.
test-fdt-san: $(FDT_BUILD)/test_fdt_san
	$(FDT_BUILD)/test_fdt_san -q

$(FDT_FUZZ_BIN): fdt/fdt.c fdt/fdt.h fuzz/fdt_fuzz.c fuzz/fdt_exercise.h
	@mkdir -p $(@D)
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=all -o $@ fdt/fdt.c fuzz/fdt_fuzz.c

# Seeds: the test's written blobs and, when QEMU is installed, the real
# virt machines' blobs (made here, never committed).  The corpus the
# fuzzer grows is kept in build/ between runs; a crashing input is kept
# in the artifacts directory until the next run.  `timeout` is a second
# guard on top of -max_total_time, so a wedged run cannot hang make.
## fuzz: fuzz the devicetree reader with libFuzzer for FUZZ_SECONDS
fuzz: $(FDT_FUZZ_BIN) $(FDT_BUILD)/test_fdt
	@rm -rf $(FDT_FUZZ_SEEDS) $(FDT_FUZZ_ARTIFACTS) && mkdir -p \
	    $(FDT_FUZZ_SEEDS) $(FDT_FUZZ_CORPUS) $(FDT_FUZZ_ARTIFACTS)
	@$(FDT_BUILD)/test_fdt --write-seeds $(FDT_FUZZ_SEEDS)
	@echo "fuzz: running $(FDT_FUZZ_BIN) for $(FUZZ_SECONDS) s" \
	    "(log: $(FDT_FUZZ_LOG))"
	@status=0; \
	timeout -k 10 $$(( $(FUZZ_SECONDS) + 120 )) $(FDT_FUZZ_BIN) \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -dict=fuzz/fdt.dict \
	    -artifact_prefix=$(FDT_FUZZ_ARTIFACTS)/ \
	    $(FDT_FUZZ_CORPUS) $(FDT_FUZZ_SEEDS) \
	    >$(FDT_FUZZ_LOG) 2>&1 || status=$$?; \
	runs=$$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' \
	    $(FDT_FUZZ_LOG)); \
	cov=$$(grep -E '^#[0-9]+' $(FDT_FUZZ_LOG) | tail -n 1 | \
	    grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[^ ]*'); \
	echo "fuzz: $${runs:-no summary line} ($$cov)"; \
	echo "fuzz: corpus $$(ls $(FDT_FUZZ_CORPUS) | wc -l) inputs in" \
	    "$(FDT_FUZZ_CORPUS)"; \
	if [ $$status -ne 0 ]; then \
	    echo "fuzz: FAILED (exit $$status); inputs in" \
	        "$(FDT_FUZZ_ARTIFACTS):"; \
	    ls $(FDT_FUZZ_ARTIFACTS); \
	    grep -E 'ERROR|SUMMARY|fdt_fuzz: ' $(FDT_FUZZ_LOG) | head -n 20; \
	    exit 1; \
	fi; \
	echo "fuzz: no crash, no leak, no broken invariant"

# Restore the default goal (if there was none yet, restart the choice so
# the including Makefile's next target becomes it, as if we were not here).
.DEFAULT_GOAL := $(if $(fdt_standalone),test-fdt,$(fdt_saved_goal))
