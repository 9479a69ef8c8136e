# make test, the porting part: an
# out-of-tree program builds and boots through every route a port uses,
# a changed build input always reaches the image, and the run options
# (ARGS, ENV, STDIN, TRACE, RUN_TIMEOUT, COUNT, the machine check, make debug)
# do what the README says.  Every check boots under QEMU through kitrun
# (output and exit status); results in build/results/port-<board>/.
#
#   routes   tests/port/prog (3 files, include/, -DPROG_SCALE) copied out
#            of the kit, then: make APP=, make flags with its plain Makefile
#            and with a shell script (FORMAT=sh), CMake (cmake/kit.cmake,
#            also ctest), Meson (make flags FORMAT=meson, also meson test);
#            the five outputs must be equal.  tests/port/checks: CMake's
#            feature checks and add_test with arguments.
#            On a warm run CMake and Meson must have nothing to do.
#   stale    app.mk's flag, APP_CFLAGS, BOARD and the newlib configuration
#            (ABI=lp64, LIBC=newlib-nano)
#            (ABI) change between builds: each change shows in the image.
#   run      ARGS/ENV on every board; STDIN=file with the line editor, with
#            no newline at its end, and binary through a raw console
#            (CONSOLE_CRLF=0); host files in RUN_DIR, HOSTFS=0; TRACE=1;
#            RUN_TIMEOUT; COUNT=1; a wrong-machine ELF; make debug (batch gdb),
#            ARGS/ENV through make run LOADER=u-boot (capability uboot),
#            also through a fault; how a run ends (the program's status, too
#            little RAM, a quote never closed).
#
# Runs after this shard's board tests (they share build/<config>/).  Its
# units in make test's matrix: port:routes (the routes and the stale
# builds, one board after another), port:args:<board> (ARGS and ENV).

PORT_BOARDS ?= $(filter virt-rv64 virt-aarch64,$(TEST_BOARDS))
# Plain boards only: not the second-ABI (board+abi), other-libc (board~libc)
# or other-profile (board@profile) entries of TEST_BOARDS, which are the
# same machines.
ARGS_BOARDS ?= $(filter-out %+lp64 %+ilp32d,$(foreach b,$(TEST_BOARDS),$(if $(findstring ~,$(b))$(findstring @,$(b)),,$(b))))
PORT_UNITS  := port:routes $(addprefix port:args:,$(ARGS_BOARDS))
# Outside the kit, one per clone (a hash of its path), kept between runs so
# a warm run rebuilds nothing.
PORT_TREE   ?= $(or $(TMPDIR),/tmp)/bmkit-port-$(shell printf %s '$(KIT_ROOT)' | md5sum | cut -c1-8)
PORT_OUT     = $(abspath build/port/$(BOARD))
PORT_RES     = $(RESULTS)/port-$(BOARD)
PROG_FILES  := $(patsubst tests/port/prog/%,%,$(shell find tests/port/prog -type f))
# cmake and meson call make themselves: keep this make's jobserver and
# command-line variables away from them.
NO_MAKE_ENV := env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u MAKEOVERRIDES
KITRUN_IN    = $(KITRUN) --timeout $(TIMEOUT) --arch $(KIT_ARCH) --board $(BOARD) --caps '$(BOARD_CAPS)'
# A make inside kitrun: quiet, and not part of this make's jobserver.
SUBMAKE     := $(NO_MAKE_ENV) make -s --no-print-directory

.PHONY: test-port port-routes port-board port-stale port-args port-tree port-machine port-cmake-files
## test-port: only the porting routes and run options (after test-boards' images)
test-port: port-routes $(addprefix port-args-,$(ARGS_BOARDS))

# The routes and stale builds share images across boards: one after another.
port-routes: $(addprefix test-board-,$(shard_configs)) $(KITRUN)
	@for b in $(PORT_BOARDS); do $(MAKE) --no-print-directory BOARD=$$b port-board || { \
	    mkdir -p $(RESULTS)/port-$$b; echo "FAIL port-$$b/port-board: stopped with an error," \
	        "its later checks never ran (see above)" | tee $(RESULTS)/port-$$b/port-board.result; }; done
	@$(if $(filter virt-rv64,$(PORT_BOARDS)),$(MAKE) --no-print-directory BOARD=virt-rv64 port-stale)

