# abi/app.mk: what an app that uses the checked call adds to its build.
#
# Included by the app.mk of every app that calls routines through the
# checked-call harness (abi/tests, examples/abi-check, your own):
#
#     include abi/app.mk
#
# It adds the harness (checked_call.c and this architecture's trampoline)
# and every .c/.S file in the app's architecture directory,
# $(APP)/<abi_arch>/, where abi_arch is riscv (both widths), aarch64, or
# x86_64 for the host build (abi/abi.mk).  Kept in one place so that the
# rule "which architecture directory" is written once.
abi_arch := $(if $(filter riscv%,$(KIT_ARCH)),riscv,$(KIT_ARCH))
# -I abi: an app anywhere can #include "checked_call.h".  Pattern-specific,
# not in CFLAGS: the kit's objects in $(BUILD) are shared by every app, and
# a CFLAGS that differs by app would rebuild them all at each switch
# ($(BUILD)/cflags).  "private": not inherited by prerequisites such as
# $(BUILD)/cflags, whose recipe records the global CFLAGS.
$(BUILD)/obj/%.o: private CFLAGS += -I abi
APP_SRCS += abi/checked_call.c abi/$(abi_arch)/trampoline.S \
            $(wildcard $(APP)/$(abi_arch)/*.c $(APP)/$(abi_arch)/*.S)

# SEED: where the canaries and the garbage start (make SEED=n; every report
# prints it with the call's number).  Only checked_call.o depends on it,
# through a file rewritten when the value changes, so that a new SEED
# rebuilds that one object and nothing else.
# (abi/abi.mk checks that SEED is a number.)
SEED ?= 1
$(BUILD)/obj/abi/checked_call.o: private CFLAGS += -DCC_SEED=$(SEED)ull
$(BUILD)/obj/abi/checked_call.o: $(BUILD)/abi-seed
$(BUILD)/abi-seed: FORCE
	@mkdir -p $(@D)
	@echo '$(SEED)' | cmp -s - $@ || echo '$(SEED)' > $@
