# abi/conform/compilers.mk: the compilers the checker compares.
#
#   COMPILERS='gcc-11 gcc-12 clang-13 clang-14 clang-15 clang-16'
#
# Any set of Debian 12's compilers (`COMPILERS=... sh tools/deps.sh`
# installs them); the default, GCC 12 and clang 14, is what make test
# runs.  Every ordered pair of the set is built and run: a-to-a are the
# controls, a-to-b (a != b) the mixed pairs.  Two versions of one
# compiler that disagree are a version drift; GCC against clang a
# disagreement; known.txt says which compilers behave alike per class.
#
# cf_cmd_<compiler> (set in the per-ABI make, CONFORM_ABI): the command
# that compiles for the ABI, empty where Debian has no such compiler:
# RISC-V has one GCC (riscv64-unknown-elf-gcc, 12), so gcc-11 is not
# available there; AArch64 and the host have gcc-11 and gcc-12.

#: COMPILERS  the compilers the checker compares, two or more of gcc-11 gcc-12 clang-13 clang-14 clang-15 clang-16 (default gcc-12 clang-14)
COMPILERS ?= gcc-12 clang-14
CF_KNOWN_COMPILERS := gcc-11 gcc-12 clang-13 clang-14 clang-15 clang-16
$(foreach c,$(COMPILERS),$(if $(filter $(c),$(CF_KNOWN_COMPILERS)),,\
    $(error COMPILERS: '$(c)' is not one of $(CF_KNOWN_COMPILERS))))
$(if $(word 2,$(COMPILERS)),,$(error COMPILERS needs two compilers or more))

cf_version = $(lastword $(subst -, ,$(1)))

ifdef CONFORM_ABI
RV_GCC_MAJOR := $(firstword $(subst ., ,$(shell riscv64-unknown-elf-gcc -dumpversion 2>/dev/null)))
ifeq ($(CONFORM_ABI),sysv)
cf_cmd = $(1)
else ifeq ($(CONFORM_ABI),aapcs64)
# -nostdinc (ARCH_CFLAGS): each GCC takes its own stddef.h and stdint.h
cf_cmd = $(if $(filter gcc-%,$(1)),aarch64-linux-gnu-$(1) $(ARCH_CFLAGS) \
             -isystem $(shell aarch64-linux-gnu-$(1) -print-file-name=include),\
         $(1) --target=aarch64-none-elf -mcpu=cortex-a53)
else
cf_cmd = $(if $(filter gcc-%,$(1)),$(if $(filter $(RV_GCC_MAJOR),$(call cf_version,$(1))),\
             $(CC) $(ARCH_CFLAGS)),\
         $(1) --target=$(KIT_ARCH)-unknown-elf -march=$(KIT_MARCH) -mabi=$(KIT_ABI) \
             -mcmodel=medany)
endif
$(foreach c,$(COMPILERS),$(eval cf_cmd_$(c) := $(call cf_cmd,$(c))))
# The compilers this ABI has, and every ordered pair of them.
CF_COMPILERS := $(foreach c,$(COMPILERS),$(if $(cf_cmd_$(c)),$(c)))
CF_PAIRS     := $(foreach a,$(CF_COMPILERS),$(foreach b,$(CF_COMPILERS),$(a)-to-$(b)))
CF_NA        := $(filter-out $(CF_COMPILERS),$(COMPILERS))
$(foreach c,$(CF_COMPILERS),$(if $(shell command -v $(firstword $(cf_cmd_$(c)))),,\
    $(error $(firstword $(cf_cmd_$(c))) is not installed: COMPILERS='$(COMPILERS)' sh tools/deps.sh)))
endif
