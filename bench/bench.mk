# make bench: image size, boot cost and console cost of the kit, side by
# side with picolibc and newlib + libgloss; writes bench/results.md.
#
# Included by the top Makefile, or on its own from the kit's root:
#     make -f bench/bench.mk bench
# Not part of `make test`.  bench/run.sh does the work; benchtab is built
# here, the instruction counter by mk/runner.mk (make run COUNT=1 uses it
# too).  Variables: BENCH_ARCHS (riscv64 riscv32 aarch64), BENCH_SUITE=0
# (skip timing the test suite), BENCH_OUT, BENCH_BOARDS and
# BENCH_SPEED_RUNS (the compute kernel's boards and timed runs).

ifeq ($(words $(MAKEFILE_LIST)),1)
include mk/host.mk
include mk/runner.mk                # INSNCOUNT: the plugin (tools/insncount.c)
endif
#: BENCH_OUT  where make bench builds its tools and images
BENCH_OUT    ?= build/bench
#: BENCH_ARCHS  the architectures make bench measures (riscv64 riscv32 aarch64)
#: BENCH_SUITE  0: skip timing the test suite; full: also time newlib's first build
#: BENCH_BOARDS  boards for RAM left and the compute kernel's speed (bench/run.sh has the default)
#: BENCH_SPEED_RUNS  timed runs of each build of the compute kernel (5)
BENCH_CFLAGS := -O2 -g -std=gnu11 -Wall -Wextra -Werror

# Through a variable of its own: a recipe that names $(MAKE) itself would
# run even under `make -n`.
BENCH_MAKE   := $(MAKE)

.PHONY: bench

## bench: size/boot/console cost vs picolibc and libgloss, kernel speed, RAM left -> bench/results.md
bench: $(BENCH_OUT)/benchtab $(INSNCOUNT)
	@sh bench/deps.sh
	@BENCHTAB=$(BENCH_OUT)/benchtab INSNCOUNT=$(abspath $(INSNCOUNT)) HOST_CC="$(HOST_CC)" \
	  MAKE="$(BENCH_MAKE)" sh bench/run.sh

$(BENCH_OUT)/benchtab: bench/benchtab.c
	@mkdir -p $(@D)
	$(HOST_CC) $(BENCH_CFLAGS) -o $@ $<
