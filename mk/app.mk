# The application: one .c file, or every .c/.S in a directory plus what its
# optional app.mk adds.  Included by the Makefile after the kit's flags.
#
# Where its files go: build/<config>/ always, whatever APP looks like
# (examples/hello, ../elsewhere, /abs/path).  A path inside the kit keeps its
# shape (build/<config>/examples/hello.elf); one outside it goes under
# build/<config>/ext/ with its absolute path (build/<config>/ext/home/me/
# prog.elf), so two boards, or two apps with the same name, never share an
# object or an image, and nothing is written outside build/.
#
# What app.mk may set (paths are relative to the kit, where make runs;
# $(APP_DIR) is the app's own directory):
#: APP_SRCS  app.mk: more sources of the program (.c, .S)
#: APP_CFLAGS  app.mk or command line: flags for the program's own objects only
#: APP_INCLUDES  app.mk: include directories of the program (-I is added)
#: APP_LDLIBS  app.mk: libraries, linked before the C library (-lfoo, x.a)
# The kit's own objects never see these, so a -D or -O3 there cannot change
# the kit; a change to any of them rebuilds the app (build/<config>/<app>.flags).

# make splits words at spaces: a path with one cannot be a prerequisite.
$(if $(word 2,$(APP)),$(error APP='$(APP)': the path has a space, which make cannot handle; move or rename it))
APP_DIR      := $(patsubst %/,%,$(if $(filter .c,$(suffix $(APP))),$(dir $(APP)),$(APP)))
APP_SRCS     :=
APP_CFLAGS   ?=
APP_INCLUDES ?=
APP_LDLIBS   ?=
ifeq ($(suffix $(APP)),.c)
APP_SRCS     += $(APP)
else
APP_SRCS     += $(wildcard $(APP)/*.c $(APP)/*.S)
-include $(APP)/app.mk
endif

# A path's place under build/<config>/: relative to the kit when inside it,
# else ext/ + its absolute path.
kit_place     = $(foreach a,$(abspath $(1)),$(if $(filter $(KIT_ROOT)/%,$(a)),$(patsubst $(KIT_ROOT)/%,%,$(a)),ext$(a)))
APP_NAME     := $(basename $(call kit_place,$(patsubst %/,%,$(APP))))
APP_ELF      := $(BUILD)/$(APP_NAME).elf
APP_OBJS     := $(patsubst %,$(BUILD)/obj/%.o,$(basename $(call kit_place,$(APP_SRCS))))
APP_FLAGS    := $(BUILD)/$(APP_NAME).flags
app_cflags    = $(CFLAGS) $(APP_CFLAGS) $(addprefix -I,$(APP_INCLUDES)) \
                $(if $(KIT_FRAMES_CHECK),-fstack-usage)

ifneq ($(filter run debug cmd elf size flags bin disasm,$(or $(MAKECMDGOALS),run)),)
ifeq ($(ELF),)
$(if $(wildcard $(APP_SRCS)),,$(error APP=$(APP): no .c or .S files there))
endif
endif

$(APP_OBJS): OBJ_CFLAGS = $(app_cflags)
$(APP_OBJS): $(APP_FLAGS)
-include $(APP_OBJS:.o=.d)

# The app's own flags, rewritten only when they change (as $(BUILD)/cflags).
$(APP_FLAGS): FORCE
	$(call write_if_changed,$(app_cflags) $(APP_LDLIBS))

$(APP_ELF): $(call obj,$(KIT_CRT0)) $(APP_OBJS) $(BUILD)/libkit.a \
            $(BUILD)/memory.ld $(LINKER_SCRIPT) $(BUILD)/ldflags $(APP_FLAGS)
	@mkdir -p $(@D)
	$(Q)$(CC) $(LDFLAGS) -Wl,-Map=$(@:.elf=.map) -o $@ $(filter %.o,$^) $(APP_LDLIBS) $(LDLIBS)
	$(call say,LINK    $@)
	$(if $(KIT_FRAMES_CHECK),@$(KITRUN) $(KIT_FRAMES_CHECK) $(APP_OBJS:.o=.su))
	$(app_outputs)
