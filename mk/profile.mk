# PROFILE: one name for a set of the kit's per-feature switches.  Read
# after the board file (the tiny stacks are board data) and before the C
# library and the stacks are chosen, so every switch it sets is only a
# default: PROFILE=tiny STACK_PROTECTOR=1 keeps the protector.
#
#   default  the rich kit a learner and a porter need: named fault
#            reports, ARGS=/ENV= (a command line), the stack protector,
#            the board's stacks, newlib.
#   tiny     for a small board, where RAM is what is scarce: picolibc, no
#            command line, no stack protector, fault reports as one short
#            line of numbers that `make run` and the test runner expand to
#            the full report (FAULT_CODES=1), and the least stack and trap
#            stack the board's guards allow, for one hart (BOARD_TINY_*).
#
# docs/profiles.md says what each switch costs and buys.
#: PROFILE  default, or tiny: picolibc, no command line or stack protector, fault codes, small stacks
PROFILE ?= default
$(if $(filter default tiny,$(PROFILE)),,$(error PROFILE=$(PROFILE): choose default or tiny))

ifeq ($(PROFILE),tiny)
LIBC             ?= picolibc
CMDLINE          ?= 0
STACK_PROTECTOR  ?= 0
FAULT_CODES      ?= 1
STACK_SIZE       ?= $(BOARD_TINY_STACK_SIZE)
STACK_GUARD      ?= $(BOARD_TINY_STACK_GUARD)
TRAP_STACK_SIZE  ?= $(BOARD_TINY_TRAP_STACK_SIZE)
TRAP_STACK_GUARD ?= $(BOARD_TINY_TRAP_STACK_GUARD)
# One hart's stacks and trap stack, not BOARD_MAX_HARTS' (a board file's
# value, so an assignment after it; BOARD_MAX_HARTS= on the command line
# wins).
BOARD_MAX_HARTS  := $(BOARD_TINY_MAX_HARTS)
# A capability, so that a boot test can ask for the profile (needs: tiny);
# no `smp` with one hart.
BOARD_CAPS       := $(if $(filter 1,$(BOARD_MAX_HARTS)),$(filter-out smp,$(BOARD_CAPS)),$(BOARD_CAPS)) tiny
endif

#: CMDLINE  0: no ARGS=/ENV= (main gets argc 1, argv[0] "app"), none of platform/cmdline.c linked
CMDLINE ?= 1
KIT_CMDLINE = $(call kit_switch,CMDLINE)
#: FAULT_CODES  1: a fault prints one line of numbers; make run and the test runner expand it
FAULT_CODES ?= 0
KIT_FAULT_CODES = $(call kit_switch,FAULT_CODES)
