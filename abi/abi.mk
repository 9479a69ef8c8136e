# abi/abi.mk: the calling-convention checker's make fragment.
#
# Included by the top-level Makefile; also works alone, from the repository
# root:   make -f abi/abi.mk test-abi-host
#
# Host suite: the checked-call harness on x86-64 System V, built with the
# host compiler and run natively.  The target suites (rv64, rv32, aarch64)
# are the app abi/tests, booted by the kit:
#     make run ARCH=riscv64 ABI=lp64d APP=abi/tests
#
# Paths are relative to the repository root (where make runs).

ABI_DIR        := abi
ABI_HOST_CC    ?= gcc
ABI_HOST_CFLAGS ?= -std=c11 -O2 -g -Wall -Wextra
ABI_HOST_TEST  := build/host/abi_x86_64

ABI_HOST_SRCS  := $(ABI_DIR)/checked_call.c $(ABI_DIR)/x86_64/trampoline.S \
                  $(ABI_DIR)/tests/main.c $(ABI_DIR)/tests/x86_64/routines.S
ABI_HDRS       := $(ABI_DIR)/checked_call.h $(ABI_DIR)/cc_frame.h

$(ABI_HOST_TEST): $(ABI_HOST_SRCS) $(ABI_HDRS)
	@mkdir -p $(dir $@)
	$(ABI_HOST_CC) $(ABI_HOST_CFLAGS) -o $@ $(ABI_HOST_SRCS)

.PHONY: test-abi-host
test-abi-host: $(ABI_HOST_TEST)
	./$(ABI_HOST_TEST)

# Target suites: abi/tests booted by the kit, one run per ABI.  Needs the
# top-level Makefile (make run); `make -f abi/abi.mk test-abi` works too.
ABI_TARGET_RUNS := riscv64/lp64 riscv64/lp64d riscv32/ilp32 riscv32/ilp32d \
                   aarch64/aapcs64

.PHONY: test-abi
test-abi: test-abi-host
	@for c in $(ABI_TARGET_RUNS); do \
	    $(MAKE) --no-print-directory -f Makefile run \
	        ARCH=$${c%/*} ABI=$${c#*/} APP=$(ABI_DIR)/tests || exit 1; \
	done
