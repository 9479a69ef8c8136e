# Read the kit's own make variables, so that bench/run.sh builds the
# anchors with the same compiler, newlib and link as the kit uses:
#
#   make -s -f Makefile -f bench/vars.mk bench-var-NEWLIB_LIB ARCH=aarch64
#
# prints NEWLIB_LIB=<its value> for that configuration.  BENCH_LINK_OBJS
# is what the kit's link rule links before libkit.a, for the link map.
BENCH_LINK_OBJS = $(call obj,$(KIT_CRT0)) $(call obj,$(APP_SRCS))

bench-var-%:
	@:$(info $*=$($*))
