#!/bin/sh
# Install the Debian 12 packages the kit needs, if any are missing.
#   sh tools/deps.sh [more packages]    (bench/deps.sh runs it too)
#   COMPILERS="gcc-11 gcc-12 clang-13 clang-16" sh tools/deps.sh
#       also the compilers the calling-convention checker compares
#       (make abi-fuzz / abi-pair COMPILERS=...; abi/conform/README.md).
#       The default set, gcc-12 and clang-14, is in the list below.
# Thin glue: the package lists are the only knowledge here.
set -eu

PACKAGES="make gcc libc6-dev gcc-riscv64-unknown-elf gcc-aarch64-linux-gnu
binutils-aarch64-linux-gnu qemu-system-misc qemu-system-arm opensbi
newlib-source picolibc-riscv64-unknown-elf picolibc-aarch64-linux-gnu patch
gdb-multiarch clang lld libclang-rt-14-dev cmake
ninja-build meson u-boot-qemu u-boot-tools mtools $*"

# A compiler of COMPILERS, as Debian 12 packages it.  GCC 11 exists for
# AArch64 and the host (x86-64) only: Debian has no riscv64-unknown-elf
# GCC but 12, so the checker skips RISC-V for gcc-11.
for c in ${COMPILERS:-}; do
    case "$c" in
    gcc-12|clang-14) ;;                                 # in PACKAGES
    gcc-11)          PACKAGES="$PACKAGES gcc-11 gcc-11-aarch64-linux-gnu" ;;
    clang-13|clang-15|clang-16) PACKAGES="$PACKAGES $c" ;;
    *) echo "deps: COMPILERS: unknown compiler '$c' (gcc-11 gcc-12 clang-13 clang-14 clang-15 clang-16)" >&2
       exit 1 ;;
    esac
done

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "deps: installing:$missing"
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "deps: need root or sudo to install:$missing" >&2
    echo "deps: as root run: apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
