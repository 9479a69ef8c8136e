# Stacks: the size asked for (STACK_SIZE=, board default), checked and
# rounded up to what the stack guard needs, and the guard itself.
#
# Every hart's stack has a guard below it (linker/kit.ld): KIT_STACK_GUARD
# bytes that no access may touch (RISC-V M-mode: a locked PMP entry;
# AArch64 and RISC-V S-mode: unmapped pages).  A NAPOT PMP entry and a
# page both need the guard to be a power of two at an address aligned to
# its size, so the stride from one stack to the next (STACK_SIZE + guard)
# must be a multiple of the guard: STACK_SIZE is rounded up to a multiple of it, and the build says so.

#: STACK_SIZE  bytes of stack per hart (a multiple of 16; rounded up to the guard)
#: HEAP_MIN  bytes; the link fails when less heap than this is left
# The board's values unless given (sifive_e has 16 KiB of RAM in all).
STACK_SIZE ?= $(BOARD_STACK_SIZE)
HEAP_MIN   ?= $(BOARD_HEAP_MIN)
#: STACK_GUARD  bytes of never-accessible guard below each stack (a power of two)
STACK_GUARD ?= $(BOARD_STACK_GUARD)
#: TRAP_STACK_SIZE  bytes of trap-handler stack per hart
TRAP_STACK_SIZE ?= $(BOARD_TRAP_STACK_SIZE)

# A decimal or 0x number, as printf reads it; empty if it is not one.
num = $(shell n=$$(printf '%d' '$(strip $(1))' 2>/dev/null) && echo $$n)

stack_req   := $(call num,$(STACK_SIZE))
$(if $(stack_req),,$(error STACK_SIZE=$(STACK_SIZE): not a number of bytes (say STACK_SIZE=16384)))
$(if $(filter-out 0,$(stack_req)),,$(error STACK_SIZE=$(STACK_SIZE): must be more than 0))
$(if $(filter 0,$(shell echo $$(( $(stack_req) % 16 )))),,$(error STACK_SIZE=$(STACK_SIZE): must be a multiple of 16 (psABI/AAPCS64 stack alignment)))
heap_req    := $(call num,$(HEAP_MIN))
$(if $(heap_req),,$(error HEAP_MIN=$(HEAP_MIN): not a number of bytes))
$(if $(filter 0,$(shell echo $$(( $(heap_req) % 16 )))),,$(error HEAP_MIN=$(HEAP_MIN): must be a multiple of 16))

guard       := $(call num,$(STACK_GUARD))
$(if $(filter 0,$(shell echo $$(( $(guard) < 16 || ($(guard) & ($(guard) - 1)) )))),,\
    $(error STACK_GUARD=$(STACK_GUARD): must be a power of two, 16 or more))
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
KIT_TRAP_STACK  := $(call num,$(TRAP_STACK_SIZE))

# The stack protector, for the kit and the program (platform/
# stack_protector.c).
#: STACK_PROTECTOR  the compiler's stack-protector flag; empty turns it off
STACK_PROTECTOR ?= -fstack-protector-strong
#: STACK_REPORT  1: print the boot hart's deepest stack use at exit
STACK_REPORT ?=
