# aarch64: Debian's aarch64-linux-gnu-gcc, used as a bare-metal compiler.
#
# It is a Linux compiler, so we turn off what Linux gives it by default:
#  -nostdinc            no glibc headers; newlib's come from the cache and
#                       GCC's own (stddef.h, stdarg.h) are added back below.
#  -fno-pie / -no-pie   Debian builds it with --enable-default-pie; we link
#                       at fixed addresses.
#  -mno-outline-atomics GCC's default on Linux calls libgcc helpers whose
#                       constructor uses getauxval(), which needs glibc.
#  -U__linux__ ...      it predefines __linux__, __linux, linux,
#                       __gnu_linux__, __unix__, __unix and unix (the RISC-V
#                       compilers do not): a portable library then takes
#                       its Linux branch (<sys/auxv.h>, /proc), and newlib's
#                       own system() its fork-and-exec one.  Every flag set
#                       the kit hands out starts from these (make flags,
#                       CMake, Meson); tests/boot/os_macros.c checks.
KIT_ABI      := $(or $(ABI),aapcs64)
KIT_ABIS     := aapcs64
$(if $(filter aapcs64,$(KIT_ABI)),,$(error aarch64 has only ABI 'aapcs64'))
CROSS        := aarch64-linux-gnu-
GCC_INCLUDE  := $(shell $(CROSS)gcc -print-file-name=include)
ARCH_OS_UNDEF := -U__linux__ -U__linux -Ulinux -U__gnu_linux__ -U__unix__ -U__unix -Uunix
ARCH_CFLAGS  := -mcpu=cortex-a53 -fno-pie -mno-outline-atomics -nostdinc $(ARCH_OS_UNDEF)
ARCH_INCLUDES = -isystem $(GCC_INCLUDE)
ARCH_LDFLAGS := -no-pie -Wl,--build-id=none
NEWLIB_TARGET := aarch64-none-elf
# Nothing for the kit's own code beyond what every object gets (RISC-V
# has its ISA spec version and save/restore choice here).
KIT_ARCH_CFLAGS  :=
KIT_ARCH_OPT     :=
KIT_ARCH_HOT_OPT :=
ARCH_FAMILY  := aarch64
