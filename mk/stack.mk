# Stacks: the sizes asked for (STACK_SIZE=, TRAP_STACK_SIZE=, board
# defaults), checked and rounded up to what their guards need, the guards
# themselves, the heap's minimum, and the switches that add checks
# (STACK_PROTECTOR, STACK_REPORT, FAULT_REGS, HEAP_CHECK), and GUARDS=0,
# which takes the guards away to measure them.
#
# Every hart's stack has a guard below it (linker/kit.ld): KIT_STACK_GUARD
# bytes that no access may touch (RISC-V M-mode: a locked PMP entry;
# AArch64 and RISC-V S-mode: unmapped pages); so has every hart's trap
# stack (KIT_TRAP_STACK_GUARD).  A NAPOT PMP entry and a page both need a
# guard to be a power of two at an address aligned to its size, so the
# stride from one stack to the next (size + guard) must be a multiple of
# the guard: a size is rounded up to a multiple of its guard, and the
# build says so when it rounds what you asked for.
#
# Sizes are bytes: a decimal or 0x number, optionally with K, M or G
# (STACK_SIZE=16K); a negative one, or one that is no number, is refused by
# name, as is a size of 0 where 0 makes no sense.  Switches take 1 (on) or
# 0 or nothing (off).

#: STACK_SIZE  bytes of stack per hart (16K, 0x4000, 16384; a multiple of 16, rounded up to the guard)
#: HEAP_MIN  bytes; the link fails when less heap than this is left (0: no minimum)
# The board's values unless given (sifive_e has 16 KiB of RAM in all).
STACK_SIZE ?= $(BOARD_STACK_SIZE)
HEAP_MIN   ?= $(BOARD_HEAP_MIN)
#: STACK_GUARD  bytes of never-accessible guard below each stack (a power of two)
STACK_GUARD ?= $(BOARD_STACK_GUARD)
#: TRAP_STACK_SIZE  bytes of trap-handler stack per hart (timer callbacks run on it; rounded up to its guard)
TRAP_STACK_SIZE ?= $(BOARD_TRAP_STACK_SIZE)
#: TRAP_STACK_GUARD  bytes of never-accessible guard below each trap stack (a power of two)
TRAP_STACK_GUARD ?= $(BOARD_TRAP_STACK_GUARD)

# $(call size_of,text): text as a number of bytes (decimal, 0x..., with a
# K, M or G suffix), or empty when it is not one.  Decimal leading zeros
# are not octal; a size beyond 2^40 is no size.
size_of = $(shell v='$(strip $(1))'; m=1; \
    case "$$v" in (*[kK]) m=1024; v=$${v%?};; (*[mM]) m=1048576; v=$${v%?};; \
                  (*[gG]) m=1073741824; v=$${v%?};; esac; \
    case "$$v" in (0[xX]) exit;; (0[xX]*[!0-9a-fA-F]*) exit;; (0[xX]*) n=$$(( v ));; \
                  ('') exit;; (*[!0-9]*) exit;; (*) n=$$(expr "$$v" + 0 2>/dev/null); [ -n "$$n" ] || exit;; esac; \
    [ $$n -lt $$(( 1099511627776 / m )) ] && echo $$(( n * m )))
# $(call kit_size,NAME) / $(call kit_size0,NAME): $(NAME) in bytes, or a
# stop naming it; kit_size0 takes 0 as well.
kit_size  = $(call size_check,$(1),)
kit_size0 = $(call size_check,$(1),zero-ok)
size_check = $(strip $(if $(filter -%,$(strip $($(1)))),$(error $(1)=$($(1)): a size cannot be negative), \
    $(foreach n,$(or $(call size_of,$($(1))),$(error $(1)=$($(1)): not a size in bytes \
        (a number, 0x..., or with K, M or G: $(1)=16K))),$(if $(or $(2),$(filter-out 0,$(n))),$(n), \
        $(error $(1)=$($(1)): must be more than 0)))))
# $(call kit_switch,NAME): 1 when $(NAME) is 1, empty when it is 0 or
# empty; any other value stops the build, naming it.
kit_switch = $(if $(filter 1,$(strip $($(1)))),1,$(if $(filter-out 0,$(strip $($(1)))), \
    $(error $(1)=$($(1)): say $(1)=1 (on) or $(1)=0 (off))))
