# bmkit: build a C program with a C library and this kit for a board, and
# boot it under QEMU.  `make help` lists every target and variable.
#
# The product is read in this order, each file using only what came
# before it; the tools around it (the checker, the benchmarks, the tests)
# come last, and only when a goal needs them: `make run` reads none of
# them.  Every make file opens with what it does and what it reads.

KIT_ROOT   := $(CURDIR)
KIT_VERSION := $(shell cat VERSION)
.DEFAULT_GOAL := run
# Goals that must work on a machine without the cross compilers (a CI
# job that only totals other machines' results, say).
kit_goals_without_compiler := help version boards board-line caps deps clean distclean \
                              test-list test-plan test-merge

include mk/host.mk                  # HOST_CC, shared helpers, FORCE
include mk/board.mk                 # ARCH, BOARD: the board file, its capabilities
include mk/arch-$(if $(filter riscv%,$(KIT_ARCH)),riscv,$(KIT_ARCH)).mk
include mk/profile.mk               # PROFILE=tiny: defaults for the switches below

#: LIBC  the C library: newlib (full printf, dlmalloc), newlib-nano, picolibc
LIBC       ?= newlib
LIBCS      := newlib newlib-nano picolibc
$(if $(filter $(LIBC),$(LIBCS)),,$(error LIBC=$(LIBC): choose one of $(LIBCS)))
# Each sets LIBC_INC, LIBC_LIB (headers, libc.a), LIBC_STAMP (what objects
# wait for), LIBC_CFLAGS and LIBC_LDLIBS.
include mk/$(if $(filter picolibc,$(LIBC)),picolibc,newlib).mk
include qemu/qemu.mk                # the board's QEMU command line

#: APP  the program: a .c file, or a directory of .c/.S files (+ app.mk)
APP        ?= examples/hello
ELF        ?=
#: OPT  optimisation of the program's own code
OPT        ?= -O2
#: KIT_OPT  optimisation of the kit's own code (-O0 to step through it in gdb)
KIT_OPT    ?= -Os
#: WERROR  1: a warning in the kit's own code is an error
WERROR     ?= 1
LINKER_SCRIPT := linker/kit.ld

#: V  1: show every command (default: one short line per file)
V          ?=
Q          := $(if $(filter 1,$(V)),,@)
silent     := $(findstring s,$(firstword -$(MAKEFLAGS)))
say         = $(if $(Q),$(if $(silent),,@echo "  $(1)"))

CONFIG     := $(BOARD)-$(KIT_ABI)$(if $(filter-out newlib,$(LIBC)),-$(LIBC))$(if $(filter tiny,$(PROFILE)),-tiny)
#: BUILD_ROOT  where builds go: BUILD_ROOT/<board>-<abi>[-<libc>]/
BUILD_ROOT ?= build
BUILD      := $(BUILD_ROOT)/$(CONFIG)

include mk/stack.mk                 # STACK_SIZE, HEAP_MIN, guards, protector
include mk/kit.mk                   # flags, sources, libkit.a, the compile rule
include mk/config.mk                # board_config.h
include mk/app.mk                   # APP's objects and image
include mk/runner.mk                # the runner (tools/runner)
include mk/loader.mk                # U-Boot: uImage, boot script, sdcard
include mk/run.mk                   # run, cmd, debug
include mk/flags.mk                 # make flags: for other build systems
include mk/outputs.mk               # .bin, .map, compile_commands.json, disasm
include mk/help.mk                  # help, boards, caps, version, clean

# Around the product, read only when a goal asks for them (any goal not
# in this list, `make help` included).
kit_product_goals := run cmd debug debug-server elf kit size bin map compdb disasm sdcard uimage \
                     flags newlib newlib-prefix version boards board-line caps deps \
                     clean distclean
ifneq ($(filter-out $(kit_product_goals),$(MAKECMDGOALS)),)
include fdt/fdt.mk                  # the devicetree reader's host tests, make fuzz
include abi/abi.mk                  # the calling-convention checker
include bench/bench.mk              # make bench
include tests/tests.mk              # make test: always last
endif
