# abi/conform/explain/explain.mk: make explain (where each argument goes).
#
#   make explain SIG='struct s {float a; int b;} f(double, struct s)' [VA='double']
#                [COMPILERS='gcc-12 clang-14']
#
# explain.c writes a probe of the signature; the per-ABI make
# (conform-explain) builds it with each compiler of COMPILERS, links it
# with the dumper (dump.c) and the assembly stand-ins (probe_<arch>.S),
# and runs it; explain.c reads what each run printed.  Per compiler, in
# the directory CONFORM_OUT: explain-<c>.o (its DWARF gives the fields),
# .err (why it did not compile), .log (the run), .na (no such compiler on
# this ABI).

CONFORM_EXPLAIN := $(HOST_BUILD)/conform-explain
$(CONFORM_EXPLAIN): $(CONFORM_DIR)/explain/explain.c
	@mkdir -p $(@D)
	$(HOST_CC) $(CONFORM_HOST_CFLAGS) -o $@ $<

.PHONY: explain
## explain: where each argument goes, per ABI and compiler: SIG='struct s {float a; int b;} f(double, struct s)' [VA='double']
explain: $(CONFORM_EXPLAIN)
	@$(if $(SIG),,$(error make explain needs SIG='<C declaration>'))
	@mkdir -p $(CONFORM_BUILD)/explain
	@$(CONFORM_EXPLAIN) --dir $(CONFORM_BUILD)/explain --sig '$(subst ','\'',$(SIG))' \
	    $(if $(VA),--va '$(subst ','\'',$(VA))') --compilers '$(COMPILERS)' </dev/null

# Its own kit build directory: make test runs explain beside abi-conform,
# and two makes must not build one kit at once.
abi-conform-explain-%: FORCE
	@$(call conform_make,$*) BUILD=$(CONFORM_BUILD)/kit-$*-explain conform-explain </dev/null

ifdef CONFORM_ABI
$(CF_OUT)/explain-probe.o: $(CONFORM_DIR)/explain/probe_$(cf_arch).S
	@mkdir -p $(@D)
	$(Q)$(cf_cc_planted) -c -o $@ $<

# One probe per compiler: its object stays (explain reads its DWARF).
.PHONY: conform-explain
conform-explain: $(CF_OUT)/explain-probe.o $(cf_dump) $(cf_kit)
	@mkdir -p $(CF_OUT); rm -f $(CF_OUT)/explain-*.na $(CF_OUT)/explain-*.err \
	    $(CF_OUT)/explain-*.log
	@$(foreach c,$(COMPILERS),$(if $(cf_cmd_$(c)),\
	    if $(cf_cmd_$(c)) $(cf_flags) -g -gdwarf-5 -c -o $(CF_OUT)/explain-$(c).o \
	        $(EXPLAIN_SRC) 2> $(CF_OUT)/explain-$(c).err; then \
	        rm -f $(CF_OUT)/explain-$(c).err; \
	        $(call cf_link,$(CF_OUT)/explain-$(c).elf,$(cf_dump) $(CF_OUT)/explain-probe.o \
	            $(CF_OUT)/explain-$(c).o) && \
	        { $(call cf_run,$(CF_OUT)/explain-$(c).elf) > $(CF_OUT)/explain-$(c).log 2>&1 || \
	            echo "ex: failed $$?" >> $(CF_OUT)/explain-$(c).log; }; \
	    fi;,\
	    echo "$(c): not on $(CONFORM_ABI)" > $(CF_OUT)/explain-$(c).na;))
endif

# make test: make explain on classic signatures, against expectations
# worked out from the ABI documents (tests/explain_*.expect), and no line
# of its output past 120 columns.  Kept as files: a warm make test does not
# probe again.
EXPLAIN_TEST_DIR := $(CONFORM_BUILD)/explain-test
EXPLAIN_TESTS := two_floats big_struct variadic_double xlen_bitfield_return
$(EXPLAIN_TEST_DIR)/%.out: $(CONFORM_DIR)/tests/explain_%.expect $(CONFORM_EXPLAIN) \
        $(CONFORM_DIR)/explain/dump.c $(wildcard $(CONFORM_DIR)/explain/probe_*.S)
	@mkdir -p $(@D)/$*
	@$(CONFORM_EXPLAIN) --dir $(@D)/$* --expect $< --compilers '$(COMPILERS)' \
	    --sig "$$(sed -n 's/^# make explain SIG=.\(.*\).\( VA=.*\)\{0,1\}$$/\1/p' $< | sed "s/' VA=.*//")" \
	    $$(grep -q "VA='" $< && echo --va "$$(sed -n "s/.* VA='\(.*\)'$$/\1/p" $<)") \
	    > $@.tmp 2>&1 </dev/null; \
	 awk -v f=$* 'length($$0) > 120 { n++ } END { if (n) print "FAIL explain " f ": " n \
	    " lines over 120 columns"; else print "PASS explain " f ": every line within 120 columns" }' \
	    $@.tmp >> $@.tmp; mv $@.tmp $@

.PHONY: test-explain
## test-explain: make explain on four signatures, against the ABI documents; 120 columns
test-explain: $(addprefix $(EXPLAIN_TEST_DIR)/,$(addsuffix .out,$(EXPLAIN_TESTS)))
	@mkdir -p $(RESULTS)/host
	@for f in $^; do grep -q '^PASS explain [a-z]' $$f || echo "FAIL explain: $$f: did not run" >> $$f; done
	@cat $^ | grep '^PASS\|^FAIL' > $(RESULTS)/host/conform-explain.result
	@cat $^ | grep '^FAIL' || echo "PASS explain: $$(cat $^ | grep -c '^PASS') expectations"