# $(call is_pow2,n): n when it is a power of two of at least 16.
is_pow2 = $(shell [ $(1) -ge 16 ] && [ $$(( $(1) & ($(1) - 1) )) = 0 ] && echo $(1))

stack_req   := $(call kit_size,STACK_SIZE)
$(if $(filter 0,$(shell echo $$(( $(stack_req) % 16 )))),,$(error STACK_SIZE=$(STACK_SIZE): must be a multiple of 16 (psABI/AAPCS64 stack alignment)))
KIT_HEAP_MIN := $(call kit_size0,HEAP_MIN)
$(if $(filter 0,$(shell echo $$(( $(KIT_HEAP_MIN) % 16 )))),,$(error HEAP_MIN=$(HEAP_MIN): must be a multiple of 16))

guard       := $(call kit_size,STACK_GUARD)
$(if $(call is_pow2,$(guard)),,$(error STACK_GUARD=$(STACK_GUARD): must be a power of two, 16 or more))
KIT_STACK_SIZE  := $(shell echo $$(( ($(stack_req) + $(guard) - 1) / $(guard) * $(guard) )))
ifneq ($(KIT_STACK_SIZE),$(stack_req))
ifeq ($(filter 1,$(STACK_QUIET)),)
$(info kit: STACK_SIZE=$(STACK_SIZE) rounded up to $(KIT_STACK_SIZE), a multiple of the $(guard)-byte stack guard)
endif
endif
KIT_STACK_GUARD := $(guard)
# The stride from one hart's stack to the next: the one place it is worked
# out.  C and assembly read it from board_config.h (KIT_STACK_PITCH, mk/
# config.mk), the linker script from --defsym=__kit_stack_pitch (mk/kit.mk).
KIT_STACK_PITCH := $(shell echo $$(( $(KIT_STACK_SIZE) + $(KIT_STACK_GUARD) )))

# The trap stacks, the same way (boot/trap.h: the trap state at the top).
trap_req    := $(call kit_size,TRAP_STACK_SIZE)
KIT_TRAP_STACK_GUARD := $(call kit_size,TRAP_STACK_GUARD)
$(if $(call is_pow2,$(KIT_TRAP_STACK_GUARD)),,$(error TRAP_STACK_GUARD=$(TRAP_STACK_GUARD): must be a power of two, 16 or more))
KIT_TRAP_STACK  := $(shell echo $$(( ($(trap_req) + $(KIT_TRAP_STACK_GUARD) - 1) / \
                     $(KIT_TRAP_STACK_GUARD) * $(KIT_TRAP_STACK_GUARD) )))
ifneq ($(KIT_TRAP_STACK),$(trap_req))
ifeq ($(filter 1,$(STACK_QUIET)),)
$(info kit: TRAP_STACK_SIZE=$(TRAP_STACK_SIZE) rounded up to $(KIT_TRAP_STACK), a multiple of the $(KIT_TRAP_STACK_GUARD)-byte trap stack guard)
endif
endif
KIT_TRAP_STACK_PITCH := $(shell echo $$(( $(KIT_TRAP_STACK) + $(KIT_TRAP_STACK_GUARD) )))

# The stack protector, for the kit and the program (platform/
# stack_protector.c).
#: STACK_PROTECTOR  the compiler's stack-protector flag; 0 or empty turns it off, 1 is the default
STACK_PROTECTOR ?= -fstack-protector-strong
KIT_STACK_PROTECTOR := $(strip $(if $(filter 1,$(STACK_PROTECTOR)),-fstack-protector-strong, \
    $(if $(filter 0,$(STACK_PROTECTOR)),,$(if $(filter-out -f%,$(STACK_PROTECTOR)), \
    $(error STACK_PROTECTOR=$(STACK_PROTECTOR): say 1, 0 or a compiler flag (-fstack-protector-all)), \
    $(STACK_PROTECTOR)))))
#: STACK_REPORT  1: print the boot hart's deepest stack use at exit
STACK_REPORT ?=
KIT_STACK_REPORT := $(call kit_switch,STACK_REPORT)

