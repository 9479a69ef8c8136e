# The host side, and the few helpers every make file shares.
#
# Every program the kit builds for the machine it runs on (the runner,
# docdisasm, the checker's generator and reports, the bench tools, the
# host tests) is compiled by one compiler, HOST_CC, into build/host/.
# A tool that needs more flags adds them to HOST_CFLAGS on its own line.

HOST_CC     ?= gcc
HOST_CFLAGS := -O1 -g -std=gnu11 -Wall -Wextra -Werror
HOST_BUILD  := build/host
#: RESULTS  where checks write their PASS/FAIL/SKIP lines and logs (make test, the checker)
RESULTS     ?= build/results

# Characters make cannot write literally inside a function call.
comma := ,
empty :=
space := $(empty) $(empty)
define nl


endef

# One word for the shell: '...' with every ' escaped.
shell_quote = '$(subst ','\'',$(1))'
# One JSON string, and a JSON list of the words of $(1).
json_str    = "$(subst ",\",$(subst \,\\,$(1)))"
json_list   = [$(subst " ","$(comma) ",$(foreach w,$(1),$(call json_str,$(w))))]

# Write $(1) to the target only when the text differs from what it holds,
# through a file of this make's own (two makes may share a directory), so
# that what depends on it is rebuilt exactly when the text changes.  Used
# as a whole recipe: $(call write_if_changed,text).
define write_if_changed
	@mkdir -p $(@D)
	@tmp=$@.$$$$; printf '%s\n' $(call shell_quote,$(1)) > $$tmp; \
	 if cmp -s $$tmp $@; then rm -f $$tmp; else mv -f $$tmp $@; fi
endef

# A target that depends on FORCE is always remade; its recipe decides
# whether anything really changed (write_if_changed above).
.PHONY: FORCE
FORCE:
