# make help, and the small targets that describe or clean the kit.
#
# `make help` is made from the make files themselves, so it cannot fall
# behind them: every target documented with a line
#     ## target: what it does
# and every variable a user may set documented with a line
#     #: NAME  what it means
# in any make file this make read (MAKEFILE_LIST) is listed, the variables
# with their current value.  `make help` reads every make file, the
# checker's, the benchmarks' and the tests' included.

help_vars = $(shell sed -n 's/^#: *\([A-Z_][A-Z0-9_*]*\) .*/\1/p' $(MAKEFILE_LIST))

.PHONY: help version boards board-line caps deps clean distclean

## help: every target and every variable, with the variable's current value
help:
	@echo "bmkit $(KIT_VERSION): a bare-metal C kit for RISC-V and AArch64 under QEMU"
	@echo
	@echo "Targets:"
	@sed -n 's/^## \([a-z][a-z0-9%<>-]*\): /\1\t/p' $(MAKEFILE_LIST) | sort -u | \
	    awk -F'\t' '{ printf "  %-16s %s\n", $$1, $$2 }'
	@echo
	@echo "Variables (NAME=current value, then what it means):"
	$(shell mkdir -p $(HOST_BUILD))$(file >$(HOST_BUILD)/help-values,$(foreach v,$(help_vars),$(v)=$($(v))$(nl)))
	@sed -n 's/^#: *\([A-Z_][A-Z0-9_*]*\)  *\(.*\)/\1\t\2/p' $(MAKEFILE_LIST) | sort -u -t'	' -k1,1 | \
	    awk -F'\t' 'NR == FNR { sub(/^ +/, ""); i = index($$0, "="); v[substr($$0, 1, i - 1)] = substr($$0, i + 1); next } \
	        { printf "  %s=%s\n      %s\n", $$1, ($$1 in v ? v[$$1] : ""), $$2 }' \
	    $(HOST_BUILD)/help-values -

## version: the kit's version (the file VERSION; CHANGELOG.md says what each brought)
version:
	@echo "bmkit $(KIT_VERSION)"

## boards: the boards in boards/boards.list, with their architecture and QEMU machine
boards:
	@for b in $(BOARDS); do \
	    $(MAKE) -s --no-print-directory BOARD=$$b board-line; done

board-line:
	@printf '%-22s %-8s %s\n' $(BOARD) $(KIT_ARCH) '$(BOARD_QEMU)'

## caps: the capabilities of BOARD (what tests may ask for with `needs:`)
caps:
	@echo $(BOARD_CAPS)

## deps: install the Debian packages the kit needs (root or sudo)
deps:
	@sh tools/deps.sh

## clean: remove build/ (the newlib cache in .cache/ stays)
clean:
	rm -rf build

## distclean: also remove the newlib cache
distclean: clean
	rm -rf .cache