# ARGS: one board's own build directory each, so boards in parallel.
port-args-%: $(addprefix test-board-,$(shard_configs)) $(KITRUN)
	@$(MAKE) --no-print-directory BOARD=$* port-args

# The program, copied out of the kit only when it changed (cp -p keeps the
# times, so the builds below stay warm).
port-tree:
	@mkdir -p $(PORT_TREE)/prog/include
	@for f in $(PROG_FILES); do cmp -s tests/port/prog/$$f $(PORT_TREE)/prog/$$f || \
	    cp -p tests/port/prog/$$f $(PORT_TREE)/prog/$$f; done

# One check judged by kitrun: $(1) name, $(2) spec, $(3) the command.
port_run = rm -f $(PORT_RES)/$(1).result; $(KITRUN_IN) --spec $(2) --name port-$(BOARD)/$(1) \
    --log $(PORT_RES)/$(1).log --result $(PORT_RES)/$(1).result -- $(3) || true
# One route's image booted and judged; $(1): route, $(2): image.
port_boot = $(call port_run,$(1),tests/port/prog/main.c,$(call QEMU_CMD,$(2)))
# A build directory of another build system, $(2), configured with other
# flags than the kit's now, $(1) (CMake's cache and Meson's options keep
# the first ones): removed, so that it is configured afresh.
port_fresh = cmp -s $(1) $(2)/configured-with || rm -rf $(2)
# A check that is not a boot: $(1) name, $(2) shell condition, $(3) why it failed.
port_check = if $(2); then echo "PASS port-$(BOARD)/$(1)"; else echo "FAIL port-$(BOARD)/$(1): $(3)"; fi \
    | tee $(PORT_RES)/$(1).result

