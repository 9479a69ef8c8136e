# make flags: the kit's compile and link flags for a port's own build
# system (a plain Makefile, CMake, Meson, a shell script).
#
#   make -s flags BOARD=virt-rv64                 make syntax (CC = ...)
#   make -s flags BOARD=virt-rv64 FORMAT=sh       eval "$(make -s flags FORMAT=sh)"
#   make -s flags BOARD=virt-rv64 FORMAT=json     {"CC": [...], ...}
#   make -s flags BOARD=virt-rv64 FORMAT=cmake    what cmake/kit.cmake reads
#   make -s flags BOARD=virt-rv64 FORMAT=meson    a Meson cross file
#
# It first builds what they point at (crt0.o, libkit.a, memory.ld, newlib),
# so one command is enough.  Every path is absolute.  Only what a port
# needs: the target (-march/-mabi or -mcpu), newlib's and the compiler's
# headers, sections for --gc-sections; the kit's own -D, -std, -O and
# warnings stay out.  crt0.o is in LDFLAGS (it is an object, and order does
# not matter: linker/kit.ld places it by section).  LDLIBS goes after the
# program's objects.  KIT_QEMU is the command that boots an image: append
# -kernel prog.elf (or use `make run ELF=prog.elf`, which also checks the
# image's machine).  TRACE=1 adds the system-call trace (mk/run.mk).
#: FORMAT  make flags' output: make, sh, json, cmake or meson; make layout: json writes a snapshot
FORMAT       ?= make
#: FLAGS_OUT  make flags writes this file instead of printing (rewritten only when it changes)
# (The first build may print progress, e.g. newlib's, which must not end up
# in a build system's input; a build that depends on the file stays warm.)
FLAGS_OUT    ?=
flags_out     = $(or $(FLAGS_OUT),$(BUILD)/port-flags.$(FORMAT))

abs_build    := $(abspath $(BUILD))
PORT_CC      := $(or $(shell command -v $(CC)),$(CC))
PORT_CFLAGS  := $(filter-out $(OPT) -g -std=gnu11 -Wall -Wextra -I$(BUILD) $(KIT_ARCH_CFLAGS),$(BASE_CFLAGS))
PORT_CFLAGS  := $(subst -isystem $(LIBC_INC),-isystem $(abspath $(LIBC_INC)),$(PORT_CFLAGS))
# -isystem<dir> as one word: Meson drops a repeated lone "-isystem".  The
# compiler's own headers (aarch64, after -nostdinc) as -idirafter: Meson
# removes an -isystem naming one of the compiler's default directories,
# and they come after newlib's either way.
PORT_CFLAGS  := $(subst -isystem ,-isystem,$(PORT_CFLAGS))
PORT_CFLAGS  := $(if $(GCC_INCLUDE),$(subst -isystem$(GCC_INCLUDE),-idirafter$(GCC_INCLUDE),$(PORT_CFLAGS)),$(PORT_CFLAGS))
PORT_LDFLAGS := $(subst -T $(LINKER_SCRIPT),-T $(abspath $(LINKER_SCRIPT)), \
                $(subst -L$(BUILD),-L$(abs_build),$(LDFLAGS))) \
                $(if $(KIT_TRACE),$(TRACE_LDFLAGS)) $(abspath $(call obj,$(KIT_CRT0)))
PORT_LDLIBS  := $(subst $(BUILD)/libkit.a,$(abs_build)/libkit.a, \
                $(subst -L$(LIBC_LIB),-L$(abspath $(LIBC_LIB)),$(LDLIBS)))
PORT_QEMU    := $(QEMU_ARGS)
port_vars    := CC CFLAGS LDFLAGS LDLIBS QEMU

# Quoting per format: a shell word and JSON come from mk/host.mk; Meson's strings.
meson_list    = [$(subst ' ','$(comma) ',$(foreach w,$(1),'$(w)'))]

flags_make    = $(foreach v,$(port_vars),$(if $(filter QEMU,$(v)),KIT_QEMU,$(v)) = $(strip $(PORT_$(v)))$(nl))
flags_sh      = $(foreach v,$(port_vars),$(if $(filter QEMU,$(v)),KIT_QEMU,$(v))=$(call shell_quote,$(strip $(PORT_$(v))))$(nl))
flags_json    = {$(nl) $(foreach v,$(port_vars),  "$(if $(filter QEMU,$(v)),KIT_QEMU,$(v))": $(call json_list,$(PORT_$(v)))$(if $(filter QEMU,$(v)),,$(comma))$(nl))}$(nl)
flags_cmake   = $(foreach v,$(port_vars),set(KIT_$(v) "$(strip $(PORT_$(v)))")$(nl))set(KIT_ARCH "$(KIT_ARCH)")$(nl)
cpu_family_riscv64 := riscv64
cpu_family_riscv32 := riscv32
cpu_family_aarch64 := aarch64
# Meson's exe_wrapper (meson test, run checks) boots through the same
# script as CMake's emulator: arguments as the command line, stdin
# /dev/null, TIMEOUT seconds at most (tools/kit-boot.sh).
PORT_BOOT    := $(KIT_ROOT)/tools/kit-boot.sh $(TIMEOUT) $(PORT_QEMU) --
flags_meson   = [binaries]$(nl)c = '$(PORT_CC)'$(nl)ar = '$(or $(shell command -v $(AR)),$(AR))'$(nl)strip = '$(or $(shell command -v $(CROSS)strip),$(CROSS)strip)'$(nl)exe_wrapper = $(call meson_list,$(PORT_BOOT))$(nl)$(nl)[built-in options]$(nl)c_args = $(call meson_list,$(PORT_CFLAGS))$(nl)c_link_args = $(call meson_list,$(PORT_LDFLAGS) $(PORT_LDLIBS))$(nl)$(nl)[properties]$(nl)needs_exe_wrapper = true$(nl)$(nl)[host_machine]$(nl)system = 'none'$(nl)cpu_family = '$(cpu_family_$(KIT_ARCH))'$(nl)cpu = '$(cpu_family_$(KIT_ARCH))'$(nl)endian = 'little'$(nl)
$(if $(filter flags,$(MAKECMDGOALS)),$(if $(flags_$(FORMAT)),,$(error FORMAT=$(FORMAT): one of make, sh, json, cmake, meson)))

.PHONY: flags
## flags: the compile and link flags for your own build system (FORMAT=)
flags: $(call obj,$(KIT_CRT0)) $(BUILD)/libkit.a $(BUILD)/memory.ld
	$(file >$(flags_out).tmp,$(subst $(nl) ,$(nl),$(flags_$(FORMAT))))
	@cmp -s $(flags_out).tmp $(flags_out) && rm -f $(flags_out).tmp || mv $(flags_out).tmp $(flags_out)
	@$(if $(FLAGS_OUT),:,cat $(flags_out))
