# The runner, tools/runner/kitrun: a host program that boots an image under
# QEMU and passes its output on.  `make run` and `make debug` use it to
# name the function and line of a fault report's addresses (--symbolise);
# `make test` uses it to judge a test's output against its kit-test block.
#
# Linked under a name of this make's own and renamed into place: a second
# make may be executing the runner at the same moment (two `make run`s
# after `make clean`), and writing over a file being executed fails with
# "Text file busy".
KITRUN := $(HOST_BUILD)/kitrun
# platform/cmdline.c: make run refuses ARGS/ENV with a quote never closed,
# by the same rules the image splits them with.  faultcode.c expands a
# FAULT_CODES=1 report with the cause names of boot/<arch>/causes.h.
KITRUN_SRCS := $(addprefix tools/runner/,kitrun.c spec.c summary.c symbolise.c faultcode.c elf.c) \
               platform/cmdline.c

$(KITRUN): $(KITRUN_SRCS) $(wildcard tools/runner/*.h) platform/cmdline.h \
           boot/riscv/causes.h boot/aarch64/causes.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@.$$$$ $(KITRUN_SRCS) && mv -f $@.$$$$ $@

# The build's check of the program's frames against the stack guard
# (mk/stack.mk: KIT_FRAMES_CHECK) runs the runner at link time.
$(if $(KIT_FRAMES_CHECK),$(APP_ELF)): $(KITRUN)

# The instruction counter (make run COUNT=1, make bench): a QEMU TCG
# plugin, a shared object QEMU loads with -plugin (tools/insncount.c).
INSNCOUNT := $(HOST_BUILD)/insncount.so
$(INSNCOUNT): tools/insncount.c
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -shared -fPIC -fvisibility=hidden -o $@.$$$$ $< && mv -f $@.$$$$ $@