port-board: port-tree $(KITRUN)
	@mkdir -p $(PORT_RES) $(PORT_OUT)
	@# 1. make APP=<absolute path outside the kit>, and the same as ../relative
	@$(SUBMAKE) BOARD=$(BOARD) APP=$(PORT_TREE)/prog elf > $(PORT_OUT)/app-elf.txt
	@$(call port_boot,app,$$(cat $(PORT_OUT)/app-elf.txt))
	@rel=$$(realpath --relative-to=. $(PORT_TREE)/prog); elf=$$(cat $(PORT_OUT)/app-elf.txt); \
	 $(call port_check,app-paths,[ "$$($(SUBMAKE) BOARD=$(BOARD) APP=$$rel elf)" = "$$elf" ] && \
	    [ "$${elf#$(BUILD)/ext/}" != "$$elf" ] && [ -f "$$elf" ], \
	    APP=$$rel and APP=$(PORT_TREE)/prog must both build $(BUILD)/ext/...: got $$elf)
	@# 2. make flags + the program's own plain Makefile
	@$(SUBMAKE) BOARD=$(BOARD) flags FLAGS_OUT=$(PORT_OUT)/kit-flags.mk
	@$(SUBMAKE) -C $(PORT_TREE)/prog KIT_FLAGS=$(PORT_OUT)/kit-flags.mk O=$(PORT_OUT)/plain
	@$(call port_boot,flags,$(PORT_OUT)/plain/prog.elf)
	@# 2b. make flags FORMAT=sh in a shell script; FORMAT=json parses; TRACE=1 reaches LDFLAGS
	@$(SUBMAKE) BOARD=$(BOARD) flags FORMAT=sh FLAGS_OUT=$(PORT_OUT)/kit-flags.sh
	@mkdir -p $(PORT_OUT)/sh && cd $(PORT_TREE)/prog && . $(PORT_OUT)/kit-flags.sh && \
	    for f in main stats fmt; do $$CC $$CFLAGS -O2 -Iinclude -DPROG_SCALE=3 -c $$f.c \
	        -o $(PORT_OUT)/sh/$$f.o || exit 1; done && \
	    $$CC $$LDFLAGS -o $(PORT_OUT)/sh/prog.elf $(PORT_OUT)/sh/*.o $$LDLIBS
	@$(call port_boot,flags-sh,$(PORT_OUT)/sh/prog.elf)
	@$(call port_check,flags-json,$(SUBMAKE) BOARD=$(BOARD) flags FORMAT=json | \
	    python3 -c 'import json$(comma)sys; d=json.load(sys.stdin); assert d["LDLIBS"] and d["CC"]', \
	    make flags FORMAT=json is not JSON with CC and LDLIBS)
	@$(call port_check,flags-trace,$(SUBMAKE) BOARD=$(BOARD) flags TRACE=1 | grep -q -- '--wrap=_write', \
	    make flags TRACE=1 has no --wrap=_write)
	@# 3. CMake with the kit's toolchain file; ctest boots it too
	@# (configured again when the toolchain file it was configured with is not
	@# this one, or the kit's flags are not the ones it was configured with:
	@# a build directory keeps them, port_fresh)
	@$(SUBMAKE) BOARD=$(BOARD) flags FORMAT=cmake FLAGS_OUT=$(PORT_OUT)/kit-flags.cmake
	@grep -qs 'CMAKE_TOOLCHAIN_FILE.*=$(KIT_ROOT)/cmake/kit.cmake$$' $(PORT_OUT)/cmake/CMakeCache.txt || \
	    rm -rf $(PORT_OUT)/cmake
	@$(call port_fresh,$(PORT_OUT)/kit-flags.cmake,$(PORT_OUT)/cmake)
	@[ -f $(PORT_OUT)/cmake/build.ninja ] || { $(NO_MAKE_ENV) cmake -S $(PORT_TREE)/prog \
	    -B $(PORT_OUT)/cmake -G Ninja -DCMAKE_TOOLCHAIN_FILE=$(KIT_ROOT)/cmake/kit.cmake -DKIT_BOARD=$(BOARD) > $(PORT_OUT)/cmake.txt && \
	    cp $(PORT_OUT)/kit-flags.cmake $(PORT_OUT)/cmake/configured-with; }
	@$(NO_MAKE_ENV) cmake --build $(PORT_OUT)/cmake > $(PORT_OUT)/cmake-build.txt
	@$(call port_boot,cmake,$(PORT_OUT)/cmake/prog.elf)
	@$(call port_run,ctest,tests/port/prog/main.c,ctest --test-dir $(PORT_OUT)/cmake -V)
	@$(call port_run,cmake-run,tests/port/prog/main.c,$(NO_MAKE_ENV) cmake --build $(PORT_OUT)/cmake \
	    --target run-prog)
	@$(call port_check,cmake-warm,$(NO_MAKE_ENV) cmake --build $(PORT_OUT)/cmake | grep -q 'no work to do', \
	    a second cmake --build did work)
	@# 3b. a project's feature checks (try_compile links; try_run and add_test
	@# boot through CMAKE_CROSSCOMPILING_EMULATOR), configured once, as prog is
	@grep -qs 'CMAKE_TOOLCHAIN_FILE.*=$(KIT_ROOT)/cmake/kit.cmake$$' $(PORT_OUT)/checks/CMakeCache.txt || \
	    rm -rf $(PORT_OUT)/checks
	@$(call port_fresh,$(PORT_OUT)/kit-flags.cmake,$(PORT_OUT)/checks)
	@[ -f $(PORT_OUT)/checks/build.ninja ] || { $(NO_MAKE_ENV) cmake -S tests/port/checks \
	    -B $(PORT_OUT)/checks -G Ninja -DCMAKE_TOOLCHAIN_FILE=$(KIT_ROOT)/cmake/kit.cmake \
	    -DKIT_BOARD=$(BOARD) > $(PORT_OUT)/checks.txt && \
	    cp $(PORT_OUT)/kit-flags.cmake $(PORT_OUT)/checks/configured-with; }
	@$(NO_MAKE_ENV) cmake --build $(PORT_OUT)/checks > $(PORT_OUT)/checks-build.txt
	@$(call port_run,cmake-checks,tests/port/checks/checks.c,ctest --test-dir $(PORT_OUT)/checks -V)
	@# 4. Meson with the cross file from make flags
	@$(SUBMAKE) BOARD=$(BOARD) flags FORMAT=meson FLAGS_OUT=$(PORT_OUT)/kit-cross.ini
	@$(call port_fresh,$(PORT_OUT)/kit-cross.ini,$(PORT_OUT)/meson)
	@[ -f $(PORT_OUT)/meson/build.ninja ] || { $(NO_MAKE_ENV) meson setup $(PORT_OUT)/meson $(PORT_TREE)/prog \
	    --cross-file $(PORT_OUT)/kit-cross.ini > $(PORT_OUT)/meson.txt && \
	    cp $(PORT_OUT)/kit-cross.ini $(PORT_OUT)/meson/configured-with; }
	@$(NO_MAKE_ENV) meson compile -C $(PORT_OUT)/meson > $(PORT_OUT)/meson-build.txt
	@$(call port_boot,meson,$(PORT_OUT)/meson/prog.elf)
	@$(call port_run,meson-test,tests/port/prog/main.c,meson test -C $(PORT_OUT)/meson -v)
	@$(call port_check,meson-warm,$(NO_MAKE_ENV) ninja -C $(PORT_OUT)/meson | grep -q 'no work to do', \
	    a second meson compile did work)
	@# 5. the same output from all four
	@$(call port_check,same-output,cmp -s $(PORT_RES)/app.log $(PORT_RES)/flags.log && \
	    cmp -s $(PORT_RES)/app.log $(PORT_RES)/flags-sh.log && \
	    cmp -s $(PORT_RES)/app.log $(PORT_RES)/cmake.log && cmp -s $(PORT_RES)/app.log $(PORT_RES)/meson.log, \
	    the routes printed different output (diff $(PORT_RES)/*.log))
	@# 6. run options: TRACE, STDIN=file with the line editor, RUN_TIMEOUT, COUNT, make debug
	@$(call port_run,trace,tests/port/trace.c,$(SUBMAKE) BOARD=$(BOARD) APP=tests/port/trace.c TRACE=1 \
	    RUN_TIMEOUT=$(TIMEOUT) run)
	@printf 'hellp\177o\rkit\n' > $(PORT_OUT)/typed.txt
	@$(call port_run,stdin-lineedit,examples/lineedit/main.c,\
	    $(SUBMAKE) BOARD=$(BOARD) APP=examples/lineedit STDIN=$(PORT_OUT)/typed.txt RUN_TIMEOUT=$(TIMEOUT) run)
	@$(call port_run,run-timeout,tests/port/hang.c,$(SUBMAKE) BOARD=$(BOARD) APP=tests/port/hang.c \
	    RUN_TIMEOUT=2 run)
	@$(call port_run,run-count,tests/port/count.c,$(SUBMAKE) BOARD=$(BOARD) APP=tests/port/count.c \
	    COUNT=1 RUN_TIMEOUT=$(TIMEOUT) run)
	@# 6b. STDIN's last line without a newline; a raw console (CONSOLE_CRLF=0, its
	@# own BUILD_ROOT: the board's build stays as it is) with binary STDIN
	@printf 'one\ntwo' > $(PORT_OUT)/partial.txt
	@$(call port_run,stdin-partial,tests/port/stdin_lines.c,$(SUBMAKE) BOARD=$(BOARD) \
	    APP=tests/port/stdin_lines.c STDIN=$(PORT_OUT)/partial.txt RUN_TIMEOUT=$(TIMEOUT) run)
	@printf 'a\004b\026c\r\n\000\377z' > $(PORT_OUT)/binary.bin
	@$(call port_run,console-raw,tests/port/console_raw.c,$(SUBMAKE) BOARD=$(BOARD) \
	    BUILD_ROOT=build/port-raw CONSOLE_CRLF=0 APP=tests/port/console_raw.c \
	    STDIN=$(PORT_OUT)/binary.bin RUN_TIMEOUT=$(TIMEOUT) run)
	@# 6c. host files: a relative path lands where make was started (make -C);
	@# HOSTFS=0 (its own BUILD_ROOT) closes them
	@rm -f $(PORT_OUT)/hostfs-cwd.txt
	@$(call port_run,hostfs-cwd,tests/port/hostfs_cwd.c,sh -c 'cd $(PORT_OUT) && exec $(SUBMAKE) \
	    -C $(KIT_ROOT) BOARD=$(BOARD) APP=tests/port/hostfs_cwd.c RUN_TIMEOUT=$(TIMEOUT) run')
	@$(call port_check,hostfs-cwd-file,grep -qs 'written by the image' $(PORT_OUT)/hostfs-cwd.txt, \
	    make -C ... run from $(PORT_OUT) did not write hostfs-cwd.txt there)
	@$(call port_run,hostfs-off,tests/port/hostfs_off.c,$(SUBMAKE) BOARD=$(BOARD) \
	    BUILD_ROOT=build/port-nohostfs HOSTFS=0 APP=tests/port/hostfs_off.c RUN_TIMEOUT=$(TIMEOUT) run)
	@# 7. the docs: their disassembly is this image's, their printf path is real
	@$(if $(filter $(BOARD),$(DOC_BOARD_$(ARCH_FAMILY))),$(SUBMAKE) BOARD=$(BOARD) APP=examples/hello disasm \
	    > $(PORT_OUT)/hello.dis && $(MAKE) -s --no-print-directory $(DOCDISASM) && \
	    $(call port_check,docs,$(DOCDISASM) --check docs/boot-$(ARCH_FAMILY).md $(PORT_OUT)/hello.dis, \
	    docs/boot-$(ARCH_FAMILY).md no longer matches make disasm: run make docs))
	@$(call port_run,printf-chain,tests/port/printf_chain.txt,\
	    $(SUBMAKE) BOARD=$(BOARD) APP=examples/hello GDB_BATCH=tests/port/printf_chain-$(ARCH_FAMILY).gdb \
	    RUN_TIMEOUT=$(TIMEOUT) debug)
	@$(call port_run,debug,tests/port/debug_me.c,$(SUBMAKE) BOARD=$(BOARD) APP=tests/port/debug_me.c \
	    GDB_BATCH=tests/port/debug.gdb RUN_TIMEOUT=$(TIMEOUT) debug)
	@$(call port_run,debug-fault,tests/port/debug_fault.c,$(SUBMAKE) BOARD=$(BOARD) \
	    APP=tests/port/debug_fault.c GDB_BATCH=tests/port/debug_fault.gdb RUN_TIMEOUT=$(TIMEOUT) debug)
	@# 8. how a run ends: the program's status, not the runner's or QEMU's
	@$(call port_run,run-status,tests/port/status.c,$(SUBMAKE) BOARD=$(BOARD) APP=tests/port/status.c \
	    RUN_TIMEOUT=$(TIMEOUT) run)
	@$(call port_run,run-ram-refused,tests/port/ram_refused.txt,$(SUBMAKE) BOARD=$(BOARD) \
	    APP=examples/hello QEMU_EXTRA="-m 1" RUN_TIMEOUT=$(TIMEOUT) run)
	@$(call port_run,run-args-unclosed,tests/port/args_unclosed.txt,$(SUBMAKE) BOARD=$(BOARD) \
	    APP=tests/port/args.c "ARGS=a 'b c" RUN_TIMEOUT=$(TIMEOUT) run)

# The other architecture's image of the same program must be refused.
port_other_board := $(if $(filter aarch64,$(KIT_ARCH)),virt-rv64,virt-aarch64)
port-machine: port-tree $(KITRUN)
	@mkdir -p $(PORT_RES) $(PORT_OUT)
	@$(SUBMAKE) BOARD=$(port_other_board) APP=$(PORT_TREE)/prog elf > $(PORT_OUT)/other-elf.txt
	@$(call port_run,wrong-machine,tests/port/wrong_machine.txt,\
	    $(SUBMAKE) BOARD=$(BOARD) ELF=$$(cat $(PORT_OUT)/other-elf.txt) RUN_TIMEOUT=$(TIMEOUT) run)
port-board: port-machine

# ARGS and ENV through `make run`, on every board (devicetree or semihosting).
# args-long: 5 KB of them (3000 + 2000 characters), whole; a board whose
# RAM is counted in KiB (sifive_e: 16 KiB) has no room, and must say so.
long_word    = $(subst $(space),,$(foreach i,$(wordlist 1,$(1),$(shell seq 1 400)),abcdefghij))
args_long_spec = $(if $(filter %K,$(BOARD_RAM_LENGTH)),tests/port/args_too_long.txt,tests/port/args_long.c)
port-args: $(KITRUN)
	@mkdir -p $(PORT_RES)
	@$(call port_run,args,tests/port/args.c,$(SUBMAKE) BOARD=$(BOARD) APP=tests/port/args.c \
	    "ARGS=a 'b c' \"d\\\"e\"" "ENV=GREETING='hi there'" RUN_TIMEOUT=$(TIMEOUT) run)
	@$(call port_run,args-long,$(args_long_spec),$(SUBMAKE) BOARD=$(BOARD) APP=tests/port/args_long.c \
	    "ARGS=$(call long_word,300) last" "ENV=LONG=$(call long_word,200)" RUN_TIMEOUT=$(TIMEOUT) run)
	@# The same words through make sdcard's boot script and the board's U-Boot.
	@$(if $(filter uboot,$(BOARD_CAPS)),$(call port_run,args-u-boot,tests/port/args.c,$(SUBMAKE) \
	    BOARD=$(BOARD) APP=tests/port/args.c "ARGS=a 'b c' \"d\\\"e\"" "ENV=GREETING='hi there'" \
	    LOADER=u-boot RUN_TIMEOUT=$(TIMEOUT) run))

# Stale builds: one input changes between two builds; the image must show
# it.  $(1): name, $(2): the scale the image must print, $(3): the one it
# must not (the previous build's), $(4): make arguments.
STALE_APP = $(PORT_TREE)/stale
stale_spec = printf '/* kit-test: %s\n * expect: prog: scale %s\n * expect-not: prog: scale %s\n * expect: prog: ok\n * expect-exit: 0\n */\n' \
    '$(1): the image must say scale $(2)' $(2) $(3) > $(PORT_OUT)/$(1).spec