# Frames larger than a guard step over it: sp jumps past the guard and
# the first store lands in whatever lies below (.bss, another hart's
# stack) without a fault.  GCC probes the stack as a frame grows with
# -fstack-clash-protection, a probe every 2^N bytes (N the param, here the
# smaller guard's, and 12 at least: GCC probes no finer than 4 KiB).
# AArch64: every frame.  RISC-V (GCC 12): only VLAs and alloca, so there
# the build itself names each fixed frame larger than the stack guard
# (kitrun --frames, over the program's -fstack-usage files: mk/app.mk),
# and each VLA or alloca too when the guard is below 4 KiB (sifive_e).
kit_log2 = $(shell n=$(1); l=0; while [ $$n -gt 1 ]; do n=$$((n / 2)); l=$$((l + 1)); done; echo $$l)
probe_log2 := $(call kit_log2,$(shell echo $$(( $(KIT_STACK_GUARD) < $(KIT_TRAP_STACK_GUARD) ? \
                   $(KIT_STACK_GUARD) : $(KIT_TRAP_STACK_GUARD) ))))
KIT_STACK_CLASH_CFLAGS := -fstack-clash-protection \
    --param stack-clash-protection-guard-size=$(if $(filter 1 2 3 4 5 6 7 8 9 10 11,$(probe_log2)),12,$(probe_log2))
KIT_FRAMES_CHECK := $(if $(filter riscv%,$(KIT_ARCH)),--frames $(KIT_STACK_GUARD) \
    $(if $(filter 1 2 3 4 5 6 7 8 9 10 11,$(call kit_log2,$(KIT_STACK_GUARD))),--dynamic))

# Checks a program can switch on at link time (nothing is compiled again).
#: FAULT_REGS  1: a fault report also lists every register of the trap frame
FAULT_REGS ?=
KIT_FAULT_REGS_LDFLAGS := -Wl,--defsym=__kit_fault_regs=1
# HEAP_CHECK=1: malloc, free and their kin through platform/heap_check.c
# (the linker's --wrap: the C library's own calls too; --defsym names its
# functions as the wrappers), which puts a header before and a red zone
# after each block and checks both when the block is freed or
# reallocated.  picolibc wraps malloc, realloc, memalign and aligned_alloc
# already (mk/picolibc.mk): the check stands in for those wrappers and
# gives the 16-byte alignment they give.
#: HEAP_CHECK  1: free and realloc name a double free or a write past a block, with the caller's pc
HEAP_CHECK ?=
heap_check_wraps_newlib   := malloc free realloc calloc memalign \
                             _malloc_r _free_r _realloc_r _calloc_r _memalign_r
heap_check_wraps_picolibc := malloc free realloc calloc memalign aligned_alloc
KIT_HEAP_CHECK_LDFLAGS := -Wl,--undefined=kit_heap_check_malloc \
    $(foreach f,$(heap_check_wraps_$(if $(filter picolibc,$(LIBC)),picolibc,newlib)), \
      $(if $(and $(filter picolibc,$(LIBC)),$(filter malloc realloc memalign aligned_alloc,$(f))),, \
        -Wl,--wrap=$(f)) -Wl,--defsym=__wrap_$(f)=kit_heap_check_$(f))
# GUARDS=0: no guards at all, to measure what they cost (bench/run.sh):
# no PMP entry (M-mode: kit_pmp_init is linked to kit_pmp_off, through
# the linker's --wrap), and page tables that map every page of the image
# and its stacks read-write-execute, page 0 included (linker/
# mmu_tables.ld.S).  Link time only: the same objects, and the program's
# own code and data at the same addresses (M-mode: the kit's code after
# kit_pmp_init moves up by its size).  A stray write then lands silently;
# the fault tests assume the default.
#: GUARDS  0: no stack guards, no PMP or page permissions (to measure what they cost)
GUARDS ?= 1
kit_pmp_off_ldflags := -Wl,--wrap=kit_pmp_init -Wl,--defsym=__wrap_kit_pmp_init=kit_pmp_off
KIT_GUARDS_LDFLAGS := -Wl,--defsym=__kit_guards=0 \
    $(if $(filter riscv%,$(KIT_ARCH)),$(if $(filter m,$(BOARD_MODE)),$(kit_pmp_off_ldflags)))
KIT_CHECK_LDFLAGS := $(if $(call kit_switch,FAULT_REGS),$(KIT_FAULT_REGS_LDFLAGS)) \
                     $(if $(call kit_switch,HEAP_CHECK),$(KIT_HEAP_CHECK_LDFLAGS)) \
                     $(if $(call kit_switch,GUARDS),,$(KIT_GUARDS_LDFLAGS))
