# newlib, built once per target configuration into a cache that survives
# `make clean` (NEWLIB_CACHE, default .cache/newlib in the repository).
#
# The cache entry's name carries a hash of everything that changes the
# build (target, compiler flags, the build script itself, the patches it
# applies: their names and contents), so changing a flag or a patch
# builds a new entry instead of silently reusing a stale one.
#: NEWLIB_CACHE  where newlib is built, once per configuration (survives make clean)
NEWLIB_CACHE  ?= $(KIT_ROOT)/.cache/newlib
NEWLIB_CFLAGS := $(ARCH_CFLAGS) $(ARCH_INCLUDES) -O2 -g \
                 -ffunction-sections -fdata-sections
NEWLIB_PATCHES := $(sort $(wildcard $(KIT_ROOT)/newlib/patches/[0-9][0-9][0-9][0-9]-*.patch))
# newlib's asserts (dtoa.c, mprec.c: linked by any printf) print __FILE__,
# which would put the cache's absolute path into .rodata, so the same
# configuration would give a different image (other addresses) for every
# cache location.  Mapped to a fixed name, the image is the same wherever
# the cache is: docs/boot-*.md quote its addresses and a test checks them.
# The key gets the flag's text only, not the path.
NEWLIB_PATH_MAP := -ffile-prefix-map=$(abspath $(NEWLIB_CACHE))=newlib-cache
# LIBC=newlib-nano: the same script with newlib/nano.site as configure's
# CONFIG_SITE (nano formatted I/O, nano malloc); its own cache entry, keyed
# also by the site file's lines that are not comments.
newlib_comment := \#
newlib_site   := $(if $(filter newlib-nano,$(LIBC)),$(KIT_ROOT)/newlib/nano.site)
newlib_key    := $(shell { printf '%s\n' '$(NEWLIB_TARGET) $(NEWLIB_CFLAGS) -ffile-prefix-map' \
                   $(notdir $(NEWLIB_PATCHES)); \
                   cat $(KIT_ROOT)/newlib/build.sh $(NEWLIB_PATCHES); \
                   $(if $(newlib_site),sed '/^$(newlib_comment)/d' $(newlib_site);) } \
                   | md5sum | cut -c1-10)
NEWLIB_PREFIX := $(NEWLIB_CACHE)/$(KIT_ARCH)-$(KIT_ABI)-$(if $(newlib_site),nano-)$(newlib_key)
NEWLIB_STAMP  := $(NEWLIB_PREFIX)/.stamp
NEWLIB_INC    := $(NEWLIB_PREFIX)/$(NEWLIB_TARGET)/include
NEWLIB_LIB    := $(NEWLIB_PREFIX)/$(NEWLIB_TARGET)/lib

# flock: two makes (say, `make -j2 test` building two boards that share a
# configuration) must not build into the same directory at once; the
# second waits, then finds the stamp and does nothing.
$(NEWLIB_STAMP):
	@mkdir -p $(NEWLIB_CACHE)
	@flock $(NEWLIB_PREFIX).lock sh -c '[ -f $@ ] || { \
	    echo "newlib: building for $(KIT_ARCH)/$(KIT_ABI) (first time only, 2-4 min)"; \
	    $(if $(newlib_site),CONFIG_SITE=$(newlib_site)) $(KIT_ROOT)/newlib/build.sh $(NEWLIB_PREFIX) $(NEWLIB_TARGET) $(CROSS) \
	        "$(NEWLIB_CFLAGS) $(NEWLIB_PATH_MAP)"; }'
	$(if $(newlib_site),@grep -q '^#define _NANO_FORMATTED_IO' $(NEWLIB_INC)/newlib.h && \
	    $(CROSS)ar t $(NEWLIB_LIB)/libc.a | grep -q nano-mallocr || \
	    { rm -f $@; echo "newlib: $(NEWLIB_PREFIX) is not newlib-nano" >&2; exit 1; })

.PHONY: newlib newlib-prefix
newlib: $(NEWLIB_STAMP)

## newlib-prefix: print the newlib cache entry this configuration uses
newlib-prefix:
	@echo $(NEWLIB_PREFIX)

# What the Makefile uses for any C library (mk/picolibc.mk sets the same).
LIBC_INC      := $(NEWLIB_INC)
LIBC_LIB      := $(NEWLIB_LIB)
LIBC_STAMP    := $(NEWLIB_STAMP)
# The kit's additions to the C library's headers, searched first
# (syscalls/include/time.h: clock_gettime, CLOCK_MONOTONIC).
LIBC_CFLAGS   := -isystem $(KIT_ROOT)/syscalls/include
LIBC_LDLIBS   :=