stale_run = $(call stale_spec,$(1),$(2),$(3)); rm -f $(PORT_RES)/$(1).result; \
    $(KITRUN) --timeout $(TIMEOUT) --spec $(PORT_OUT)/$(1).spec --name port-$(BOARD)/$(1) \
    --log $(PORT_RES)/$(1).log --result $(PORT_RES)/$(1).result -- \
    $(SUBMAKE) APP=$(STALE_APP) RUN_TIMEOUT=$(TIMEOUT) $(4) run || true
stale_appmk = printf 'APP_INCLUDES += $$(APP_DIR)/include\nAPP_CFLAGS += -DPROG_SCALE=%s\n' $(1) > $(STALE_APP)/app.mk

port-stale: port-tree $(KITRUN)
	@mkdir -p $(PORT_RES) $(PORT_OUT) $(STALE_APP)/include
	@cp -p $(PORT_TREE)/prog/*.c $(STALE_APP)/ && cp -p $(PORT_TREE)/prog/include/*.h $(STALE_APP)/include/
	@$(call stale_appmk,7); $(call stale_run,stale-appmk-before,7,8,BOARD=virt-rv64)
	@$(call stale_appmk,8); $(call stale_run,stale-appmk,8,7,BOARD=virt-rv64)
	@$(call stale_run,stale-app-cflags,9,8,BOARD=virt-rv64 APP_CFLAGS=-DPROG_SCALE=9)
	@$(call stale_run,stale-app-cflags-back,8,9,BOARD=virt-rv64)
	@$(call stale_appmk,6); $(call stale_run,stale-board,6,8,BOARD=virt-aarch64)
	@$(call stale_run,stale-board-back,6,8,BOARD=virt-rv64)
	@$(call stale_appmk,5); $(call stale_run,stale-newlib,5,6,BOARD=virt-rv64 ABI=lp64)
	@$(call port_check,stale-newlib-abi,readelf -h $$($(SUBMAKE) APP=$(STALE_APP) BOARD=virt-rv64 ABI=lp64 elf) | \
	    grep -q 'soft-float' && readelf -h $$($(SUBMAKE) APP=$(STALE_APP) BOARD=virt-rv64 elf) | grep -q 'double-float', \
	    ABI=lp64 must link a soft-float image and the default a double-float one)
	@$(call stale_appmk,4); $(call stale_run,stale-libc,4,5,BOARD=virt-rv64 LIBC=newlib-nano)
	@$(call port_check,stale-libc-nano,$(CROSS)nm $$($(SUBMAKE) APP=$(STALE_APP) BOARD=virt-rv64 LIBC=newlib-nano elf) | \
	    grep -qw _printf_i && ! $(CROSS)nm $$($(SUBMAKE) APP=$(STALE_APP) BOARD=virt-rv64 elf) | grep -qw _printf_i, \
	    LIBC=newlib-nano must link nano printf (_printf_i) and the default the full one)
