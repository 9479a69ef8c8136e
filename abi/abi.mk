# abi/abi.mk: the calling-convention checker's make fragment.
#
# Included by the top-level Makefile, for any goal beyond the product's.  The target
# suites (rv64, rv32, aarch64) are kit apps, booted by `make run`:
#     make run ARCH=riscv64 ABI=lp64d APP=abi/tests
# The host (x86-64 System V) has the same one-command path, natively:
#     make abi-host APP=abi/tests
#     make abi-host APP=<your app directory>
# An app directory holds its C files, and its routines per architecture in
# <app>/riscv/, <app>/aarch64/, <app>/x86_64/ (abi/app.mk, for the kit).
#
# Paths are relative to the repository root (where make runs).

ABI_DIR         := abi
ABI_HOST_CFLAGS ?= -std=gnu11 -O2 -g -Wall -Wextra
ABI_HOST_DIR    := build/host
ABI_HARNESS_HOST := $(ABI_DIR)/checked_call.c $(ABI_DIR)/x86_64/trampoline.S
ABI_HDRS        := $(ABI_DIR)/checked_call.h $(ABI_DIR)/cc_frame.h
#: SEED  the checker's canary seed, and make abi-fuzz's generator seed
SEED            ?= 1
$(if $(shell echo '$(SEED)' | grep -Ex '[0-9]{1,19}'),,$(error SEED=$(SEED): a decimal number, please))

# The host build of one app: its own sources, its x86_64/ routines, the
# harness, as build/host/abi_<app's name>.  $(1) = app directory.
abi_host_bin  = $(ABI_HOST_DIR)/abi_$(notdir $(patsubst %/,%,$(1)))
abi_host_srcs = $(wildcard $(1)/*.c $(1)/*.S $(1)/x86_64/*.c $(1)/x86_64/*.S)

define abi_host_app
$(call abi_host_bin,$(1)): $(call abi_host_srcs,$(1)) $(ABI_HARNESS_HOST) $(ABI_HDRS) \
                           $(ABI_HOST_DIR)/abi-seed
	@mkdir -p $$(@D)
	$$(if $$(filter %.S,$$(call abi_host_srcs,$(1))),,$$(error $(1) has no x86_64/*.S routines for the host))
	$(HOST_CC) $(ABI_HOST_CFLAGS) -I $(ABI_DIR) -DCC_SEED=$(SEED)ull -o $$@ \
	    $$(filter %.c %.S,$$^)
endef

# SEED (canaries): a new value rebuilds the host programs, nothing else.
$(ABI_HOST_DIR)/abi-seed: FORCE
	@mkdir -p $(@D)
	@echo '$(SEED)' | cmp -s - $@ || echo '$(SEED)' > $@

# The suite and the example, for make test (tests/tests.mk).
$(eval $(call abi_host_app,$(ABI_DIR)/tests))
$(eval $(call abi_host_app,examples/abi-check))
ABI_HOST_TEST := $(call abi_host_bin,$(ABI_DIR)/tests)
ABI_HOST_EXAMPLE := $(call abi_host_bin,examples/abi-check)

## abi-host: build APP (a directory with x86_64/ routines) for the host and run it
.PHONY: abi-host test-abi-host
ifneq ($(filter abi-host,$(MAKECMDGOALS)),)
ifeq ($(filter $(ABI_DIR)/tests examples/abi-check,$(patsubst %/,%,$(APP))),)
$(if $(wildcard $(APP)/*.c),,$(error APP=$(APP): no .c files there))
$(eval $(call abi_host_app,$(patsubst %/,%,$(APP))))
endif
endif
abi-host: $(call abi_host_bin,$(APP))
	./$<

## test-abi-host: the checker's suite natively, on the host's x86-64
test-abi-host: $(ABI_HOST_TEST)
	./$(ABI_HOST_TEST)

# Every suite: the host one natively, then abi/tests booted for each ABI.
ABI_TARGET_RUNS := riscv64/lp64 riscv64/lp64d riscv32/ilp32 riscv32/ilp32d \
                   aarch64/aapcs64

.PHONY: test-abi
## test-abi: the checker's suite on the host and booted for each target ABI
test-abi: test-abi-host
	@for c in $(ABI_TARGET_RUNS); do \
	    $(MAKE) --no-print-directory -f Makefile run \
	        ARCH=$${c%/*} ABI=$${c#*/} APP=$(ABI_DIR)/tests || exit 1; \
	done

# GCC vs clang conformance (caller/callee pairs): abi/conform/.
include abi/conform/conform.mk
