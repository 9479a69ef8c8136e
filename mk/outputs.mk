# What a build leaves next to the image, build/<config>/<app>.*:
#
#   .elf   the image (make elf)
#   .map   the linker's map: where every section and symbol went, and why
#          each archive member was pulled in
#   .bin   the raw bytes a loader or flash programmer takes (objcopy -O
#          binary: from the lowest load address, gaps filled with zeros)
#   .size  per-section sizes and addresses (size -A), next to make size
#   compile_commands.json  every object's exact compiler command, for
#          clangd and other editors (also copied to the kit's top)
#
# make disasm prints the image's disassembly (SYM=name: one function);
# make docs rewrites the disassembly quoted in docs/boot-*.md from the
# images they describe (tools/docdisasm.c; a test checks them).
OBJCOPY    := $(CROSS)objcopy
OBJDUMP    := $(CROSS)objdump
APP_BIN    := $(BUILD)/$(APP_NAME).bin
APP_SIZES  := $(BUILD)/$(APP_NAME).size
APP_COMPDB := $(BUILD)/compile_commands.json

# One JSON entry: $(1) source, $(2) object, $(3) flags.  Each kit source
# gets the flags its object is really compiled with (kit_obj_cflags,
# mk/kit.mk), so clangd sees what the compiler saw.
compdb_entry = {"directory": "$(KIT_ROOT)", "file": "$(abspath $(1))", "output": "$(abspath $(2))", \
  "arguments": $(call json_list,$(CC) $(3) -c $(1) -o $(2))}
compdb = [$(subst } {,}$(comma)$(nl) {,$(foreach s,$(KIT_CRT0) $(KIT_SRCS),$(call compdb_entry,$(s),$(call obj,$(s)),$(call kit_obj_cflags,$(s)))) \
  $(foreach s,$(APP_SRCS),$(call compdb_entry,$(s),$(patsubst %,$(BUILD)/obj/%.o,$(basename $(call kit_place,$(s)))),$(app_cflags))))]

# After each link of APP's image (mk/app.mk): the outputs above.
define app_outputs
	$(Q)$(OBJCOPY) -O binary $@ $(APP_BIN)
	$(Q)$(SIZE) -A -x $@ > $(APP_SIZES)
	$(file >$(APP_COMPDB),$(compdb))
	@# Renamed into place: make test links many images at once, and a
	@# plain cp of one over another's failed with "File exists".
	@cp $(APP_COMPDB) compile_commands.json.$$$$$$$$ && \
	    mv -f compile_commands.json.$$$$$$$$ compile_commands.json
endef

.PHONY: elf size bin map disasm compdb docs
## elf: only build APP (prints the image's path)
elf: $(APP_ELF)
	@echo $<

## size: text/data/bss of APP (or ELF=), then every section (also in build/<config>/<app>.size)
size: $(if $(ELF),$(ELF),$(APP_ELF))
	@$(SIZE) $< && $(SIZE) -A -x $<

## bin: the raw image (build/<config>/<app>.bin) and its .map and .size
bin map compdb: $(APP_ELF)
	@echo $(APP_BIN) $(APP_ELF:.elf=.map) $(APP_SIZES) $(APP_COMPDB)

#: SYM  make disasm: the one function to show (default: the whole image)
SYM        ?=
## disasm: the image's disassembly (SYM=name: one function; ELF= another image)
disasm: $(RUN_ELF)
	@$(OBJDUMP) -d $(if $(SYM),--disassemble=$(SYM)) $<

# docs/boot-<family>.md quotes examples/hello on these boards.
DOC_BOARD_riscv   := virt-rv64
DOC_BOARD_aarch64 := virt-aarch64
DOCDISASM         := $(HOST_BUILD)/docdisasm
$(DOCDISASM): tools/docdisasm.c
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -o $@.$$$$ $< && mv -f $@.$$$$ $@

## docs: rewrite the disassembly quoted in docs/boot-*.md from the images
docs: $(DOCDISASM)
	@for f in riscv aarch64; do \
	    $(MAKE) -s --no-print-directory BOARD=$$(case $$f in riscv) echo $(DOC_BOARD_riscv);; \
	        *) echo $(DOC_BOARD_aarch64);; esac) APP=examples/hello disasm > $(HOST_BUILD)/boot-$$f.dis && \
	    $(DOCDISASM) docs/boot-$$f.md $(HOST_BUILD)/boot-$$f.dis && echo "docs/boot-$$f.md"; done
