# LIBC=picolibc: Debian's picolibc 1.8 packages (picolibc-riscv64-unknown-elf,
# picolibc-aarch64-linux-gnu), used as they are installed: headers and
# libc.a/libm.a only.  picolibc's crt0, linker script (picolibc.ld) and
# semihosting library (--oslib=semihost) are not used: the kit's own crt0,
# kit.ld and libkit.a stand in for them, so the boot code and the system
# calls are the same as with newlib (syscalls/picolibc/ adds the names
# picolibc calls, docs/libc.md "The smallest: LIBC=picolibc").
#
# Nothing to build: LIBC_STAMP is the package's libc.a, so a missing
# package is an error that names it instead of a compiler's "stdio.h: No
# such file".
PICOLIBC_TRIPLE_riscv64 := riscv64-unknown-elf
PICOLIBC_TRIPLE_riscv32 := riscv64-unknown-elf
PICOLIBC_TRIPLE_aarch64 := aarch64-linux-gnu
PICOLIBC_TRIPLE := $(PICOLIBC_TRIPLE_$(KIT_ARCH))
PICOLIBC_ROOT   := /usr/lib/picolibc/$(PICOLIBC_TRIPLE)
PICOLIBC_PKG    := picolibc-$(PICOLIBC_TRIPLE)
$(if $(PICOLIBC_TRIPLE),,$(error LIBC=picolibc: BOARD '$(BOARD)' is $(KIT_ARCH), for which Debian has no picolibc package))

# RISC-V: one libc.a per multilib, in the directory GCC names for this
# -march/-mabi (lib/. for rv64imafdc/lp64d, lib/rv32imac/ilp32, ...);
# AArch64: one libc.a.
picolibc_multi  := $(if $(filter riscv%,$(KIT_ARCH)),$(shell $(CROSS)gcc $(ARCH_CFLAGS) -print-multi-directory 2>/dev/null))
LIBC_INC        := $(PICOLIBC_ROOT)/include
LIBC_LIB        := $(PICOLIBC_ROOT)/lib$(if $(filter-out .,$(picolibc_multi)),/$(picolibc_multi))
LIBC_STAMP      := $(LIBC_LIB)/libc.a
ifeq ($(filter $(kit_goals_without_compiler),$(MAKECMDGOALS)),)
$(if $(wildcard $(LIBC_INC)/picolibc.h),,$(error LIBC=picolibc: BOARD '$(BOARD)' ($(KIT_ARCH)) needs $(PICOLIBC_ROOT), which is missing: install $(PICOLIBC_PKG) (sh tools/deps.sh)))
$(if $(wildcard $(LIBC_STAMP)),,$(error LIBC=picolibc: BOARD '$(BOARD)' ($(KIT_ARCH) $(KIT_ABI)) has no picolibc: $(PICOLIBC_PKG) ships no $(LIBC_STAMP)))
endif

# picolibc keeps errno (and a few stdio and locale variables) in
# thread-local storage (picolibc.h: PICOLIBC_TLS); the kit gives every hart
# its own TLS block (boot/tls.c).  local-exec: the program is one static
# image, so every TLS variable is at a link-time offset from tp /
# TPIDR_EL0, no GOT entry needed (what picolibc.specs asks of cc1 too).
# The kit's additions to the headers come first, as for newlib
# (syscalls/include/time.h: clock_gettime, CLOCK_MONOTONIC).
LIBC_CFLAGS     := -ftls-model=local-exec -isystem $(KIT_ROOT)/syscalls/include

# libc.a has an sbrk of its own (over picolibc.ld's __heap_start/__heap_end),
# which the linker could find before libkit.a's once malloc asks for one.
# --wrap sends every call of sbrk to the kit's (syscalls/picolibc/sbrk.c:
# __wrap_sbrk), which is linked only when something calls sbrk: asking
# for it up front (--undefined) put _sbrk and with it the devicetree
# reader (1.8 KB) into every image, even one that never mallocs.
LIBC_LDLIBS     := -Wl,--wrap=sbrk
# malloc, realloc, memalign and aligned_alloc through syscalls/picolibc/malloc_align.c:
# picolibc's own align to 8, C (max_align_t) asks for 16.
LIBC_LDLIBS     += -Wl,--wrap=malloc -Wl,--wrap=realloc -Wl,--wrap=memalign \
                   -Wl,--wrap=aligned_alloc
